// The development adapter: writes the message to the log, with the phone number masked, so a
// developer can read a verification code without an SMS gateway. In production the text (which
// holds the code) is withheld — only that a message went to the masked number is logged.
import type { Logger } from 'pino';
import { maskPhone, type NotificationAdapter } from './adapter.ts';

export function logAdapter(logger: Logger, opts: { revealText: boolean }): NotificationAdapter {
  return {
    sendSms: async (phone, text) => {
      logger.info(
        { meta: { channel: 'sms', to: maskPhone(phone) }, text: opts.revealText ? text : '[withheld]' },
        'notification sent (log adapter)',
      );
    },
  };
}
