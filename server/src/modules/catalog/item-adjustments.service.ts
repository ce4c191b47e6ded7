// Adjustment requests to the basic catalog (事项目录调整申请). Agencies propose, the CITY service
// office decides: the basic catalog is the one source that every district's implementations
// must repeat (四级四同), so no district decides it alone. Approval applies the change in the
// same transaction and tells other modules through the outbox.
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { hasPermission, scopesOf } from '../../platform/access/principal.ts';
import type { Db } from '../../platform/db/database.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { decodeCursor, page } from '../../platform/http/cursor.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { publish } from '../../platform/outbox/publish.ts';
import { isCityOffice, isUniqueViolation, requireAnyOf, type CatalogCtx } from './catalog-access.ts';
import type { BasicItemContent } from './content.ts';
import { catalogItem, catalogItemAdjustment } from './schema.ts';

export interface AdjustmentInput {
  kind: 'create' | 'change' | 'retire';
  itemId?: string;
  proposed?: BasicItemContent;
  reason: string;
}

type AdjustmentRow = typeof catalogItemAdjustment.$inferSelect;
const PURPOSE = 'adjust the basic catalog';

export const adjustmentView = (r: AdjustmentRow) => ({
  id: r.id,
  itemId: r.itemId,
  kind: r.kind,
  proposed: r.proposed,
  reason: r.reason,
  status: r.status,
  requestedBy: r.requestedBy,
  requestedAgencyId: r.requestedAgencyId,
  requestedAt: r.requestedAt.toISOString(),
  decidedBy: r.decidedBy,
  decidedAt: r.decidedAt?.toISOString() ?? null,
  decisionComment: r.decisionComment,
});

const invalid = (path: string, message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, messageZh }] });

export async function requestAdjustment(ctx: CatalogCtx, input: AdjustmentInput) {
  if (input.kind === 'create' && input.itemId !== undefined)
    throw invalid('/body/itemId', 'a new item has no id yet', '新增事项不应指定事项');
  if (input.kind !== 'create' && input.itemId === undefined)
    throw invalid('/body/itemId', 'name the item to change or retire', '请指定要变更或取消的事项');
  if (input.kind !== 'retire' && input.proposed === undefined)
    throw invalid('/body/proposed', 'propose the item content', '请填写拟调整的事项内容');
  if (input.kind === 'retire' && input.proposed !== undefined)
    throw invalid('/body/proposed', 'a retirement proposes no content', '取消事项无需填写内容');
  return ctx.db.transaction(async (tx) => {
    if (input.itemId !== undefined) {
      const [item] = await tx.select().from(catalogItem).where(eq(catalogItem.id, input.itemId));
      if (!item) throw notFound(`basic item ${input.itemId}`);
      if (item.retiredAt) throw new AppError('CONFLICT', { detail: 'the basic item is retired' });
    }
    // The requesting agency: the agency of the editor's own scoped grant, if any.
    const agencyId = scopesOf(ctx.principal, 'catalog.edit').find((s) => s.agencyId)?.agencyId ?? null;
    const [row] = await tx
      .insert(catalogItemAdjustment)
      .values({
        id: uuidv7(),
        itemId: input.itemId ?? null,
        kind: input.kind,
        proposed: input.proposed ?? null,
        reason: input.reason,
        status: 'submitted',
        requestedBy: ctx.principal.accountId,
        requestedAgencyId: agencyId,
      })
      .returning();
    await recordAudit(tx, ctx.actor, {
      action: 'catalog.item-adjustment.request',
      purpose: PURPOSE,
      resource: { type: 'catalog-item-adjustment', id: row!.id },
      detail: { kind: input.kind, itemId: input.itemId ?? null },
    });
    return adjustmentView(row!);
  });
}

/**
 * The city office (catalog.review city-wide) sees every request; anyone else on the catalog
 * staff sees the requests they made themselves.
 */
