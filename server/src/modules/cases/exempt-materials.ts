// Materials exempt in a case's current snapshot (免证办 via an e-license, or shared data): the
// platform fetched them, so no clerk may demand them — not in a one-time correction notice, not as
// a 容缺 material, not as a supplement.
import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { AppError, type FieldError } from '../../platform/errors/app-error.ts';
import { license, licenseType } from '../licenses/schema.ts';
import type { LinkedLicense } from './cases.schemas.ts';
import { caseMaterial } from './schema.ts';

/** The latest status of each material key of the case (the newest round that names it). */
export async function latestMaterialStatus(tx: Db, caseId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ key: caseMaterial.materialKey, status: caseMaterial.status })
    .from(caseMaterial)
    .where(eq(caseMaterial.caseId, caseId))
    .orderBy(desc(caseMaterial.round));
  const latest = new Map<string, string>();
  for (const r of rows) if (!latest.has(r.key)) latest.set(r.key, r.status);
  return latest;
}

/** 422 LICENSE_MATERIAL_EXEMPT naming every demanded key that is exempt now. */
export async function refuseExempt(
  tx: Db,
  caseId: string,
  demanded: readonly { key: string; path: string }[],
): Promise<void> {
  if (!demanded.length) return;
  const latest = await latestMaterialStatus(tx, caseId);
  const errors: FieldError[] = demanded
    .filter((d) => latest.get(d.key) === 'exempt')
    .map((d) => ({
      path: d.path,
      message: `${d.key} is exempt (the platform fetches it from an e-license or shared data); it cannot be demanded`,
      messageZh: `${d.key}已通过电子证照或共享数据免于提交，不得要求申请人提交`,
    }));
  if (errors.length) throw new AppError('LICENSE_MATERIAL_EXEMPT', { errors });
}

/** The licenses linked to a case's materials, by id, as the case page shows them. */
export async function linkedLicenses(db: Db, ids: readonly string[]): Promise<Map<string, LinkedLicense>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      id: license.id,
      zh: licenseType.nameZh,
      en: licenseType.nameEn,
      licenseNumber: license.licenseNumber,
    })
    .from(license)
    .innerJoin(licenseType, eq(licenseType.code, license.typeCode))
    .where(inArray(license.id, [...new Set(ids)]));
  return new Map(
    rows.map((r) => [r.id, { id: r.id, typeName: { zh: r.zh, en: r.en }, licenseNumber: r.licenseNumber }]),
  );
}
