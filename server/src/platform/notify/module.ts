// Notification delivery: the outbox handler for SMS events decrypts the payload and hands the
// message to the configured adapter. Nothing about the recipient is logged but a masked number.
import { personalDataCrypto } from '../crypto/personal-data.ts';
import type { TongbanModule } from '../module.ts';
import { notificationAdapter } from './select.ts';
import { SMS_EVENT, smsAad } from './sms.ts';

export const notifyModule: TongbanModule = {
  name: 'notify',
  handlers: (handlers, ctx) => {
    const { cipher } = personalDataCrypto(ctx.config);
    const adapter = notificationAdapter(ctx.config, ctx.logger);
    handlers.on(SMS_EVENT, 'notify.sms', async (event) => {
      const { phoneEnc, textEnc } = event.payload as { phoneEnc: string; textEnc: string };
      await adapter.sendSms(
        cipher.decrypt(phoneEnc, smsAad(event.id, 'phone')),
        cipher.decrypt(textEnc, smsAad(event.id, 'text')),
      );
    });
  },
};