export async function listAdjustments(
  ctx: CatalogCtx,
  input: { status?: AdjustmentRow['status']; mine?: boolean; limit: number; cursor?: string },
) {
  requireAnyOf(ctx.principal, ['catalog.edit', 'catalog.review']);
  const everything = isCityOffice(ctx.principal, 'catalog.review') && !input.mine;
  const after = decodeCursor(input.cursor, 1)?.[0];
  const conditions: (SQL | undefined)[] = [
    everything ? undefined : eq(catalogItemAdjustment.requestedBy, ctx.principal.accountId),
    input.status ? eq(catalogItemAdjustment.status, input.status) : undefined,
    after !== undefined ? lt(catalogItemAdjustment.id, after) : undefined,
  ];
  const rows = await ctx.db
    .select()
    .from(catalogItemAdjustment)
    .where(and(...conditions))
    .orderBy(desc(catalogItemAdjustment.id))
    .limit(input.limit + 1);
  const result = page(rows, input.limit, (r) => [r.id]);
  return { items: result.items.map(adjustmentView), nextCursor: result.nextCursor };
}

export async function decideAdjustment(
  ctx: CatalogCtx,
  id: string,
  input: { approve: boolean; comment?: string },
) {
  if (!isCityOffice(ctx.principal, 'catalog.review'))
    throw new AppError('FORBIDDEN', {
      detail: hasPermission(ctx.principal, 'catalog.review')
        ? 'basic-catalog adjustments are decided by the city service office'
        : undefined,
    });
  if (!input.approve && !input.comment?.trim())
    throw invalid('/body/comment', 'say why the request is returned', '退回须说明理由');
  try {
    return await ctx.db.transaction(async (tx) => {
      const [req] = await tx
        .select()
        .from(catalogItemAdjustment)
        .where(eq(catalogItemAdjustment.id, id))
        .for('update');
      if (!req) throw notFound(`adjustment request ${id}`);
      if (req.status !== 'submitted')
        throw new AppError('CONFLICT', { detail: `the request is already ${req.status}` });
      const itemId = input.approve ? await apply(tx, req) : req.itemId;
      const [row] = await tx
        .update(catalogItemAdjustment)
        .set({
          status: input.approve ? 'approved' : 'returned',
          itemId,
          decidedBy: ctx.principal.accountId,
          decidedAt: new Date(),
          decisionComment: input.comment ?? null,
        })
        .where(eq(catalogItemAdjustment.id, id))
        .returning();
      await recordAudit(tx, ctx.actor, {
        action: input.approve ? 'catalog.item-adjustment.approve' : 'catalog.item-adjustment.return',
        purpose: PURPOSE,
        resource: { type: 'catalog-item-adjustment', id },
        detail: { kind: req.kind, itemId },
      });
      if (input.approve)
        await publish(tx, {
          type: 'catalog.item-changed',
          payload: { itemId, kind: req.kind, adjustmentId: id },
        });
      return adjustmentView(row!);
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('CATALOG_CODE_TAKEN', { detail: 'another basic item has this basic code' });
    throw e;
  }
}

async function apply(tx: Db, req: AdjustmentRow): Promise<string> {
  const now = new Date();
  if (req.kind === 'create') {
    const itemId = uuidv7();
    await tx.insert(catalogItem).values({ id: itemId, ...req.proposed!, updatedAt: now });
    return itemId;
  }
  const [item] = await tx.select().from(catalogItem).where(eq(catalogItem.id, req.itemId!)).for('update');
  if (!item || item.retiredAt) throw new AppError('CONFLICT', { detail: 'the basic item is retired' });
  if (req.kind === 'change')
    await tx
      .update(catalogItem)
      .set({ ...req.proposed!, revision: item.revision + 1, updatedAt: now })
      .where(eq(catalogItem.id, item.id));
  else
    await tx.update(catalogItem).set({ retiredAt: now, updatedAt: now }).where(eq(catalogItem.id, item.id));
  return item.id;
}
