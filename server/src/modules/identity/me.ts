// What /auth/me tells the signed-in caller (or an API client) about themself.
import { eq } from 'drizzle-orm';
import type { Principal } from '../../platform/access/principal.ts';
import type { Db } from '../../platform/db/database.ts';
import { enterprisesFor } from './agents.ts';
import { account, enterprise, person, staff } from './schema.ts';

export async function describeMe(db: Db, p: Principal) {
  if (p.kind === 'client') return describeClient(p);
  const [acc] = await db
    .select({ username: account.username, totp: account.totpSecretEnc })
    .from(account)
    .where(eq(account.id, p.accountId));
  const base = {
    kind: p.kind,
    accountId: p.accountId,
    username: acc?.username ?? p.accountId,
    name: p.name,
    secondFactor: !!acc?.totp,
    grants: p.grants.map((g) => ({ permission: g.permission, ...g.scope })),
    csrfToken: p.csrfToken ?? null,
  };
  if (p.kind === 'staff') {
    const [s] = await db
      .select({ agencyId: staff.agencyId, venueId: staff.venueId, windowCode: staff.windowCode })
      .from(staff)
      .where(eq(staff.id, p.accountId));
    return { ...base, staff: s ?? null, person: null, actingFor: null, enterprises: [] };
  }
  if (p.kind === 'person') {
    const [me] = await db
      .select({ realNameLevel: person.realNameLevel })
      .from(person)
      .where(eq(person.id, p.accountId));
    const [acting] = p.actingFor
      ? await db
          .select({ id: enterprise.id, uscc: enterprise.uscc, name: enterprise.name })
          .from(enterprise)
          .where(eq(enterprise.id, p.actingFor.id))
      : [];
    const enterprises = await enterprisesFor(db, p.accountId);
    return {
      ...base,
      staff: null,
      person: { realNameLevel: me?.realNameLevel ?? 1 },
      actingFor: acting ?? null,
      enterprises: enterprises.map((e) => ({
        id: e.id,
        uscc: e.uscc,
        name: e.name,
        role: e.legalRepPersonId === p.accountId ? ('legal-representative' as const) : ('agent' as const),
      })),
    };
  }
  return { ...base, staff: null, person: null, actingFor: null, enterprises: [] };
}

/** An API client (department system): its id, name and grants; no account, no session. */
function describeClient(p: Principal) {
  return {
    kind: p.kind,
    accountId: p.accountId,
    username: p.accountId,
    name: p.name,
    secondFactor: false,
    grants: p.grants.map((g) => ({ permission: g.permission, ...g.scope })),
    csrfToken: null,
    staff: null,
    person: null,
    actingFor: null,
    enterprises: [],
  };
}
