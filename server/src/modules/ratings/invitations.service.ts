// Rating invitations. After a case concludes, its applicant is invited once (site message + SMS
// with a signed single-use link); an invitation still unused after `rating.reminder-days` is
// reminded once. At a window, the clerk shows a short-lived code for the service just given
// (一次一评). The token is derived from the row (id + expires_at), so nothing secret is stored and
// the reminder repeats the same link. Phone numbers are read for the SMS only, never logged.
import { and, asc, eq, gt, isNull, lte } from 'drizzle-orm';
import { renderSVG } from 'uqr';
import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { publishSms } from '../../platform/notify/sms.ts';
import { resolveSetting } from '../../platform/settings/service.ts';
import { setting } from '../../platform/settings/schema.ts';
import { findSettingDefinition } from '../../platform/settings/definitions.ts';
import { serviceCase, siteMessage } from '../cases/schema.ts';
import { legalRepresentativeOf, personPhone } from '../identity/directory.ts';
import type { RatingDeps } from './deps.ts';
import { expiryAfter, reminderDue } from './rating-rules.ts';
import { makeRatingToken, toTokenSeconds } from './rating-token.ts';
import { ratingInvitation, type RatingInvitationRow } from './schema.ts';

const DAY_MS = 86_400_000;

export const tokenOf = (deps: RatingDeps, inv: Pick<RatingInvitationRow, 'id' | 'expiresAt'>) =>
  makeRatingToken(deps.tokenKey, { invitationId: inv.id, exp: toTokenSeconds(inv.expiresAt) });

export const ratePath = (token: string) => `/rate/${token}`;
export const rateUrl = (deps: RatingDeps, token: string) => `${deps.publicUrl}${ratePath(token)}`;
export const qrSvg = (url: string) => renderSVG(url, { ecc: 'L', border: 4 });

const intSetting = async (tx: Db, key: string, at: { agencyId: string; regionCode: string }) =>
  Number((await resolveSetting(tx, key, at)).value);

/** The person told by SMS: the applicant, or for an enterprise the agent who filed, else its legal representative. */
async function contactPhone(tx: Db, deps: RatingDeps, caseId: string): Promise<string | undefined> {
  const [c] = await tx
    .select({
      type: serviceCase.applicantType,
      id: serviceCase.applicantId,
      agent: serviceCase.agentPersonId,
    })
    .from(serviceCase)
    .where(eq(serviceCase.id, caseId));
  if (!c) return undefined;
  const personId = c.type === 'person' ? c.id : (c.agent ?? (await legalRepresentativeOf(tx, c.id)));
  return personId ? personPhone(tx, deps.cipher, personId) : undefined;
}

/** Site message and SMS with the link; `reminder` words it as the one reminder. */
async function tellRater(
  tx: Db,
  deps: RatingDeps,
  inv: RatingInvitationRow,
  caseNumber: string,
  reminder: boolean,
) {
  if (!inv.raterType || !inv.raterId || !inv.caseId) return;
  const token = tokenOf(deps, inv);
  const until = inv.expiresAt.toISOString().slice(0, 10);
  const item = inv.itemName ?? '';
  await tx.insert(siteMessage).values({
    id: uuidv7(),
    recipientType: inv.raterType,
    recipientId: inv.raterId,
    caseId: inv.caseId,
    title: reminder ? '提醒：欢迎对办件服务进行评价' : '欢迎对办件服务进行评价',
    body: `您办理的“${item}”（办件编号 ${caseNumber}）已办结。欢迎对本次服务作出评价（自愿评价，不影响办理结果）：${ratePath(token)}。链接在 ${until} 前有效，仅可使用一次。`,
  });
  const phone = await contactPhone(tx, deps, inv.caseId);
  if (phone)
    await publishSms(
      tx,
      deps.cipher,
      phone,
      `【通办】${reminder ? '提醒：' : ''}您办理的“${item}”已办结，欢迎评价：${rateUrl(deps, token)}（仅可使用一次）`,
    );
}

export interface ConcludedPayload {
  caseId: string;
  caseNumber: string;
}

