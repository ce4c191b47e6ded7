// Giving a rating: through a signed single-use link (SMS invitation or a window code), as the
// signed-in applicant of a concluded case (PC or mobile, one per case per channel), or as a
// follow-up (追评, once, within `rating.follow-up-days`). Staff never rate (403 before anything is
// read). Single use is enforced by the database: used_at is set with `where used_at is null` in
// the rating's own transaction, so of two concurrent submissions exactly one commits a rating.
// Every rating publishes `rating.created` and is audited in the same transaction.
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { idempotent } from '../../platform/idempotency/idempotent.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { publish } from '../../platform/outbox/publish.ts';
import { resolveSetting } from '../../platform/settings/service.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { isApplicantOf, subjectOf, type Subject } from '../cases/case-access.ts';
import { serviceCase } from '../cases/schema.ts';
import type { RatingKind } from './codes.ts';
import type { RateCtx } from './deps.ts';
import {
  assertMayRate,
  followUpOpen,
  ratingInputErrors,
  storedComment,
  type RatingInput,
} from './rating-rules.ts';
import { toTokenSeconds, verifyRatingToken } from './rating-token.ts';
import type { CaseRatingBody, FollowUpBody, RatingView, TokenRatingBody } from './ratings.schemas.ts';
import { ratingViews } from './ratings.queries.ts';
import { rating, ratingInvitation, type RatingRow } from './schema.ts';

type NewRating = Omit<RatingRow, 'id' | 'level' | 'scores' | 'comment' | 'ratedOn' | 'createdAt'>;
type Result = { statusCode: number; body: RatingView };

function assertValid(kind: RatingKind, input: RatingInput): void {
  const errors = ratingInputErrors(kind, input);
  if (errors.length) throw new AppError('VALIDATION_FAILED', { errors });
}

const sameSubject = (s: Subject | null, type: string | null, id: string | null) =>
  !!s && s.type === type && s.id === id;

