// Reads other modules need about people and staff, without reaching into identity's tables:
// whether an account is an active staff member of an agency (case assignment), and the phone
// number a person gave (SMS notices), decrypted as the profile does.
import { and, eq, isNull } from 'drizzle-orm';
import type { FieldCipher } from '../../platform/crypto/field-encryption.ts';
import type { Db } from '../../platform/db/database.ts';
import { account, enterprise, person, staff } from './schema.ts';

export interface StaffMember {
  id: string;
  name: string;
  agencyId: string;
}

/** The active staff member with this account id, or undefined. */
export async function findActiveStaff(db: Db, id: string): Promise<StaffMember | undefined> {
  const [row] = await db
    .select({ id: staff.id, name: staff.name, agencyId: staff.agencyId })
    .from(staff)
    .innerJoin(account, eq(account.id, staff.id))
    .where(and(eq(staff.id, id), isNull(account.disabledAt)));
  return row;
}

/** The person's phone number in clear (for a notice to them), or undefined if unknown. */
export async function personPhone(
  db: Db,
  cipher: FieldCipher,
  personId: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: person.id, phoneEnc: person.phoneEnc })
    .from(person)
    .where(eq(person.id, personId));
  return row ? cipher.decrypt(row.phoneEnc, `person:${row.id}:phone`) : undefined;
}

/** The person id of an enterprise's legal representative, if the enterprise exists. */
export async function legalRepresentativeOf(db: Db, enterpriseId: string): Promise<string | undefined> {
  const [e] = await db
    .select({ rep: enterprise.legalRepPersonId })
    .from(enterprise)
    .where(eq(enterprise.id, enterpriseId));
  return e?.rep;
}
