// The data-element dictionary (数据元): a public list, and changes by the publishers
// (catalog.publish) since every form shares these definitions. A data element's key and type
// are what published forms (and the cases filed under them) rely on: an element a published form
// uses keeps its type, and one used by a version in force cannot be retired.
import { and, asc, eq, gt, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { decodeCursor, likeEscape, page } from '../../platform/http/cursor.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import type { CatalogCtx } from './catalog-access.ts';
import { dataElement, implementationVersion, type DataElementRow } from './schema.ts';
import { DEMO_DATA_ELEMENTS, type SeedDataElement } from './seed/data-elements.ts';
import { BUSINESS_DATA_ELEMENTS } from './seed/data-elements-business.ts';

export type DataElementInput = Omit<SeedDataElement, 'key'>;

const PURPOSE = 'maintain the data-element dictionary';

export const dataElementView = (r: DataElementRow) => ({
  key: r.key,
  labelZh: r.labelZh,
  labelEn: r.labelEn,
  type: r.type,
  format: r.format,
  enumValues: r.enumValues,
  maxLength: r.maxLength,
  sourceKind: r.sourceKind,
  sourceField: r.sourceField,
  sourceLicenseType: r.sourceLicenseType,
  description: r.description,
  retired: r.retired,
  updatedAt: r.updatedAt.toISOString(),
});

export async function listDataElements(
  db: Db,
  input: { q?: string; type?: string; includeRetired?: boolean; limit: number; cursor?: string },
) {
  const after = decodeCursor(input.cursor, 1)?.[0];
  const conditions: (SQL | undefined)[] = [
    after !== undefined ? gt(dataElement.key, after) : undefined,
    input.type ? eq(dataElement.type, input.type as DataElementRow['type']) : undefined,
    input.includeRetired ? undefined : eq(dataElement.retired, false),
    input.q
      ? or(
          ilike(dataElement.key, `%${likeEscape(input.q)}%`),
          ilike(dataElement.labelZh, `%${likeEscape(input.q)}%`),
          ilike(dataElement.labelEn, `%${likeEscape(input.q)}%`),
        )
      : undefined,
  ];
  const rows = await db
    .select()
    .from(dataElement)
    .where(and(...conditions))
    .orderBy(asc(dataElement.key))
    .limit(input.limit + 1);
  const result = page(rows, input.limit, (r) => [r.key]);
  return { items: result.items.map(dataElementView), nextCursor: result.nextCursor };
}

/** SQL: the version's form has a leaf at the data element's dotted key. */
const formUses = (key: string) => {
  const path = ['form', 'schema', ...key.split('.').flatMap((segment) => ['properties', segment])];
  return sql`jsonb_extract_path(${implementationVersion.content}, ${sql.join(
    path.map((p) => sql`${p}::text`),
    sql`, `,
  )}) is not null`;
};

function checkShape(key: string, input: DataElementInput) {
  const errors = [];
  if (input.type === 'enum' && !input.enumValues?.length)
    errors.push({
      path: '/body/enumValues',
      message: 'an enum needs values',
      messageZh: '枚举类型须列出取值',
    });
  if (input.type !== 'enum' && input.enumValues?.length)
    errors.push({
      path: '/body/enumValues',
      message: 'only an enum has values',
      messageZh: '仅枚举类型可列出取值',
    });
  if (input.format && input.type !== 'string')
    errors.push({
      path: '/body/format',
      message: 'only a string has a format',
      messageZh: '仅字符串可设置格式',
    });
  if (input.sourceKind === 'e-license' && !input.sourceLicenseType)
    errors.push({
      path: '/body/sourceLicenseType',
      message: 'an e-license source names the license type',
      messageZh: '来源为电子证照时须填写证照类型',
    });
  if (errors.length) throw new AppError('VALIDATION_FAILED', { detail: key, errors });
}

export async function putDataElement(ctx: CatalogCtx, key: string, input: DataElementInput) {
  checkShape(key, input);
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(dataElement).where(eq(dataElement.key, key)).for('update');
    if (existing && existing.type !== input.type) {
      const [used] = await tx
        .select({ id: implementationVersion.id })
        .from(implementationVersion)
        .where(and(inArray(implementationVersion.status, ['published', 'retired']), formUses(key)))
        .limit(1);
      if (used)
        throw new AppError('DATA_ELEMENT_IN_USE', {
          detail: `${key} is used by a published form; its type cannot change (add a new element instead)`,
        });
    }
    const values = { ...input, retired: false, updatedAt: new Date() };
    const [row] = existing
      ? await tx.update(dataElement).set(values).where(eq(dataElement.key, key)).returning()
      : await tx
          .insert(dataElement)
          .values({ key, ...values })
          .returning();
    await recordAudit(tx, ctx.actor, {
      action: existing ? 'catalog.data-element.update' : 'catalog.data-element.create',
      purpose: PURPOSE,
      resource: { type: 'data-element', id: key },
      detail: { type: input.type, ...(existing && existing.type !== input.type && { from: existing.type }) },
    });
    return { created: !existing, element: dataElementView(row!) };
  });
}

export async function retireDataElement(ctx: CatalogCtx, key: string) {
  await ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(dataElement).where(eq(dataElement.key, key)).for('update');
    if (!existing) throw notFound(`data element ${key}`);
    if (existing.retired) return;
    const today = businessDate();
    const [used] = await tx
      .select({ id: implementationVersion.id })
      .from(implementationVersion)
      .where(
        and(
          eq(implementationVersion.status, 'published'),
          or(isNull(implementationVersion.effectiveTo), gt(implementationVersion.effectiveTo, today)),
          formUses(key),
        ),
      )
      .limit(1);
    if (used)
      throw new AppError('DATA_ELEMENT_IN_USE', {
        detail: `${key} is used by the form of a published version in force or scheduled`,
      });
    await tx
      .update(dataElement)
      .set({ retired: true, updatedAt: new Date() })
      .where(eq(dataElement.key, key));
    await recordAudit(tx, ctx.actor, {
      action: 'catalog.data-element.retire',
      purpose: PURPOSE,
      resource: { type: 'data-element', id: key },
    });
  });
}

/** Base data: the dictionary every installation starts with; existing keys are left alone. */
export async function loadBaseDataElements(db: Db): Promise<void> {
  const all = [
    ...new Map([...DEMO_DATA_ELEMENTS, ...BUSINESS_DATA_ELEMENTS].map((e) => [e.key, e])).values(),
  ];
  if (!all.length) return;
  await db
    .insert(dataElement)
    .values(all.map((e) => ({ ...e, retired: false })))
    .onConflictDoNothing();
}

/** Where the listed data elements take their values from (for pre-filling application forms). */
export async function dataElementSources(db: Db, keys: readonly string[]) {
  if (!keys.length) return [];
  return db
    .select({
      key: dataElement.key,
      sourceKind: dataElement.sourceKind,
      sourceField: dataElement.sourceField,
      sourceLicenseType: dataElement.sourceLicenseType,
    })
    .from(dataElement)
    .where(inArray(dataElement.key, [...keys]));
}
