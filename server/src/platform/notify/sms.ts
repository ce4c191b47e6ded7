// Publishing an SMS: an outbox event in the caller's transaction, so the message exists exactly
// when the change that caused it committed. The phone number and the text (it may hold a code)
// are encrypted in the payload, bound to the event id; the outbox never holds them in clear.
import type { FieldCipher } from '../crypto/field-encryption.ts';
import type { Db } from '../db/database.ts';
import { uuidv7 } from '../ids.ts';
import { publish } from '../outbox/publish.ts';

export const SMS_EVENT = 'notification.sms';

export const smsAad = (eventId: string, field: 'phone' | 'text') => `notification:${eventId}:${field}`;

export async function publishSms(tx: Db, cipher: FieldCipher, phone: string, text: string): Promise<string> {
  const id = uuidv7();
  return publish(tx, {
    id,
    type: SMS_EVENT,
    payload: {
      phoneEnc: cipher.encrypt(phone, smsAad(id, 'phone')),
      textEnc: cipher.encrypt(text, smsAad(id, 'text')),
    },
  });
}
