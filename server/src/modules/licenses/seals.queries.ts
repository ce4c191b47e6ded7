// Reading seals: the managed list with derived status and use counts, one seal's uses (keyset
// pages by time), and the public picture. Expiry is derived from valid_to at read time.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { page } from '../../platform/http/cursor.ts';
import { agency } from '../masterdata/schema.ts';
import { afterCursor, createdAtText } from '../cases/keyset.ts';
import type { SealSummary } from './licenses.schemas.ts';
import { getManagedSeal, sealScopeWhere, type SealCtx } from './seal-access.ts';
import type { SealUseEntry, SealUsesQuery, SealsQuery } from './seals.schemas.ts';
import { eSeal, eSealUse, type ESealRow } from './schema.ts';

type Listed = { nextCursor: string | null };

export function sealStatus(row: Pick<ESealRow, 'status' | 'validTo'>, now = new Date()) {
  if (row.status === 'revoked') return 'revoked' as const;
  return row.validTo.getTime() < now.getTime() ? ('expired' as const) : ('active' as const);
}

const useCount = sql<number>`(select count(*) from e_seal_use u where u.seal_id = ${eSeal.id})::int`;

export function summaryOf(row: ESealRow, uses: number): SealSummary {
  return {
    id: row.id,
    esId: row.esId,
    agencyId: row.agencyId,
    name: row.name,
    sealType: row.sealType,
    pictureType: row.pictureType,
    validFrom: row.validFrom.toISOString(),
    validTo: row.validTo.toISOString(),
    status: sealStatus(row),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokeReason: row.revokeReason,
    useCount: uses,
  };
}

/** One seal's summary (the caller has already checked the scope). */
export async function sealSummary(db: Db, id: string): Promise<SealSummary> {
  const [row] = await db.select({ seal: eSeal, uses: useCount }).from(eSeal).where(eq(eSeal.id, id));
  if (!row) throw notFound(`seal ${id}`);
  return summaryOf(row.seal, row.uses);
}

/** GET /seals: the seals the caller manages, newest first. */
export async function listSeals(ctx: SealCtx, q: SealsQuery): Promise<{ items: SealSummary[] } & Listed> {
  const limit = q.limit ?? 50;
  const rows = await ctx.db
    .select({ seal: eSeal, uses: useCount, at: createdAtText(eSeal.createdAt) })
    .from(eSeal)
    .innerJoin(agency, eq(agency.id, eSeal.agencyId))
    .where(
      and(
        sealScopeWhere(ctx.principal),
        q.agencyId ? eq(eSeal.agencyId, q.agencyId) : undefined,
        afterCursor(eSeal.createdAt, eSeal.id, q.cursor),
      ),
    )
    .orderBy(desc(eSeal.createdAt), desc(eSeal.id))
    .limit(limit + 1);
  const result = page(rows, limit, (r) => [r.at, r.seal.id]);
  return { items: result.items.map((r) => summaryOf(r.seal, r.uses)), nextCursor: result.nextCursor };
}

/** GET /seals/:id/uses: every signature the seal made, newest first. */
export async function listSealUses(
  ctx: SealCtx,
  id: string,
  q: SealUsesQuery,
): Promise<{ items: SealUseEntry[] } & Listed> {
  await getManagedSeal(ctx, ctx.db, id);
  const limit = q.limit ?? 50;
  const rows = await ctx.db
    .select({ u: eSealUse, at: createdAtText(eSealUse.at) })
    .from(eSealUse)
    .where(and(eq(eSealUse.sealId, id), afterCursor(eSealUse.at, eSealUse.id, q.cursor)))
    .orderBy(desc(eSealUse.at), desc(eSealUse.id))
    .limit(limit + 1);
  const result = page(rows, limit, (r) => [r.at, r.u.id]);
  const items = result.items.map(({ u }) => ({
    id: u.id,
    purpose: u.purpose,
    resourceType: u.resourceType,
    resourceId: u.resourceId,
    dataSm3: u.dataSm3,
    actorType: u.actorType,
    actorId: u.actorId,
    at: u.at.toISOString(),
  }));
  return { items, nextCursor: result.nextCursor };
}

/** The seal's picture, for anyone: seal pictures appear on public documents. */
export async function sealPicture(db: Db, id: string): Promise<{ contentType: string; data: Buffer }> {
  const [row] = await db
    .select({ type: eSeal.pictureType, data: eSeal.picture })
    .from(eSeal)
    .where(eq(eSeal.id, id));
  if (!row) throw notFound(`seal ${id}`);
  return { contentType: row.type === 'svg' ? 'image/svg+xml' : 'image/png', data: row.data };
}
