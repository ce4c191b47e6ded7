// Applicants as case handling needs them: a person's profile (to pre-fill forms and to record who
// applied), a person found by citizen ID through the blind index and an enterprise by USCC (a
// clerk filing for a walk-in applicant), and whether an agent's authorisation covers an item.
// Reads only; callers audit what they show.
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import type { Db } from '../../platform/db/database.ts';
import { normalizeIdentityNumber } from '../../platform/identifiers/identity-document.ts';
import { agentAuthorization, baseEnterprise, enterprise, person } from './schema.ts';

export interface PersonApplicant {
  id: string;
  name: string;
  idType: string;
  idNumber: string;
  phone: string;
  realNameLevel: number;
}

export interface EnterpriseApplicant {
  id: string;
  uscc: string;
  name: string;
  legalRepName: string | null;
  regionCode: string | null;
}

const personColumns = {
  id: person.id,
  name: person.name,
  idType: person.idType,
  idNumberEnc: person.idNumberEnc,
  phoneEnc: person.phoneEnc,
  realNameLevel: person.realNameLevel,
};

function reveal(
  crypto: PersonalDataCrypto,
  row: {
    id: string;
    name: string;
    idType: string;
    idNumberEnc: string;
    phoneEnc: string;
    realNameLevel: number;
  },
): PersonApplicant {
  return {
    id: row.id,
    name: row.name,
    idType: row.idType,
    idNumber: crypto.cipher.decrypt(row.idNumberEnc, `person:${row.id}:id_number`),
    phone: crypto.cipher.decrypt(row.phoneEnc, `person:${row.id}:phone`),
    realNameLevel: row.realNameLevel,
  };
}

/** A person with an account, decrypted; undefined when there is none. */
export async function personProfile(
  db: Db,
  crypto: PersonalDataCrypto,
  personId: string,
): Promise<PersonApplicant | undefined> {
  const [row] = await db.select(personColumns).from(person).where(eq(person.id, personId));
  return row && reveal(crypto, row);
}

/** The person holding this citizen ID number (blind-index look-up); undefined when unknown. */
export async function personByIdNumber(
  db: Db,
  crypto: PersonalDataCrypto,
  idNumber: string,
): Promise<PersonApplicant | undefined> {
  const hash = crypto.lookupHash(normalizeIdentityNumber(idNumber));
  const [row] = await db.select(personColumns).from(person).where(eq(person.idNumberHash, hash)).limit(1);
  return row && reveal(crypto, row);
}

const enterpriseColumns = {
  id: enterprise.id,
  uscc: enterprise.uscc,
  name: enterprise.name,
  legalRepName: baseEnterprise.legalRepName,
  regionCode: baseEnterprise.regionCode,
};

/** A registered enterprise with what the base registry knows of it. */
export async function enterpriseProfile(
  db: Db,
  enterpriseId: string,
): Promise<EnterpriseApplicant | undefined> {
  const [row] = await db
    .select(enterpriseColumns)
    .from(enterprise)
    .leftJoin(baseEnterprise, eq(baseEnterprise.uscc, enterprise.uscc))
    .where(eq(enterprise.id, enterpriseId));
  return row;
}

export async function enterpriseByUscc(db: Db, uscc: string): Promise<EnterpriseApplicant | undefined> {
  const [row] = await db
    .select(enterpriseColumns)
    .from(enterprise)
    .leftJoin(baseEnterprise, eq(baseEnterprise.uscc, enterprise.uscc))
    .where(eq(enterprise.uscc, uscc.trim().toUpperCase()));
  return row;
}

/**
 * May `personId` file an application for the enterprise for an item known by any of `itemCodes`
 * (implementation code, basic code)? The legal representative always may; an agent while a live
 * authorisation covers all items or lists one of the codes.
 */
export async function mayFileFor(
  db: Db,
  personId: string,
  enterpriseId: string,
  itemCodes: readonly string[],
  at = new Date(),
): Promise<boolean> {
  const [legal] = await db
    .select({ id: enterprise.id })
    .from(enterprise)
    .where(and(eq(enterprise.id, enterpriseId), eq(enterprise.legalRepPersonId, personId)));
  if (legal) return true;
  const grants = await db
    .select({ scope: agentAuthorization.scope, itemCodes: agentAuthorization.itemCodes })
    .from(agentAuthorization)
    .where(
      and(
        eq(agentAuthorization.enterpriseId, enterpriseId),
        eq(agentAuthorization.personId, personId),
        isNull(agentAuthorization.revokedAt),
        gt(agentAuthorization.expiresAt, at),
      ),
    );
  return grants.some((g) => g.scope === 'all' || g.itemCodes.some((c) => itemCodes.includes(c)));
}
