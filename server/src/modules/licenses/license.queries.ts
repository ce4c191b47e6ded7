// Small reads other modules use: a license's effective status, and the valid licenses a subject
// holds (免证办 links a material to one of them).
import { and, eq, inArray, isNull, or, gte } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { LicenseStatus, StoredLicenseStatus } from './codes.ts';
import { license, licenseType } from './schema.ts';

/** Expiry is derived: a valid license past its last day is expired (no job, replicas agree). */
export function effectiveStatus(
  row: { status: StoredLicenseStatus; validTo: string | null },
  today: string,
): LicenseStatus {
  if (row.status === 'valid' && row.validTo !== null && row.validTo < today) return 'expired';
  return row.status;
}

export interface HeldLicense {
  id: string;
  typeCode: string;
  typeNameZh: string;
  typeNameEn: string;
  licenseNumber: string;
  identifier: string;
  validTo: string | null;
}

/** The subject's licenses of these types that are valid on `today`, newest first per type. */
export async function findValidLicenses(
  db: Db,
  subject: { type: 'person' | 'enterprise'; id: string },
  typeCodes: readonly string[],
  today: string,
): Promise<Map<string, HeldLicense>> {
  if (!typeCodes.length) return new Map();
  const rows = await db
    .select({
      id: license.id,
      typeCode: license.typeCode,
      typeNameZh: licenseType.nameZh,
      typeNameEn: licenseType.nameEn,
      licenseNumber: license.licenseNumber,
      identifier: license.identifier,
      validTo: license.validTo,
      issueDate: license.issueDate,
    })
    .from(license)
    .innerJoin(licenseType, eq(licenseType.code, license.typeCode))
    .where(
      and(
        eq(license.holderType, subject.type),
        eq(license.holderSubjectId, subject.id),
        inArray(license.typeCode, [...typeCodes]),
        eq(license.status, 'valid'),
        or(isNull(license.validTo), gte(license.validTo, today)),
      ),
    );
  const held = new Map<string, HeldLicense>();
  for (const { issueDate: _issued, ...r } of rows.sort((a, b) => b.issueDate.localeCompare(a.issueDate)))
    if (!held.has(r.typeCode)) held.set(r.typeCode, r);
  return held;
}
