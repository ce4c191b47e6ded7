import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { maskPhone } from './adapter.ts';
import { logAdapter } from './log-adapter.ts';
import { notificationAdapter } from './select.ts';

const capture = () => {
  const lines: Record<string, unknown>[] = [];
  return { lines, logger: pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l)) }) };
};

describe('notification adapters', () => {
  it('mask phone numbers: first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('12345')).toBe('*****');
  });

  it('log the text with the phone masked outside production', async () => {
    const { lines, logger } = capture();
    await logAdapter(logger, { revealText: true }).sendSms('13812345678', '验证码 123456');
    expect(lines[0]).toMatchObject({ meta: { channel: 'sms', to: '138****5678' }, text: '验证码 123456' });
    expect(JSON.stringify(lines)).not.toContain('13812345678');
  });

  it('withhold the text (it holds codes) from the log in production', async () => {
    const { lines, logger } = capture();
    const adapter = notificationAdapter(
      { nodeEnv: 'production', notifyAdapter: 'log', smtpUrl: undefined },
      logger,
    );
    await adapter.sendSms('13812345678', '验证码 123456');
    expect(JSON.stringify(lines)).not.toContain('123456');
    expect(lines[0]).toMatchObject({ meta: { to: '138****5678' } });
  });

  it('select the SMTP adapter by configuration, refusing a URL it cannot use', () => {
    const { logger } = capture();
    const smtp = (smtpUrl: string) =>
      notificationAdapter({ nodeEnv: 'test', notifyAdapter: 'smtp', smtpUrl }, logger);
    expect(() => smtp('smtp://relay.example:587')).toThrow(/SMTP notification adapter is not configured/);
    expect(smtp('smtp://relay.example:587?from=a@b.example&to={phone}@sms.example').sendSms).toBeTypeOf(
      'function',
    );
  });
});
