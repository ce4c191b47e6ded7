// The public catalogue of e-license types (电子证照目录): codes, names, holder type, validity and
// face fields, so departments and verifiers know what a type's license carries.
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { LicenseTypeSummary, tags } from './licenses.schemas.ts';
import { licenseType, type LicenseTypeRow } from './schema.ts';

const toSummary = (t: LicenseTypeRow): LicenseTypeSummary => ({
  code: t.code,
  name: { zh: t.nameZh, en: t.nameEn },
  issuerAgencyId: t.issuerAgencyId,
  holderType: t.holderType,
  validity: t.validity,
  faceFields: t.faceFields.map((f) => ({
    key: f.key,
    label: { zh: f.labelZh, en: f.labelEn },
    from: f.from,
    personal: f.personal ?? f.from.startsWith('holder.'),
  })),
});

export function licenseTypeRoutes(app: FastifyInstance): void {
  app.get(
    '/api/v1/licenses/types',
    {
      schema: {
        tags,
        summary: '电子证照类型目录 · E-license types',
        description:
          '公开接口：在用的电子证照类型（GB/T 36904 类型代码、名称、持证主体类型、有效期规则、照面信息项及其数据来源），按代码排序，共数十项，不分页。Public: the active e-license types (GB/T 36904 type code, name, holder type, validity rule, face fields and where each value comes from), by code; a few dozen, not paged.',
        response: { 200: Type.Object({ items: Type.Array(LicenseTypeSummary) }) },
      },
    },
    async () => {
      const rows = await app.db
        .select()
        .from(licenseType)
        .where(eq(licenseType.status, 'active'))
        .orderBy(asc(licenseType.code));
      return { items: rows.map(toSummary) };
    },
  );
}
