// SMS for the notices a case sends its applicant. The dispatcher writes the site message and a
// `case.notice` event in the action's transaction; this handler turns the event into an SMS to
// the person's phone (for an enterprise: the agent who filed, else its legal representative).
// Idempotent on the event id: the SMS event (the same encrypted payload publishSms writes) gets
// an id derived from the notice event's id, so delivering the notice twice publishes one SMS.
// The text names the case and the notice title, never the applicant's personal data.
import { eq } from 'drizzle-orm';
import type { FieldCipher } from '../../platform/crypto/field-encryption.ts';
import type { Db } from '../../platform/db/database.ts';
import type { OutboxEvent } from '../../platform/outbox/publish.ts';
import { SMS_EVENT, smsAad } from '../../platform/notify/sms.ts';
import { publish } from '../../platform/outbox/publish.ts';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import { legalRepresentativeOf, personPhone } from '../identity/directory.ts';
import { serviceCase, siteMessage } from './schema.ts';

export const CASE_NOTICE_EVENT = 'case.notice';

interface NoticePayload {
  messageId: string;
  caseId: string;
  recipientType: 'person' | 'enterprise';
  recipientId: string;
}

/** The person who hears of a subject's cases by SMS. */
async function contactPerson(tx: Db, p: NoticePayload, agentPersonId: string | null) {
  if (p.recipientType === 'person') return p.recipientId;
  return agentPersonId ?? legalRepresentativeOf(tx, p.recipientId);
}

/** The id of the SMS of a notice event: a UUID (version 8, RFC 9562) derived from the event id. */
export function smsIdFor(eventId: string): string {
  const h = sm3Hex(`case.notice-sms:${eventId}`).slice(0, 32).split('');
  h[12] = '8';
  h[16] = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  const x = h.join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export function caseNoticeHandler(cipher: FieldCipher) {
  return async (event: OutboxEvent, tx: Db): Promise<void> => {
    const p = event.payload as unknown as NoticePayload;
    const [m] = await tx
      .select({ title: siteMessage.title })
      .from(siteMessage)
      .where(eq(siteMessage.id, p.messageId));
    const [c] = await tx
      .select({ caseNumber: serviceCase.caseNumber, agentPersonId: serviceCase.agentPersonId })
      .from(serviceCase)
      .where(eq(serviceCase.id, p.caseId));
    if (!m || !c) return; // nothing to tell any more (a purged draft)
    const personId = await contactPerson(tx, p, c.agentPersonId);
    const phone = personId ? await personPhone(tx, cipher, personId) : undefined;
    if (!phone) return;
    const id = smsIdFor(event.id);
    const text = `【通办】您的办件${c.caseNumber ?? ''}：${m.title}。详情请登录政务服务网“我的办件”查看。`;
    await publish(tx, {
      id,
      type: SMS_EVENT,
      payload: {
        phoneEnc: cipher.encrypt(phone, smsAad(id, 'phone')),
        textEnc: cipher.encrypt(text, smsAad(id, 'text')),
      },
    });
  };
}
