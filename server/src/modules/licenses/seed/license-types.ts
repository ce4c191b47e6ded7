// Base data: every e-license type the catalog names (materials' sources, results, data-element
// sources), with its holder, validity and face (license-faces.ts). Upserted on every start, so a
// changed face or validity reaches existing installations; the codes come from the catalog maps
// and never change (issued identifiers embed them).
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { BUSINESS_LICENSE_TYPES } from '../../catalog/seed/business/license-types.ts';
import { PERSON_LICENSE_TYPES } from '../../catalog/seed/persons/license-types.ts';
import { licenseType } from '../schema.ts';
import { LICENSE_FACES } from './license-faces.ts';

export const CATALOG_LICENSE_TYPES = [
  ...Object.values(PERSON_LICENSE_TYPES),
  ...Object.values(BUSINESS_LICENSE_TYPES),
];

export function licenseTypeRows() {
  return CATALOG_LICENSE_TYPES.map((t) => {
    const face = LICENSE_FACES[t.code];
    if (!face) throw new Error(`no face for license type ${t.code} ${t.nameZh}`);
    return {
      code: t.code,
      nameZh: t.nameZh,
      nameEn: t.nameEn,
      issuerAgencyId: t.issuerAgencyId,
      holderType: face.holderType,
      faceFields: face.faceFields,
      validity: face.validity,
      singlePerHolder: face.singlePerHolder,
    };
  });
}

export async function loadLicenseTypes(db: Db): Promise<void> {
  await db
    .insert(licenseType)
    .values(licenseTypeRows())
    .onConflictDoUpdate({
      target: licenseType.code,
      set: {
        nameZh: sql`excluded.name_zh`,
        nameEn: sql`excluded.name_en`,
        issuerAgencyId: sql`excluded.issuer_agency_id`,
        holderType: sql`excluded.holder_type`,
        faceFields: sql`excluded.face_fields`,
        validity: sql`excluded.validity`,
        singlePerHolder: sql`excluded.single_per_holder`,
        updatedAt: sql`now()`,
      },
    });
}
