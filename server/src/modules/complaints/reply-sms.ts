// The SMS a reply sends: to the contact phone given with the order, else (a person's own order)
// to the person's phone on file. The text names the order, never personal data.
import type { FieldCipher } from '../../platform/crypto/field-encryption.ts';
import type { Db } from '../../platform/db/database.ts';
import { publishSms } from '../../platform/notify/sms.ts';
import { personPhone } from '../identity/directory.ts';
import { phoneAad } from './filing.service.ts';
import type { ComplaintRow } from './schema.ts';

export async function replySms(tx: Db, cipher: FieldCipher, c: ComplaintRow): Promise<boolean> {
  const phone = c.contactPhoneEnc
    ? cipher.decrypt(c.contactPhoneEnc, phoneAad(c.id))
    : c.complainantType === 'person' && c.complainantId && !c.anonymous
      ? await personPhone(tx, cipher, c.complainantId)
      : undefined;
  if (!phone) return false;
  await publishSms(
    tx,
    cipher,
    phone,
    `【通办】您反映的问题（${c.complaintNumber}）已答复，请登录政务服务网“我的诉求”查看，或等待回访。`,
  );
  return true;
}
