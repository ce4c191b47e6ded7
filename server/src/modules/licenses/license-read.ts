// License rows as the API shows them. The holder sees everything on their own license; anyone
// else (a verifier, a grantee, staff) sees personal face values, the holder's name and the
// numbers masked. Expiry is derived at read time (license.queries.ts).
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { maskName } from '../cases/case-read.ts';
import { serviceCase } from '../cases/schema.ts';
import { maskIdentityNumber } from '../identity/masking.ts';
import type { FaceField } from './codes.ts';
import { effectiveStatus } from './license.queries.ts';
import type { LicenseDetail, LicenseSummary } from './licenses.schemas.ts';
import { eSeal, licenseType, type LicenseRow, type LicenseTypeRow } from './schema.ts';

/** 'holder': the holder themselves; 'other': everyone else (masked). */
export type Viewer = 'holder' | 'other';

/** A person's name masked (张*); an enterprise's name is public. */
export const maskHolderName = (row: Pick<LicenseRow, 'holderType' | 'holderName'>) =>
  row.holderType === 'person' ? maskName(row.holderName) : row.holderName;

export const maskLicenseNumber = (n: string) => maskIdentityNumber(n);

/** A face value as `viewer` may see it. */
export function faceValue(field: FaceField, value: string, holderType: string, viewer: Viewer): string {
  if (viewer === 'holder' || !value) return value;
  if (field.from === 'holder.idNumber') return holderType === 'person' ? maskIdentityNumber(value) : value;
  if (field.from === 'holder.name') return holderType === 'person' ? maskName(value) : value;
  // The number printed on the face is masked like the licenseNumber field beside it.
  if (field.from === 'licenseNumber') return maskLicenseNumber(value);
  if (!field.personal) return value;
  // Other personal data (an address, a second ID): numbers keep their ends, text its first character.
  return /\d{6,}/.test(value) ? maskIdentityNumber(value) : maskName(value);
}

type TypeNames = Pick<LicenseTypeRow, 'code' | 'nameZh' | 'nameEn' | 'faceFields'>;

async function typesOf(db: Db, rows: readonly LicenseRow[]): Promise<Map<string, TypeNames>> {
  const codes = [...new Set(rows.map((r) => r.typeCode))];
  if (!codes.length) return new Map();
  const types = await db
    .select({
      code: licenseType.code,
      nameZh: licenseType.nameZh,
      nameEn: licenseType.nameEn,
      faceFields: licenseType.faceFields,
    })
    .from(licenseType)
    .where(inArray(licenseType.code, codes));
  return new Map(types.map((t) => [t.code, t]));
}

function summaryOf(
  row: LicenseRow,
  type: TypeNames | undefined,
  viewer: Viewer,
  today: string,
): LicenseSummary {
  const holder = viewer === 'holder';
  return {
    id: row.id,
    identifier: row.identifier,
    typeCode: row.typeCode,
    typeName: { zh: type?.nameZh ?? row.typeCode, en: type?.nameEn ?? row.typeCode },
    licenseNumber: holder ? row.licenseNumber : maskLicenseNumber(row.licenseNumber),
    holderName: holder ? row.holderName : maskHolderName(row),
    holderIdType: row.holderIdType,
    holderIdMasked: row.holderIdMasked,
    issuerName: row.issuerName,
    issueDate: row.issueDate,
    validTo: row.validTo,
    status: effectiveStatus(row, today),
    version: row.version,
  };
}

export async function summarizeLicenses(
  db: Db,
  rows: readonly LicenseRow[],
  viewer: Viewer,
  today = businessDate(),
): Promise<LicenseSummary[]> {
  const types = await typesOf(db, rows);
  return rows.map((r) => summaryOf(r, types.get(r.typeCode), viewer, today));
}

export async function licenseDetail(
  db: Db,
  row: LicenseRow,
  viewer: Viewer,
  today = businessDate(),
): Promise<LicenseDetail> {
  const type = (await typesOf(db, [row])).get(row.typeCode);
  const [seal] = await db
    .select({ esId: eSeal.esId, name: eSeal.name })
    .from(eSeal)
    .where(eq(eSeal.id, row.sealId));
  const [c] = row.caseId
    ? await db
        .select({ caseNumber: serviceCase.caseNumber })
        .from(serviceCase)
        .where(eq(serviceCase.id, row.caseId))
    : [];
  const fields = type?.faceFields ?? [];
  return {
    ...summaryOf(row, type, viewer, today),
    face: fields.map((f) => ({
      key: f.key,
      label: { zh: f.labelZh, en: f.labelEn },
      value: faceValue(f, row.face[f.key] ?? '', row.holderType, viewer),
    })),
    issuerCode: row.issuerCode,
    jurisdictionCode: row.jurisdictionCode,
    validFrom: row.validFrom,
    caseId: viewer === 'holder' ? row.caseId : null,
    caseNumber: viewer === 'holder' ? (c?.caseNumber ?? null) : null,
    pdfSm3: row.pdfSm3,
    seal: { esId: seal?.esId ?? '', name: seal?.name ?? '' },
    revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
    revokeReason: row.revokeReason,
    supersededBy: row.supersededBy,
  };
}
