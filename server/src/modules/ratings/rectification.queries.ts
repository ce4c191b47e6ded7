// Reading the ledger (台账): rows in the caller's scope, newest first by keyset on
// (created_at, id) — the rectification_agency index serves an agency's page — with the rating's
// level, channel, item and agency, the rater's name masked (张*; never an ID number), the due
// dates and an overdue flag. One rectification in full: the rating's text, the case number, the
// action log and what the caller may do now. Reads are audited (they show raters' data).
import { and, asc, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { page } from '../../platform/http/cursor.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { maskName } from '../cases/case-read.ts';
import { afterCursor, createdAtText } from '../cases/keyset.ts';
import { enterprise, person } from '../identity/schema.ts';
import { agency } from '../masterdata/schema.ts';
import { canSee, covers, ledgerScopeWhere, type RectCtx } from './rectification-access.ts';
import { allowedActions, isOverdue, OPEN_RECTIFICATION } from './rectification-workflow.ts';
import type {
  ExportQuery,
  Ledger,
  LedgerQuery,
  LedgerRow,
  RectificationDetail,
} from './rectifications.schemas.ts';
import { rating, rectification, rectificationAction, type RectificationRow } from './schema.ts';

const columns = {
  r: rectification,
  rating,
  agencyName: agency.name,
  personName: person.name,
  enterpriseName: enterprise.name,
  createdAtText: createdAtText(rectification.createdAt),
};

function base(db: Db) {
  return db
    .select(columns)
    .from(rectification)
    .innerJoin(rating, eq(rating.id, rectification.ratingId))
    .leftJoin(agency, eq(agency.id, rectification.agencyId))
    .leftJoin(person, and(eq(rating.raterType, 'person'), eq(person.id, rating.raterId)))
    .leftJoin(enterprise, and(eq(rating.raterType, 'enterprise'), eq(enterprise.id, rating.raterId)));
}
type Joined = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

function filters(ctx: RectCtx, q: ExportQuery, today: string): (SQL | undefined)[] {
  return [
    ledgerScopeWhere(ctx.principal),
    q.status ? eq(rectification.status, q.status) : undefined,
    q.agencyId ? eq(rectification.agencyId, q.agencyId) : undefined,
    q.overdue
      ? and(inArray(rectification.status, [...OPEN_RECTIFICATION]), lt(rectification.stepDue, today))
      : undefined,
  ];
}

function toRow(j: Joined, today: string): LedgerRow {
  const { r, rating: g } = j;
  const anonymous = !g.raterId;
  return {
    id: r.id,
    ratingId: r.ratingId,
    status: r.status,
    seq: r.seq,
    level: g.level,
    kind: g.kind,
    channel: g.channel,
    itemName: g.itemName,
    caseNumber: g.caseNumber,
    agencyId: r.agencyId,
    agencyName: j.agencyName ?? r.agencyId,
    rater: {
      type: g.raterType,
      name: anonymous
        ? null
        : g.raterType === 'person'
          ? maskName(j.personName ?? '')
          : (j.enterpriseName ?? null),
      anonymous,
    },
    openedOn: r.openedOn,
    stepDue: r.stepDue,
    finalDue: r.finalDue,
    overdue: isOverdue(r, today),
    escalations: r.escalations,
    closedAt: r.closedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

const auditRead = (ctx: RectCtx, what: string, detail: Record<string, unknown>) =>
  recordAudit(ctx.db, ctx.actor, {
    action: `rectification.${what}.read`,
    purpose: 'supervise negative ratings (差评整改台账)',
    detail,
  });

export async function listRectifications(ctx: RectCtx, q: LedgerQuery): Promise<Ledger> {
  const today = businessDate();
  const limit = q.limit ?? 50;
  const rows = await base(ctx.db)
    .where(and(...filters(ctx, q, today), afterCursor(rectification.createdAt, rectification.id, q.cursor)))
    .orderBy(desc(rectification.createdAt), desc(rectification.id))
    .limit(limit + 1);
  const result = page(rows, limit, (j) => [j.createdAtText, j.r.id]);
  await auditRead(ctx, 'ledger', { filters: { ...q, cursor: undefined }, rows: result.items.length });
  return { items: result.items.map((j) => toRow(j, today)), nextCursor: result.nextCursor };
}

/** Every row of the ledger in scope (for the export), newest first, in pages of 500. */
export async function* ledgerRows(ctx: RectCtx, q: ExportQuery): AsyncGenerator<LedgerRow[]> {
  const today = businessDate();
  let cursor: string | undefined;
  for (;;) {
    const rows = await base(ctx.db)
      .where(and(...filters(ctx, q, today), afterCursor(rectification.createdAt, rectification.id, cursor)))
      .orderBy(desc(rectification.createdAt), desc(rectification.id))
      .limit(501);
    const p = page(rows, 500, (j) => [j.createdAtText, j.r.id]);
    yield p.items.map((j) => toRow(j, today));
    if (!p.nextCursor) return;
    cursor = p.nextCursor;
  }
}

export async function getRectificationDetail(
  ctx: RectCtx,
  id: string,
  opts: { audit?: boolean } = {},
): Promise<RectificationDetail> {
  const [j] = await base(ctx.db).where(eq(rectification.id, id));
  if (!j || !canSee(ctx.principal, j.r)) throw new AppError('NOT_FOUND', { detail: `rectification ${id}` });
  const log = await ctx.db
    .select()
    .from(rectificationAction)
    .where(eq(rectificationAction.rectificationId, id))
    .orderBy(asc(rectificationAction.seq));
  if (opts.audit !== false)
    await recordAudit(ctx.db, ctx.actor, {
      action: 'rectification.read',
      purpose: 'handle a negative rating (差评整改)',
      resource: { type: 'rectification', id },
      ...(j.rating.raterId &&
        j.rating.raterType && { dataSubject: { type: j.rating.raterType, id: j.rating.raterId } }),
    });
  const r: RectificationRow = j.r;
  return {
    ...toRow(j, businessDate()),
    rating: {
      caseId: j.rating.caseId,
      venueId: j.rating.venueId,
      windowCode: j.rating.windowCode,
      scores: j.rating.scores,
      comment: j.rating.comment,
      ratedOn: j.rating.ratedOn,
    },
    measures: r.measures,
    feedback: r.feedback,
    revisitSatisfied: r.revisitSatisfied,
    escalatedAt: r.escalatedAt?.toISOString() ?? null,
    actions: log.map((a) => ({
      seq: a.seq,
      action: a.action,
      fromStatus: a.fromStatus,
      toStatus: a.toStatus,
      actorKind: a.actorKind,
      actorName: a.actorName,
      comment: a.comment,
      detail: a.detail,
      at: a.at.toISOString(),
    })),
    allowedActions: allowedActions(
      r.status,
      (by) => by !== 'rater' && by !== 'system' && covers(ctx.principal, by, r),
    ),
  };
}
