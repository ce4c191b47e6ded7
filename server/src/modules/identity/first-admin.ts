// The first administrator of an installation (npm run admin:create): a staff account with the
// platform-admin role city-wide, a generated password and a TOTP secret — both shown once by the
// CLI, stored only as an argon2id hash and encrypted. Refuses a taken username or unknown agency.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { Db } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { agency } from '../masterdata/schema.ts';
import { hashPassword } from './password.ts';
import { account, role, staff, staffRole } from './schema.ts';
import { newTotpSecret, totpUri } from './totp.ts';

export const FIRST_ADMIN_ROLE = 'platform-admin';

export interface FirstAdminInput {
  username: string;
  name: string;
  agencyId: string;
}

export class FirstAdminError extends Error {}

export async function createFirstAdmin(db: Db, crypto: PersonalDataCrypto, input: FirstAdminInput) {
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(input.username))
    throw new FirstAdminError(
      'the username must be 3–64 lower-case letters, digits, dots, dashes or underscores',
    );
  if (!input.name.trim()) throw new FirstAdminError('the name must not be empty');
  const password = randomBytes(15).toString('base64url'); // 20 characters, 120 bits
  const passwordHash = await hashPassword(password);
  const secret = newTotpSecret();
  return db.transaction(async (tx) => {
    const [ag] = await tx.select({ id: agency.id }).from(agency).where(eq(agency.id, input.agencyId));
    if (!ag) throw new FirstAdminError(`no agency ${input.agencyId}: load the master data first`);
    const [r] = await tx.select({ id: role.id }).from(role).where(eq(role.id, FIRST_ADMIN_ROLE));
    if (!r)
      throw new FirstAdminError(`the role ${FIRST_ADMIN_ROLE} is missing: start the server once or migrate`);
    const [taken] = await tx
      .select({ id: account.id })
      .from(account)
      .where(eq(account.username, input.username));
    if (taken) throw new FirstAdminError(`the username ${input.username} is taken`);
    const id = uuidv7();
    await tx.insert(account).values({
      id,
      kind: 'staff',
      username: input.username,
      passwordHash,
      totpSecretEnc: crypto.cipher.encrypt(secret, `account:${id}:totp`),
    });
    await tx.insert(staff).values({ id, name: input.name.trim(), agencyId: input.agencyId });
    const grantId = uuidv7();
    await tx.insert(staffRole).values({ id: grantId, staffId: id, roleId: FIRST_ADMIN_ROLE });
    await recordAudit(
      tx,
      { type: 'operator', id: 'cli:admin-create' },
      {
        action: 'staff.create',
        purpose: 'create the first administrator',
        resource: { type: 'staff', id },
        detail: { username: input.username, agencyId: input.agencyId, grantId, roleId: FIRST_ADMIN_ROLE },
      },
    );
    return {
      id,
      username: input.username,
      password,
      totpSecret: secret,
      otpauthUri: totpUri(secret, input.username),
    };
  });
}
