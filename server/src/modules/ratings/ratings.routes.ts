// Ratings over HTTP (好差评): what a link rates, rating through it (anonymous allowed), the
// applicant's online rating of a concluded case, follow-ups, my ratings, and the window clerk's
// code for 一次一评. Staff, the operator and API clients are refused with 403
// RATING_STAFF_FORBIDDEN before the request is even validated.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { ListOf, ListQuery, problemResponses } from '../../platform/http/schemas.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { signedInOnly } from '../cases/case-access.ts';
import { IdempotencyHeaders } from '../cases/cases.routes.ts';
import { ratingDeps, type RateCtx } from './deps.ts';
import { followUp, rateByToken, rateCase } from './rate.service.ts';
import { assertMayRate } from './rating-rules.ts';
import { caseRatings, invitationView, myRatings } from './ratings.queries.ts';
import {
  CaseRatingBody,
  CaseRatings,
  FollowUpBody,
  IdParams,
  InvitationView,
  RatingView,
  TokenParams,
  TokenRatingBody,
  WindowInvitation,
  WindowInvitationBody,
  security,
  tags,
} from './ratings.schemas.ts';
import { createWindowInvitation } from './window-invitations.service.ts';

type Keyed = { Headers: { 'idempotency-key'?: string } };

/** Refuses staff before validation: a staff member learns nothing and nothing is written. */
async function notStaff(request: FastifyRequest): Promise<void> {
  assertMayRate(request.principal);
}

