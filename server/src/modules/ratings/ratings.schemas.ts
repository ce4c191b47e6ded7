// The shapes of the ratings API (TypeBox: one name for the schema and its type).
import { Type, type Static } from 'typebox';
import { BusinessDate, StrictObject } from '../../platform/http/schemas.ts';
import { Code } from '../catalog/content.ts';
import { RATING_CHANNELS, RATING_KINDS } from './codes.ts';
import { COMMENT_MAX } from './rating-rules.ts';

export const tags = ['ratings'];
export const security = [{ bearer: [] }];
const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** A token is short (≈ 60 characters); the bound keeps junk out of the logs and the database. */
export const RatingToken = Type.String({
  minLength: 1,
  maxLength: 200,
  description: '评价链接中的令牌 · The token of a rating link',
});
export const TokenParams = Type.Object({ token: RatingToken });

const Level = Type.Integer({
  minimum: 1,
  maximum: 5,
  description:
    '评价等级：1 非常满意，2 满意，3 基本满意，4 不满意，5 非常不满意（必填，无默认值）· 1 very satisfied … 5 very dissatisfied (required, no default)',
});
const Scores = Type.Record(Type.String({ maxLength: 40 }), Type.Integer({ minimum: 1, maximum: 5 }), {
  maxProperties: 10,
  description:
    '指标得分 {指标: 1–5}，指标须属于该评价类型 · Indicator scores; indicators of the rating’s kind only',
});
const Comment = Type.String({
  maxLength: COMMENT_MAX * 2,
  description: '评价内容（最多 500 字）· Comment (at most 500 characters)',
});

const RatingFields = { level: Level, scores: Type.Optional(Scores), comment: Type.Optional(Comment) };

export const TokenRatingBody = StrictObject({ token: RatingToken, ...RatingFields });
export type TokenRatingBody = Static<typeof TokenRatingBody>;

const OnlineChannel = Type.Union([Type.Literal('pc'), Type.Literal('mobile')], {
  description: '评价渠道：pc 电脑端，mobile 移动端 · pc or mobile',
});
export const CaseRatingBody = StrictObject({ channel: OnlineChannel, ...RatingFields });
export type CaseRatingBody = Static<typeof CaseRatingBody>;

export const FollowUpBody = StrictObject({ channel: Type.Optional(OnlineChannel), ...RatingFields });
export type FollowUpBody = Static<typeof FollowUpBody>;

export const WindowInvitationBody = StrictObject({
  channel: Type.Union([Type.Literal('qr'), Type.Literal('tablet')], {
    description: 'qr 窗口二维码，tablet 窗口评价器 · QR code shown at the window, or the hall tablet',
  }),
  caseId: Type.Optional(Uuid),
});
export type WindowInvitationBody = Static<typeof WindowInvitationBody>;

export const WindowInvitation = Type.Object({
  invitationId: Uuid,
  token: Type.String(),
  url: Type.String({ description: '评价页地址 · The rating page' }),
  expiresAt: Type.String({ format: 'date-time' }),
  qr: Type.String({ description: '评价页地址的二维码（SVG）· The URL as a QR code (SVG)' }),
  channel: Code(RATING_CHANNELS, '渠道 · Channel'),
  caseId: Nullable(Uuid),
  caseNumber: Nullable(Type.String()),
  itemName: Nullable(Type.String()),
  venueName: Type.String(),
  windowCode: Type.String(),
});
export type WindowInvitation = Static<typeof WindowInvitation>;

const Labelled = Type.Object({ code: Type.String(), zh: Type.String(), en: Type.String() });

export const InvitationView = Type.Object({
  kind: Code(RATING_KINDS, '评价类型 · Kind'),
  channel: Code(RATING_CHANNELS, '渠道 · Channel'),
  state: Type.Union([Type.Literal('open'), Type.Literal('used'), Type.Literal('expired')], {
    description: 'open 可评价，used 已使用，expired 已过期 · Whether the link can still be used',
  }),
  expiresAt: Type.String({ format: 'date-time' }),
  caseNumber: Nullable(Type.String()),
  itemName: Nullable(Type.String()),
  agencyName: Type.String(),
  agencyNameEn: Type.String(),
  venueName: Nullable(Type.String()),
  venueNameEn: Nullable(Type.String()),
  windowCode: Nullable(Type.String()),
  windowName: Nullable(Type.String()),
  /** A named rater: only they (or anyone holding the link while signed out) may use it. */
  named: Type.Boolean({ description: '是否为实名邀请（办件申请人）· Addressed to the case’s applicant' }),
  indicators: Type.Array(Labelled),
  levels: Type.Array(Labelled),
});
export type InvitationView = Static<typeof InvitationView>;

export const RatingView = Type.Object({
  id: Uuid,
  kind: Code(RATING_KINDS, '评价类型 · Kind'),
  channel: Code(RATING_CHANNELS, '渠道 · Channel'),
  caseId: Nullable(Uuid),
  caseNumber: Nullable(Type.String()),
  itemName: Nullable(Type.String()),
  agencyId: Type.String(),
  agencyName: Type.String(),
  level: Type.Integer(),
  scores: Type.Record(Type.String(), Type.Integer()),
  comment: Nullable(Type.String()),
  ratedOn: BusinessDate,
  createdAt: Type.String({ format: 'date-time' }),
  followUpOf: Nullable(Uuid),
  /** The follow-up of an original rating, once given. */
  followUp: Nullable(
    Type.Object({
      id: Uuid,
      level: Type.Integer(),
      scores: Type.Record(Type.String(), Type.Integer()),
      comment: Nullable(Type.String()),
      ratedOn: BusinessDate,
      createdAt: Type.String({ format: 'date-time' }),
    }),
  ),
  canFollowUp: Type.Boolean(),
  followUpUntil: Nullable(BusinessDate),
});
export type RatingView = Static<typeof RatingView>;

export const CaseRatings = Type.Object({
  caseId: Uuid,
  /** Concluded (or delivered): ratings are open. */
  open: Type.Boolean(),
  /** The online channels not yet used for this case (one rating per case per channel). */
  channelsLeft: Type.Array(OnlineChannel),
  indicators: Type.Array(Labelled),
  ratings: Type.Array(RatingView),
});
export type CaseRatings = Static<typeof CaseRatings>;
