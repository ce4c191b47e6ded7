// The basic catalog (基本目录): public reads. Changes go through adjustment requests
// (item-adjustments.service.ts) reviewed by the city service office.
import { and, asc, count, eq, gt, ilike, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { decodeCursor, likeEscape, page } from '../../platform/http/cursor.ts';
import type { BasicItemContent } from './content.ts';
import { catalogItem, implementation } from './schema.ts';

type ItemRow = typeof catalogItem.$inferSelect;

export const basicItemContentOf = (r: ItemRow): BasicItemContent => ({
  name: r.name,
  basicCode: r.basicCode,
  itemType: r.itemType as BasicItemContent['itemType'],
  legalBasis: r.legalBasis,
  exerciseLevel: r.exerciseLevel as BasicItemContent['exerciseLevel'],
  serviceTargets: r.serviceTargets as BasicItemContent['serviceTargets'],
  themes: r.themes as BasicItemContent['themes'],
});

export const basicItemView = (r: ItemRow) => ({
  id: r.id,
  ...basicItemContentOf(r),
  revision: r.revision,
  retiredAt: r.retiredAt?.toISOString() ?? null,
  updatedAt: r.updatedAt.toISOString(),
});

export async function listItems(
  db: Db,
  input: { q?: string; itemType?: string; includeRetired?: boolean; limit: number; cursor?: string },
) {
  const after = decodeCursor(input.cursor, 1)?.[0];
  const conditions: (SQL | undefined)[] = [
    after !== undefined ? gt(catalogItem.basicCode, after) : undefined,
    input.itemType ? eq(catalogItem.itemType, input.itemType) : undefined,
    input.includeRetired ? undefined : isNull(catalogItem.retiredAt),
    input.q
      ? or(
          ilike(catalogItem.name, `%${likeEscape(input.q)}%`),
          ilike(catalogItem.basicCode, `${likeEscape(input.q)}%`),
        )
      : undefined,
  ];
  const rows = await db
    .select()
    .from(catalogItem)
    .where(and(...conditions))
    .orderBy(asc(catalogItem.basicCode))
    .limit(input.limit + 1);
  const result = page(rows, input.limit, (r) => [r.basicCode]);
  return { items: result.items.map(basicItemView), nextCursor: result.nextCursor };
}

export async function findItem(db: Db, id: string) {
  const [row] = await db.select().from(catalogItem).where(eq(catalogItem.id, id));
  return row;
}

export async function getItem(db: Db, id: string) {
  const row = await findItem(db, id);
  if (!row) throw notFound(`basic item ${id}`);
  const [n] = await db.select({ n: count() }).from(implementation).where(eq(implementation.itemId, id));
  return { ...basicItemView(row), implementationCount: n?.n ?? 0 };
}
