// Reads of ratings: what a link rates (public: item, agency, window, indicators — no personal
// data), the applicant's ratings of one case, and the rater's own ratings (keyset). A rater's
// own ratings are their personal data read by themselves: audited like the case reads.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { page } from '../../platform/http/cursor.ts';
import { resolveSetting } from '../../platform/settings/service.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { isApplicantOf, subjectOf } from '../cases/case-access.ts';
import { afterCursor, createdAtText } from '../cases/keyset.ts';
import { serviceCase } from '../cases/schema.ts';
import { agency, serviceWindow, venue } from '../masterdata/schema.ts';
import { RATING_LEVELS } from './codes.ts';
import type { RateCtx } from './deps.ts';
import { assertMayRate, followUpOpen, followUpUntil, indicatorsOf } from './rating-rules.ts';
import { checkRatingToken, toTokenSeconds } from './rating-token.ts';
import type { CaseRatings, InvitationView, RatingView } from './ratings.schemas.ts';
import { rating, ratingInvitation, type RatingRow } from './schema.ts';

const labelled = (t: readonly { code: string; zh: string; en: string }[]) =>
  t.map(({ code, zh, en }) => ({ code, zh, en }));

/** Views of original ratings (or follow-ups), with their follow-up and whether one is still open. */
export async function ratingViews(db: Db, rows: RatingRow[], now = new Date()): Promise<RatingView[]> {
  if (!rows.length) return [];
  const agencyIds = [...new Set(rows.map((r) => r.agencyId))];
  const names = new Map(
    (
      await db.select({ id: agency.id, name: agency.name }).from(agency).where(inArray(agency.id, agencyIds))
    ).map((a) => [a.id, a.name]),
  );
  const originals = rows.filter((r) => !r.followUpOf).map((r) => r.id);
  const followUps = originals.length
    ? await db.select().from(rating).where(inArray(rating.followUpOf, originals))
    : [];
  const days = new Map<string, number>();
  for (const r of rows)
    if (!days.has(r.agencyId))
      days.set(
        r.agencyId,
        Number(
          (
            await resolveSetting(db, 'rating.follow-up-days', {
              agencyId: r.agencyId,
              regionCode: r.regionCode,
            })
          ).value,
        ),
      );
  const today = businessDate(now);
  return rows.map((r) => {
    const f = followUps.find((x) => x.followUpOf === r.id);
    const n = days.get(r.agencyId)!;
    const original = !r.followUpOf;
    return {
      id: r.id,
      kind: r.kind,
      channel: r.channel,
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      itemName: r.itemName,
      agencyId: r.agencyId,
      agencyName: names.get(r.agencyId) ?? r.agencyId,
      level: r.level,
      scores: r.scores,
      comment: r.comment,
      ratedOn: r.ratedOn,
      createdAt: r.createdAt.toISOString(),
      followUpOf: r.followUpOf,
      followUp: f
        ? {
            id: f.id,
            level: f.level,
            scores: f.scores,
            comment: f.comment,
            ratedOn: f.ratedOn,
            createdAt: f.createdAt.toISOString(),
          }
        : null,
      canFollowUp: original && !f && r.raterId !== null && followUpOpen(r.ratedOn, n, today),
      followUpUntil: original && r.raterId !== null ? followUpUntil(r.ratedOn, n) : null,
    };
  });
}

