// SMS through an e-mail-to-SMS gateway: each message is mailed via the SMTP relay of SMTP_URL
// to the gateway address with the number filled in. The URL carries the envelope:
//   smtp://user:pass@relay.example:587?from=noreply@tongban.example&to={phone}@sms.example
// (smtps:// for implicit TLS; STARTTLS is used whenever the relay offers it). Only a masked
// number is logged.
import type { Logger } from 'pino';
import { maskPhone, type NotificationAdapter } from './adapter.ts';
import { sendMail } from './smtp-client.ts';

export interface SmtpSettings {
  relay: string;
  from: string;
  to: string;
}

/** Reads and checks SMTP_URL; throws (at start) when it cannot work. */
export function smtpSettings(smtpUrl: string | undefined): SmtpSettings {
  if (!smtpUrl) throw new Error('SMTP notification adapter is not configured: set SMTP_URL');
  const url = new URL(smtpUrl);
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  if (!['smtp:', 'smtps:'].includes(url.protocol) || !from || !to?.includes('{phone}')) {
    throw new Error(
      'SMTP notification adapter is not configured: SMTP_URL must be smtp(s)://[user:pass@]host[:port]?from=…&to=…{phone}…',
    );
  }
  url.search = '';
  return { relay: url.toString(), from, to };
}

export function smtpAdapter(
  smtpUrl: string | undefined,
  logger: Logger,
  send: typeof sendMail = sendMail,
): NotificationAdapter {
  const settings = smtpSettings(smtpUrl);
  return {
    sendSms: async (phone, text) => {
      await send(settings.relay, {
        from: settings.from,
        to: settings.to.replace('{phone}', phone),
        subject: '通办 Tongban',
        text,
      });
      logger.info({ meta: { channel: 'sms', via: 'smtp', to: maskPhone(phone) } }, 'notification sent');
    },
  };
}
