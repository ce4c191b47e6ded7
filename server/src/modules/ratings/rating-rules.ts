// The rules of a rating, as data and pure functions: who may rate (never staff: 国办发〔2019〕51号
// "不得代替企业和群众评价"), which indicators a kind is scored on, what a valid rating is, until
// when a follow-up (追评) is allowed, and when an unused invitation is reminded (once).
import type { Principal } from '../../platform/access/principal.ts';
import { AppError, type FieldError } from '../../platform/errors/app-error.ts';
import { addCalendarDays } from '../../platform/time/business-date.ts';
import { ONLINE_INDICATORS, WINDOW_INDICATORS, type RatingKind } from './codes.ts';

export const COMMENT_MAX = 500;
/** 一次一评: how long a code shown at the window stays valid (a constant, not a setting). */
export const WINDOW_INVITATION_MINUTES = 30;

export const indicatorsOf = (kind: RatingKind) => (kind === 'case' ? ONLINE_INDICATORS : WINDOW_INDICATORS);

/** Staff, the operator and department systems never rate; persons and anonymous visitors may. */
export const mayRate = (p: Principal | null): boolean => p === null || p.kind === 'person';

/** 403 RATING_STAFF_FORBIDDEN for anyone but a person or an anonymous visitor. */
export function assertMayRate(p: Principal | null): void {
  if (!mayRate(p))
    throw new AppError('RATING_STAFF_FORBIDDEN', { detail: `a ${p!.kind} principal never rates` });
}

export interface RatingInput {
  level: number;
  scores?: Record<string, number>;
  comment?: string;
}

/** Field errors of a rating of `kind` (the HTTP schema already checked the types). */
export function ratingInputErrors(kind: RatingKind, input: RatingInput): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isInteger(input.level) || input.level < 1 || input.level > 5)
    errors.push({ path: '/body/level', message: 'level must be 1–5', messageZh: '评价等级须为 1–5' });
  const allowed = new Set<string>(indicatorsOf(kind).map((i) => i.code));
  for (const [code, score] of Object.entries(input.scores ?? {})) {
    if (!allowed.has(code))
      errors.push({
        path: `/body/scores/${code}`,
        message: `not an indicator of a ${kind} rating`,
        messageZh: '不是此类评价的指标',
      });
    else if (!Number.isInteger(score) || score < 1 || score > 5)
      errors.push({ path: `/body/scores/${code}`, message: 'a score is 1–5', messageZh: '指标得分须为 1–5' });
  }
  const comment = input.comment ?? '';
  if ([...comment].length > COMMENT_MAX)
    errors.push({
      path: '/body/comment',
      message: `at most ${COMMENT_MAX} characters`,
      messageZh: `评价内容最多 ${COMMENT_MAX} 字`,
    });
  return errors;
}

/** The comment as stored: trimmed, null when empty. */
export const storedComment = (comment: string | undefined): string | null => comment?.trim() || null;

/** The last business day on which a rating given on `ratedOn` may be followed up. */
export const followUpUntil = (ratedOn: string, followUpDays: number): string =>
  addCalendarDays(ratedOn, followUpDays);

export const followUpOpen = (ratedOn: string, followUpDays: number, today: string): boolean =>
  today <= followUpUntil(ratedOn, followUpDays);

/** An invitation is reminded once, when unused and unexpired `reminderDays` after it was made. */
export function reminderDue(
  inv: { createdAt: Date; expiresAt: Date; usedAt: Date | null; remindedAt: Date | null },
  reminderDays: number,
  now: Date,
): boolean {
  return (
    inv.usedAt === null &&
    inv.remindedAt === null &&
    inv.expiresAt > now &&
    inv.createdAt.getTime() + reminderDays * 86_400_000 <= now.getTime()
  );
}

/** The expiry of a new invitation, in whole seconds (the token carries seconds). */
export const expiryAfter = (now: Date, ms: number): Date =>
  new Date(Math.floor((now.getTime() + ms) / 1000) * 1000);
