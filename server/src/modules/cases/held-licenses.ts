// 免证办 before submitting: which of an implementation's e-license materials the subject could
// leave out because they hold a valid license of its type (the wizard and the window show them;
// using them still needs the applicant's consent at submission).
import type { Db } from '../../platform/db/database.ts';
import type { Material } from '../catalog/content.ts';
import { findValidLicenses, type HeldLicense } from '../licenses/license.queries.ts';
import { license } from '../licenses/schema.ts';
import { inArray } from 'drizzle-orm';
import type { MaterialLicense } from './apply.schemas.ts';
import { eLicenseTypes } from './material-check.ts';

/** License numbers are shown with their middle hidden before the holder consents to their use. */
export function maskLicenseNumber(n: string): string {
  const chars = [...n];
  if (chars.length <= 6) return `${chars[0] ?? ''}${'*'.repeat(Math.max(chars.length - 1, 0))}`;
  return chars.slice(0, 3).join('') + '*'.repeat(chars.length - 6) + chars.slice(-3).join('');
}

/** The subject's valid licenses by type code for the e-license materials of `materials`. */
export async function heldForMaterials(
  db: Db,
  subject: { type: 'person' | 'enterprise'; id: string },
  materials: readonly Material[],
  today: string,
): Promise<{ held: Map<string, HeldLicense>; licenses: MaterialLicense[] }> {
  const held = await findValidLicenses(db, subject, eLicenseTypes(materials), today);
  const licenses = materials.flatMap((m) => {
    const l = m.source === 'e-license' && m.licenseType ? held.get(m.licenseType) : undefined;
    return l
      ? [
          {
            materialKey: m.id,
            licenseId: l.id,
            typeName: { zh: l.typeNameZh, en: l.typeNameEn },
            licenseNumber: maskLicenseNumber(l.licenseNumber),
          },
        ]
      : [];
  });
  return { held, licenses };
}

/** The face values (照面信息) of the held licenses by type code, for pre-filling the form. */
export async function facesByType(db: Db, held: ReadonlyMap<string, HeldLicense>) {
  const ids = [...held.values()].map((l) => l.id);
  if (!ids.length) return new Map<string, Record<string, string>>();
  const rows = await db
    .select({ typeCode: license.typeCode, face: license.face })
    .from(license)
    .where(inArray(license.id, ids));
  return new Map(rows.map((r) => [r.typeCode, r.face]));
}
