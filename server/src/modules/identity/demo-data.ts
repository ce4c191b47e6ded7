// Loads roles (always: they are the platform's vocabulary) and, outside production, the demo
// base registry, people, enterprise and staff — once, into a database without accounts.
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { personalDataCrypto, type PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { ModuleContext } from '../../platform/module.ts';
import {
  DEMO_ENTERPRISE,
  DEMO_PASSWORD,
  DEMO_PERSONS,
  DEMO_REGISTRY_ONLY,
  DEMO_STAFF,
} from './demo-accounts.ts';
import { hashPassword } from './password.ts';
import { BUILT_IN_ROLES } from './roles.ts';
import {
  account,
  agentAuthorization,
  baseEnterprise,
  basePerson,
  enterprise,
  person,
  role,
  rolePermission,
  staff,
  staffRole,
} from './schema.ts';

export const CITIZEN_ID = '111';

export async function loadRoles(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(role)
      .values(BUILT_IN_ROLES.map(({ id, nameZh, nameEn }) => ({ id, nameZh, nameEn })))
      .onConflictDoNothing();
    await tx
      .insert(rolePermission)
      .values(
        BUILT_IN_ROLES.flatMap((r) => r.permissions.map((permission) => ({ roleId: r.id, permission }))),
      )
      .onConflictDoNothing();
  });
}

const idColumns = (pd: PersonalDataCrypto, rowId: string, idNumber: string) => ({
  idType: CITIZEN_ID,
  idNumberEnc: pd.cipher.encrypt(idNumber, `person:${rowId}:id_number`),
  idNumberHash: pd.lookupHash(idNumber),
});

export async function loadIdentityDemo(db: Db, ctx: ModuleContext): Promise<void> {
  if (ctx.config.nodeEnv === 'production') return; // demo accounts never exist in production
  const pd = personalDataCrypto(ctx.config);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table account in exclusive mode`);
    const [any] = await tx.select({ id: account.id }).from(account).limit(1);
    if (any) return;

    for (const p of [...DEMO_PERSONS, ...DEMO_REGISTRY_ONLY]) {
      const id = uuidv7();
      await tx.insert(basePerson).values({ id, name: p.name, ...idColumns(pd, id, p.idNumber) });
    }
    const ids = new Map<string, string>();
    for (const p of DEMO_PERSONS) {
      const id = uuidv7();
      ids.set(p.username, id);
      await tx.insert(account).values({ id, kind: 'person', username: p.username, passwordHash });
      await tx.insert(person).values({
        id,
        name: p.name,
        ...idColumns(pd, id, p.idNumber),
        phoneEnc: pd.cipher.encrypt(p.phone, `person:${id}:phone`),
        phoneHash: pd.lookupHash(p.phone),
        realNameLevel: 2,
      });
    }

    const rep = DEMO_PERSONS.find((p) => p.username === DEMO_ENTERPRISE.legalRep)!;
    await tx.insert(baseEnterprise).values({
      uscc: DEMO_ENTERPRISE.uscc,
      name: DEMO_ENTERPRISE.name,
      legalRepName: rep.name,
      legalRepIdType: CITIZEN_ID,
      legalRepIdHash: pd.lookupHash(rep.idNumber),
      regionCode: DEMO_ENTERPRISE.regionCode,
    });
    const enterpriseId = uuidv7();
    await tx.insert(enterprise).values({
      id: enterpriseId,
      uscc: DEMO_ENTERPRISE.uscc,
      name: DEMO_ENTERPRISE.name,
      legalRepPersonId: ids.get(rep.username)!,
    });
    await tx.insert(agentAuthorization).values({
      id: uuidv7(),
      enterpriseId,
      personId: ids.get(DEMO_ENTERPRISE.agent)!,
      scope: 'all',
      expiresAt: new Date(DEMO_ENTERPRISE.agentExpires),
    });

    for (const s of DEMO_STAFF) {
      const id = uuidv7();
      await tx.insert(account).values({
        id,
        kind: 'staff',
        username: s.username,
        passwordHash,
        totpSecretEnc: s.totpSecret ? pd.cipher.encrypt(s.totpSecret, `account:${id}:totp`) : null,
      });
      await tx.insert(staff).values({
        id,
        name: s.name,
        agencyId: s.agencyId,
        venueId: s.venueId ?? null,
        windowCode: s.windowCode ?? null,
      });
      for (const g of s.grants) {
        await tx.insert(staffRole).values({
          id: uuidv7(),
          staffId: id,
          roleId: g.roleId,
          agencyId: g.agencyId ?? null,
          regionCode: g.regionCode ?? null,
          venueId: g.venueId ?? null,
        });
      }
    }
  });
}
