// The rater's side of a rectification: what was done about their rating, and their own answer to
// the return visit (回访) online instead of by phone. Only the subject who rated (the person, or
// the enterprise its agent acts for) sees it; everyone else gets 404.
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { subjectOf } from '../cases/case-access.ts';
import type { RectCtx } from './rectification-access.ts';
import { step } from './rectification.service.ts';
import type { RaterRevisitBody, RaterView } from './rectifications.schemas.ts';
import { rating, rectification, type RatingRow, type RectificationRow } from './schema.ts';

async function ownRow(ctx: RectCtx, tx: Db, id: string, forUpdate: boolean) {
  const subject = subjectOf(ctx.principal);
  const q = tx
    .select({ row: rectification, rating })
    .from(rectification)
    .innerJoin(rating, eq(rating.id, rectification.ratingId))
    .where(eq(rectification.id, id));
  const [hit] = forUpdate ? await q.for('update', { of: rectification }) : await q;
  if (!subject || !hit || hit.rating.raterType !== subject.type || hit.rating.raterId !== subject.id)
    throw new AppError('NOT_FOUND', { detail: `rectification ${id}` });
  return hit;
}

const view = (row: RectificationRow, r: RatingRow): RaterView => ({
  id: row.id,
  status: row.status,
  itemName: r.itemName,
  // The service office's appeal and the staff's notes are internal; the rater sees the outcome.
  measures: row.status === 'revisiting' || row.status === 'closed' ? row.measures : null,
  feedback: row.feedback,
  revisitSatisfied: row.revisitSatisfied,
  canRevisit: row.status === 'revisiting',
});

export async function raterView(ctx: RectCtx, id: string): Promise<RaterView> {
  const { row, rating: r } = await ownRow(ctx, ctx.db, id, false);
  return view(row, r);
}

export async function raterRevisit(ctx: RectCtx, id: string, body: RaterRevisitBody): Promise<RaterView> {
  return ctx.db.transaction(async (tx) => {
    const { row, rating: r } = await ownRow(ctx, tx, id, true);
    const updated = await step(
      tx,
      ctx.cipher,
      row,
      'revisit',
      { satisfied: body.satisfied, ...(body.comment !== undefined && { comment: body.comment }) },
      {
        actor: ctx.actor,
        kind: 'rater',
        id: ctx.principal.accountId,
        name: '评价人（网上回复）',
        may: (by) => by === 'rater',
      },
    );
    return view(updated, r);
  });
}