/** `case.concluded` → one SMS invitation per case (the unique index makes redelivery a no-op). */
export async function inviteAfterConclusion(tx: Db, deps: RatingDeps, p: ConcludedPayload, now = new Date()) {
  const [c] = await tx.select().from(serviceCase).where(eq(serviceCase.id, p.caseId));
  if (!c) return;
  const days = await intSetting(tx, 'rating.invitation-days', c);
  const [inv] = await tx
    .insert(ratingInvitation)
    .values({
      id: uuidv7(now.getTime()),
      kind: 'case',
      caseId: c.id,
      agencyId: c.agencyId,
      regionCode: c.regionCode,
      implementationCode: c.implementationCode,
      itemName: c.itemName,
      venueId: c.acceptingVenueId,
      windowCode: c.acceptingWindowCode,
      raterType: c.applicantType,
      raterId: c.applicantId,
      channel: 'sms',
      expiresAt: expiryAfter(now, days * DAY_MS),
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!inv) return; // invited already: a redelivery
  await tellRater(tx, deps, inv, c.caseNumber ?? p.caseNumber, false);
  await recordAudit(tx, SYSTEM_ACTOR, {
    action: 'rating-invitation.create',
    purpose: 'invite the applicant to rate the service',
    resource: { type: 'rating-invitation', id: inv.id },
    dataSubject: { type: c.applicantType, id: c.applicantId },
    detail: { caseId: c.id, channel: 'sms', expiresAt: inv.expiresAt.toISOString() },
  });
}

/** The smallest reminder interval in force anywhere: the candidate query's bound. */
async function shortestReminderDays(db: Db): Promise<number> {
  const rows = await db
    .select({ value: setting.value })
    .from(setting)
    .where(eq(setting.key, 'rating.reminder-days'));
  return Math.min(
    Number(findSettingDefinition('rating.reminder-days')!.default),
    ...rows.map((r) => Number(r.value)),
  );
}

/** Reminds every due invitation once (reminded_at is set in the same transaction); returns how many. */
export async function sendRatingReminders(
  db: Db,
  deps: RatingDeps,
  now = new Date(),
  batch = 200,
): Promise<number> {
  const bound = new Date(now.getTime() - (await shortestReminderDays(db)) * DAY_MS);
  let sent = 0;
  let after: Date | undefined;
  for (;;) {
    const rows = await db
      .select()
      .from(ratingInvitation)
      .where(
        and(
          isNull(ratingInvitation.usedAt),
          isNull(ratingInvitation.remindedAt),
          lte(ratingInvitation.createdAt, bound),
          gt(ratingInvitation.expiresAt, now),
          after ? gt(ratingInvitation.createdAt, after) : undefined,
        ),
      )
      .orderBy(asc(ratingInvitation.createdAt))
      .limit(batch);
    for (const inv of rows) if (await remindOne(db, deps, inv, now)) sent++;
    if (rows.length < batch) return sent;
    after = rows.at(-1)!.createdAt;
  }
}

async function remindOne(
  db: Db,
  deps: RatingDeps,
  candidate: RatingInvitationRow,
  now: Date,
): Promise<boolean> {
  if (candidate.kind !== 'case' || !candidate.caseId) return false;
  return db.transaction(async (tx) => {
    const days = await intSetting(tx, 'rating.reminder-days', candidate);
    if (!reminderDue(candidate, days, now)) return false;
    const [inv] = await tx
      .update(ratingInvitation)
      .set({ remindedAt: now })
      .where(
        and(
          eq(ratingInvitation.id, candidate.id),
          isNull(ratingInvitation.remindedAt),
          isNull(ratingInvitation.usedAt),
        ),
      )
      .returning();
    if (!inv) return false; // used or reminded meanwhile
    const [c] = await tx
      .select({ n: serviceCase.caseNumber })
      .from(serviceCase)
      .where(eq(serviceCase.id, candidate.caseId!));
    await tellRater(tx, deps, inv, c?.n ?? '', true);
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'rating-invitation.remind',
      purpose: 'remind the applicant once to rate the service',
      resource: { type: 'rating-invitation', id: inv.id },
      ...(inv.raterType && inv.raterId && { dataSubject: { type: inv.raterType, id: inv.raterId } }),
    });
    return true;
  });
}