/** GET /rating-invitations/:token: what the link rates and whether it can still be used. */
export async function invitationView(ctx: RateCtx, token: string): Promise<InvitationView> {
  assertMayRate(ctx.principal);
  const now = ctx.now ?? new Date();
  const check = checkRatingToken(ctx.deps.tokenKey, token, toTokenSeconds(now));
  if (check.result === 'invalid') throw new AppError('RATING_TOKEN_INVALID', { detail: check.reason });
  const [inv] = await ctx.db
    .select()
    .from(ratingInvitation)
    .where(eq(ratingInvitation.id, check.claims.invitationId));
  if (!inv || toTokenSeconds(inv.expiresAt) !== check.claims.exp)
    throw new AppError('RATING_TOKEN_INVALID', { detail: 'no such invitation' });
  const s = ctx.principal ? subjectOf(ctx.principal) : null;
  if (inv.raterId && ctx.principal && !(s && s.type === inv.raterType && s.id === inv.raterId))
    throw new AppError('NOT_FOUND', { detail: 'this link is addressed to someone else' });
  const [a] = await ctx.db.select().from(agency).where(eq(agency.id, inv.agencyId));
  const [v] = inv.venueId ? await ctx.db.select().from(venue).where(eq(venue.id, inv.venueId)) : [];
  const [w] =
    inv.venueId && inv.windowCode
      ? await ctx.db
          .select()
          .from(serviceWindow)
          .where(and(eq(serviceWindow.venueId, inv.venueId), eq(serviceWindow.code, inv.windowCode)))
      : [];
  const [c] = inv.caseId
    ? await ctx.db
        .select({ n: serviceCase.caseNumber })
        .from(serviceCase)
        .where(eq(serviceCase.id, inv.caseId))
    : [];
  return {
    kind: inv.kind,
    channel: inv.channel,
    state: inv.usedAt ? 'used' : check.result === 'expired' ? 'expired' : 'open',
    expiresAt: inv.expiresAt.toISOString(),
    caseNumber: c?.n ?? null,
    itemName: inv.itemName,
    agencyName: a?.name ?? inv.agencyId,
    agencyNameEn: a?.nameEn ?? inv.agencyId,
    venueName: v?.name ?? null,
    venueNameEn: v?.nameEn ?? null,
    windowCode: inv.windowCode,
    windowName: w?.name ?? null,
    named: inv.raterId !== null,
    indicators: labelled(indicatorsOf(inv.kind)),
    levels: labelled(RATING_LEVELS),
  };
}

/** GET /cases/:id/ratings: the applicant's ratings of their case and what is still open. */
export async function caseRatings(ctx: RateCtx, caseId: string): Promise<CaseRatings> {
  const p = ctx.principal;
  if (!p) throw new AppError('UNAUTHENTICATED');
  const [c] = await ctx.db.select().from(serviceCase).where(eq(serviceCase.id, caseId));
  if (!c || !isApplicantOf(p, c)) throw new AppError('NOT_FOUND', { detail: `case ${caseId}` });
  const rows = await ctx.db
    .select()
    .from(rating)
    .where(and(eq(rating.caseId, caseId), isNull(rating.followUpOf)))
    .orderBy(desc(rating.createdAt));
  const mine = rows.filter((r) => r.raterType === c.applicantType && r.raterId === c.applicantId);
  const open = c.status === 'concluded' || c.status === 'delivered';
  const used = new Set(rows.map((r) => r.channel));
  await recordAudit(ctx.db, ctx.actor, {
    action: 'rating.read',
    purpose: 'show the applicant their ratings of a case',
    resource: { type: 'case', id: caseId },
    dataSubject: { type: c.applicantType, id: c.applicantId },
  });
  return {
    caseId,
    open,
    channelsLeft: open ? (['pc', 'mobile'] as const).filter((ch) => !used.has(ch)) : [],
    indicators: labelled(indicatorsOf('case')),
    ratings: await ratingViews(ctx.db, mine, ctx.now),
  };
}

/** GET /me/ratings: the signed-in person's (or their enterprise's) ratings, newest first. */
export async function myRatings(ctx: RateCtx, query: { limit?: number; cursor?: string }) {
  const p = ctx.principal;
  const s = p ? subjectOf(p) : null;
  if (!s)
    throw new AppError('FORBIDDEN', { detail: 'for raters (persons, or agents acting for an enterprise)' });
  const limit = query.limit ?? 50;
  const rows = await ctx.db
    .select({ r: rating, at: createdAtText(rating.createdAt) })
    .from(rating)
    .where(
      and(
        eq(rating.raterId, s.id),
        eq(rating.raterType, s.type),
        isNull(rating.followUpOf),
        afterCursor(rating.createdAt, rating.id, query.cursor),
      ),
    )
    .orderBy(desc(rating.createdAt), desc(rating.id))
    .limit(limit + 1);
  const result = page(rows, limit, (x) => [x.at, x.r.id]);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'rating.list-mine',
    purpose: 'show the rater their ratings',
    dataSubject: s,
    detail: { count: result.items.length },
  });
  return {
    items: await ratingViews(
      ctx.db,
      result.items.map((x) => x.r),
      ctx.now,
    ),
    nextCursor: result.nextCursor,
  };
}
