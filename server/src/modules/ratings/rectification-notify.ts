// Who hears of a rectification. Staff have no inbox or phone number in the platform yet (as for
// overdue cases, cases/sweeps.ts notifySupervisors): a notice to staff is an audit entry naming
// the recipients, written in the transaction of the change (so never twice), and a log line.
// The rater gets a site message and an SMS (the text never carries personal data).
import type { Logger } from 'pino';
import type { Permission } from '../../platform/access/permissions.ts';
import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit/record.ts';
import type { FieldCipher } from '../../platform/crypto/field-encryption.ts';
import type { Db } from '../../platform/db/database.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { publishSms } from '../../platform/notify/sms.ts';
import { siteMessage } from '../cases/schema.ts';
import { legalRepresentativeOf, personPhone } from '../identity/directory.ts';
import { staffHolding } from '../identity/staff-holding.ts';
import type { RatingRow, RectificationRow } from './schema.ts';

export async function tellStaff(
  tx: Db,
  r: Pick<RectificationRow, 'id' | 'agencyId' | 'regionCode' | 'stepDue' | 'status'>,
  what: { action: string; purpose: string; permissions: readonly Permission[] },
  log?: Logger,
): Promise<string[]> {
  const recipients = new Map<string, string>();
  for (const permission of what.permissions)
    for (const h of await staffHolding(tx, permission, { agencyId: r.agencyId, regionCode: r.regionCode }))
      recipients.set(h.staffId, h.username);
  const list = [...recipients].map(([staffId, username]) => ({ staffId, username }));
  await recordAudit(tx, SYSTEM_ACTOR, {
    action: what.action,
    purpose: what.purpose,
    resource: { type: 'rectification', id: r.id },
    detail: { agencyId: r.agencyId, status: r.status, stepDue: r.stepDue, recipients: list },
  });
  log?.info(
    { meta: { rectificationId: r.id, agencyId: r.agencyId, recipients: list.map((l) => l.username) } },
    list.length ? `${what.action}: staff told` : `${what.action}: nobody holds the permission`,
  );
  return list.map((l) => l.username);
}

/** A site message to the rater and an SMS to their phone; nothing for an anonymous rating. */
export async function tellRater(
  tx: Db,
  cipher: FieldCipher,
  rating: Pick<RatingRow, 'raterType' | 'raterId' | 'caseId' | 'itemName'>,
  notice: { title: string; body: string },
): Promise<boolean> {
  if (!rating.raterType || !rating.raterId) return false;
  await tx.insert(siteMessage).values({
    id: uuidv7(),
    recipientType: rating.raterType,
    recipientId: rating.raterId,
    caseId: rating.caseId,
    title: notice.title,
    body: notice.body,
  });
  const personId =
    rating.raterType === 'person' ? rating.raterId : await legalRepresentativeOf(tx, rating.raterId);
  const phone = personId ? await personPhone(tx, cipher, personId) : undefined;
  if (phone)
    await publishSms(
      tx,
      cipher,
      phone,
      `【通办】您对“${rating.itemName ?? '政务服务'}”的评价已有整改反馈，请登录政务服务网“我的评价”查看，并告诉我们您是否满意。`,
    );
  return true;
}