export function ratingRoutes(app: FastifyInstance, mctx: ModuleContext): void {
  const deps = ratingDeps(mctx.config);
  const ctxOf = (request: FastifyRequest): RateCtx => ({
    db: app.db,
    actor: auditActorOf(request),
    principal: request.principal,
    deps,
  });
  const signedInPerson = [signedInOnly, notStaff];

  app.get<{ Params: { token: string } }>(
    '/api/v1/rating-invitations/:token',
    {
      onRequest: notStaff,
      schema: {
        tags,
        summary: '评价链接内容 · What a rating link rates',
        description:
          '公开：评价链接所评的事项、部门、窗口、评价类型及其指标（一事一评为网上评价指标，一次一评为窗口评价指标），以及链接是否已使用或已过期。签名无效 400 RATING_TOKEN_INVALID；实名邀请只给被邀请人（其他已登录者 404）；工作人员 403 RATING_STAFF_FORBIDDEN。Public: the item, agency, window and kind the link rates, with the kind’s indicators, and whether it was used or expired. A bad signature is 400 RATING_TOKEN_INVALID; a named invitation is for its rater (another signed-in person gets 404); staff get 403 RATING_STAFF_FORBIDDEN.',
        params: TokenParams,
        response: { 200: InvitationView, ...problemResponses(400, 403, 404) },
      },
    },
    async (request) => invitationView(ctxOf(request), request.params.token),
  );

  app.post<{ Body: TokenRatingBody } & Keyed>(
    '/api/v1/ratings',
    {
      onRequest: notStaff,
      schema: {
        tags,
        summary: '通过评价链接评价 · Rate through a link',
        description:
          '凭短信链接或窗口二维码中的一次性签名令牌评价：等级 1–5 必填（无默认值），指标得分须属于该评价类型，评价内容最多 500 字。窗口二维码可匿名评价；实名邀请若已登录须为被邀请人（否则 404）。令牌无效 400，过期 410，已使用 409 RATING_TOKEN_USED（并发提交只有一个成功）；工作人员 403。Rate with the single-use signed token of an SMS link or a window code: level 1–5 required (no default), scores for the kind’s indicators only, comment ≤ 500 characters. Window codes may be used anonymously; a named invitation, when signed in, only by its rater (else 404). Invalid 400, expired 410, used 409 RATING_TOKEN_USED (of concurrent submissions exactly one wins); staff 403.',
        headers: IdempotencyHeaders,
        body: TokenRatingBody,
        response: { 201: RatingView, ...problemResponses(400, 403, 404, 409, 410) },
      },
    },
    async (request, reply) => {
      const r = await rateByToken(ctxOf(request), request.body, request.headers['idempotency-key']);
      return reply.code(r.statusCode).send(r.body);
    },
  );

  app.post<{ Body: WindowInvitationBody } & Keyed>(
    '/api/v1/window-rating-invitations',
    {
      config: { permission: 'case.accept' },
      schema: {
        tags,
        security,
        summary: '一次一评：生成窗口评价码 · Window rating code (一次一评)',
        description:
          '窗口工作人员为刚办完的服务生成一次性评价码（二维码或大厅评价器），30 分钟内有效（常量 WINDOW_INVITATION_MINUTES），可关联本人可受理的办件；不在窗口岗位 422 RATING_WINDOW_REQUIRED；同一办件同一渠道只评一次，未使用时重新生成会使旧码失效，已评价 409。A window clerk makes a single-use code (QR or hall tablet) for the service just given, valid for 30 minutes (constant WINDOW_INVITATION_MINUTES), optionally for a case they may accept; not at a window 422 RATING_WINDOW_REQUIRED; one window rating per case and channel: a new code voids an unused older one, a used one answers 409.',
        headers: IdempotencyHeaders,
        body: WindowInvitationBody,
        response: { 201: WindowInvitation, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const p = request.principal;
      if (!p) throw new AppError('UNAUTHENTICATED');
      const r = await createWindowInvitation(
        { ...ctxOf(request), principal: p },
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.code(r.statusCode).send(r.body);
    },
  );

  app.post<{ Params: { id: string }; Body: CaseRatingBody } & Keyed>(
    '/api/v1/cases/:id/ratings',
    {
      onRequest: signedInPerson,
      schema: {
        tags,
        security,
        summary: '评价本人已办结的办件 · Rate my concluded case',
        description:
          '申请人（或代理企业的经办人）在电脑端或移动端评价已办结的办件（一事一评）：每个办件每个渠道一次，重复 409 RATING_ALREADY_GIVEN；未办结 422 RATING_NOT_OPEN；非本人办件 404；工作人员 403。The applicant (or the agent acting for the enterprise) rates a concluded case on PC or mobile: once per case and channel (409 RATING_ALREADY_GIVEN), not concluded 422 RATING_NOT_OPEN, someone else’s case 404, staff 403.',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: CaseRatingBody,
        response: { 201: RatingView, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const r = await rateCase(
        ctxOf(request),
        request.params.id,
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.code(r.statusCode).send(r.body);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/cases/:id/ratings',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '我对办件的评价 · My ratings of a case',
        description:
          '申请人对本办件的评价（含追评）、仍可评价的渠道和可追评的期限；非本人办件 404。The applicant’s ratings of this case (with follow-ups), the channels still open and until when a follow-up is allowed; someone else’s case 404.',
        params: IdParams,
        response: { 200: CaseRatings, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => caseRatings(ctxOf(request), request.params.id),
  );

  app.post<{ Params: { id: string }; Body: FollowUpBody } & Keyed>(
    '/api/v1/ratings/:id/follow-up',
    {
      onRequest: signedInPerson,
      schema: {
        tags,
        security,
        summary: '追评 · Follow-up rating',
        description:
          '评价人对自己的评价追评一次，须在 rating.follow-up-days（自然日，默认 15）内，否则 422 RATING_FOLLOW_UP_CLOSED；非本人评价 404；工作人员 403。The rater adds one follow-up within rating.follow-up-days (calendar days, default 15), else 422 RATING_FOLLOW_UP_CLOSED; someone else’s rating 404; staff 403.',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: FollowUpBody,
        response: { 201: RatingView, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const r = await followUp(
        ctxOf(request),
        request.params.id,
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.code(r.statusCode).send(r.body);
    },
  );

  app.get<{ Querystring: { limit?: number; cursor?: string } }>(
    '/api/v1/me/ratings',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '我的评价 · My ratings',
        description:
          '本人（或所代理企业）作出的评价及追评，最新在前，键集分页；工作人员 403。The ratings (with follow-ups) of the caller’s subject, newest first, keyset-paginated; staff 403.',
        querystring: Type.Object(ListQuery),
        response: { 200: ListOf(RatingView), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => myRatings(ctxOf(request), request.query),
  );
}