/** Inserts one rating (or answers 409 when the case was rated through this channel already). */
async function insertRating(tx: Db, ctx: RateCtx, base: NewRating, input: RatingInput): Promise<RatingView> {
  const now = ctx.now ?? new Date();
  const [row] = await tx
    .insert(rating)
    .values({
      ...base,
      id: uuidv7(now.getTime()),
      level: input.level,
      scores: input.scores ?? {},
      comment: storedComment(input.comment),
      ratedOn: businessDate(now),
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row)
    throw base.followUpOf
      ? new AppError('RATING_FOLLOW_UP_CLOSED', { detail: 'a follow-up was given already' })
      : new AppError('RATING_ALREADY_GIVEN', { detail: `case ${base.caseId} via ${base.channel}` });
  await publish(tx, {
    type: 'rating.created',
    payload: {
      ratingId: row.id,
      caseId: row.caseId,
      level: row.level,
      agencyId: row.agencyId,
      followUpOf: row.followUpOf,
    },
  });
  await recordAudit(tx, ctx.actor, {
    action: row.followUpOf ? 'rating.follow-up' : 'rating.create',
    purpose: 'rate a government service',
    resource: { type: 'rating', id: row.id },
    ...(row.raterType && row.raterId && { dataSubject: { type: row.raterType, id: row.raterId } }),
    detail: {
      kind: row.kind,
      channel: row.channel,
      level: row.level,
      caseId: row.caseId,
      invitationId: row.invitationId,
    },
  });
  return (await ratingViews(tx, [row], ctx.now))[0]!;
}

const idempotencyOwner = (ctx: RateCtx, fallback: string) =>
  ctx.principal?.accountId ?? `anonymous:${sm3Hex(fallback)}`;

/** POST /ratings: rate through a link. */
export function rateByToken(ctx: RateCtx, body: TokenRatingBody, key: string | undefined) {
  assertMayRate(ctx.principal);
  const now = ctx.now ?? new Date();
  const claims = verifyRatingToken(ctx.deps.tokenKey, body.token, toTokenSeconds(now));
  const claim = { owner: idempotencyOwner(ctx, body.token), scope: 'ratings.by-token', key, request: body };
  return idempotent<RatingView>(ctx.db, claim, async (tx): Promise<Result> => {
    const [inv] = await tx
      .select()
      .from(ratingInvitation)
      .where(eq(ratingInvitation.id, claims.invitationId));
    // The row's expiry is part of the token: a refreshed window code voids the older ones.
    if (!inv || toTokenSeconds(inv.expiresAt) !== claims.exp)
      throw new AppError('RATING_TOKEN_INVALID', { detail: 'no such invitation' });
    const subject = ctx.principal ? subjectOf(ctx.principal) : null;
    if (inv.raterId && ctx.principal && !sameSubject(subject, inv.raterType, inv.raterId))
      throw new AppError('NOT_FOUND', { detail: 'this link is addressed to someone else' });
    assertValid(inv.kind, body);
    const [used] = await tx
      .update(ratingInvitation)
      .set({ usedAt: now })
      .where(and(eq(ratingInvitation.id, inv.id), isNull(ratingInvitation.usedAt)))
      .returning({ id: ratingInvitation.id });
    if (!used) throw new AppError('RATING_TOKEN_USED');
    const [c] = inv.caseId ? await tx.select().from(serviceCase).where(eq(serviceCase.id, inv.caseId)) : [];
    const rater = inv.raterId ? { type: inv.raterType, id: inv.raterId } : subject;
    const view = await insertRating(
      tx,
      ctx,
      {
        kind: inv.kind,
        caseId: inv.caseId,
        caseNumber: c?.caseNumber ?? null,
        invitationId: inv.id,
        followUpOf: null,
        agencyId: inv.agencyId,
        regionCode: inv.regionCode,
        implementationCode: inv.implementationCode,
        itemName: inv.itemName,
        venueId: inv.venueId,
        windowCode: inv.windowCode,
        staffId: inv.staffId,
        caseChannel: c?.channel ?? null,
        channel: inv.channel,
        raterType: rater?.type ?? null,
        raterId: rater?.id ?? null,
      },
      body,
    );
    return { statusCode: 201, body: view };
  });
}

/** POST /cases/:id/ratings: the signed-in applicant rates a concluded case online. */
export function rateCase(ctx: RateCtx, caseId: string, body: CaseRatingBody, key: string | undefined) {
  assertMayRate(ctx.principal);
  const p = ctx.principal;
  if (!p) throw new AppError('UNAUTHENTICATED');
  const claim = { owner: p.accountId, scope: `ratings.case:${caseId}`, key, request: body };
  return idempotent<RatingView>(ctx.db, claim, async (tx): Promise<Result> => {
    const [c] = await tx.select().from(serviceCase).where(eq(serviceCase.id, caseId));
    if (!c || !isApplicantOf(p, c)) throw new AppError('NOT_FOUND', { detail: `case ${caseId}` });
    if (c.status !== 'concluded' && c.status !== 'delivered')
      throw new AppError('RATING_NOT_OPEN', { detail: `the case is ${c.status}` });
    assertValid('case', body);
    const view = await insertRating(
      tx,
      ctx,
      {
        kind: 'case',
        caseId: c.id,
        caseNumber: c.caseNumber,
        invitationId: null,
        followUpOf: null,
        agencyId: c.agencyId,
        regionCode: c.regionCode,
        implementationCode: c.implementationCode,
        itemName: c.itemName,
        venueId: c.acceptingVenueId,
        windowCode: c.acceptingWindowCode,
        staffId: null,
        caseChannel: c.channel,
        channel: body.channel,
        raterType: c.applicantType,
        raterId: c.applicantId,
      },
      body,
    );
    return { statusCode: 201, body: view };
  });
}

/** POST /ratings/:id/follow-up: the rater adds one follow-up within the configured days. */
export function followUp(ctx: RateCtx, ratingId: string, body: FollowUpBody, key: string | undefined) {
  assertMayRate(ctx.principal);
  const p = ctx.principal;
  if (!p) throw new AppError('UNAUTHENTICATED');
  const claim = { owner: p.accountId, scope: `ratings.follow-up:${ratingId}`, key, request: body };
  return idempotent<RatingView>(ctx.db, claim, async (tx): Promise<Result> => {
    const [orig] = await tx.select().from(rating).where(eq(rating.id, ratingId));
    if (!orig || !sameSubject(subjectOf(p), orig.raterType, orig.raterId))
      throw new AppError('NOT_FOUND', { detail: `rating ${ratingId}` });
    if (orig.followUpOf)
      throw new AppError('RATING_FOLLOW_UP_CLOSED', { detail: 'a follow-up has no follow-up' });
    const days = Number(
      (
        await resolveSetting(tx, 'rating.follow-up-days', {
          agencyId: orig.agencyId,
          regionCode: orig.regionCode,
        })
      ).value,
    );
    if (!followUpOpen(orig.ratedOn, days, businessDate(ctx.now ?? new Date())))
      throw new AppError('RATING_FOLLOW_UP_CLOSED', { detail: `rated on ${orig.ratedOn}; ${days} days` });
    assertValid(orig.kind, body);
    const { id: _id, level: _l, scores: _s, comment: _c, ratedOn: _r, createdAt: _a, ...base } = orig;
    const view = await insertRating(
      tx,
      ctx,
      { ...base, invitationId: null, followUpOf: orig.id, channel: body.channel ?? orig.channel },
      body,
    );
    return { statusCode: 201, body: view };
  });
}
