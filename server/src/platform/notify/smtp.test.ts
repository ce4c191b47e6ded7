// The SMTP adapter against a fake relay on a local port: the conversation, the message as the
// gateway receives it, and a refusal that must fail the send (so the outbox retries it).
import { createServer, type AddressInfo, type Server } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smtpAdapter, smtpSettings } from './smtp-adapter.ts';

let server: Server;
let port = 0;
let commands: string[] = [];
let messages: string[] = [];
let refuseRecipient = false;

beforeAll(async () => {
  server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    socket.write('220 fake.relay ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          messages.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 queued\r\n');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        commands.push(line);
        const verb = line.split(/[ :]/)[0]!.toUpperCase();
        if (verb === 'EHLO') socket.write('250-fake.relay\r\n250-8BITMIME\r\n250 AUTH PLAIN\r\n');
        else if (verb === 'AUTH') socket.write('235 ok\r\n');
        else if (verb === 'MAIL') socket.write('250 ok\r\n');
        else if (verb === 'RCPT') socket.write(refuseRecipient ? '550 no such user\r\n' : '250 ok\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('502 not implemented\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  commands = [];
  messages = [];
  refuseRecipient = false;
});

const url = () =>
  `smtp://gw%40user:p%40ss@127.0.0.1:${port}?from=noreply@tongban.example&to={phone}@sms.example`;
const silent = pino({ level: 'silent' });

describe('SMTP notification adapter', () => {
  it('mails the text to the gateway address, authenticated, as UTF-8', async () => {
    await smtpAdapter(url(), silent).sendSms('13812345678', '【通办】您的注册验证码是 123456');
    expect(commands.map((c) => c.split(' ')[0])).toEqual(['EHLO', 'AUTH', 'MAIL', 'RCPT', 'DATA', 'QUIT']);
    const auth = Buffer.from(commands[1]!.split(' ')[2]!, 'base64').toString('utf8');
    expect(auth).toBe('\0gw@user\0p@ss');
    expect(commands[2]).toBe('MAIL FROM:<noreply@tongban.example>');
    expect(commands[3]).toBe('RCPT TO:<13812345678@sms.example>');
    const [headers, body] = messages[0]!.split('\r\n\r\n');
    expect(headers).toContain('Content-Type: text/plain; charset=utf-8');
    expect(Buffer.from(body!.replace(/\r\n/g, ''), 'base64').toString('utf8')).toBe(
      '【通办】您的注册验证码是 123456',
    );
  });

  it('fails the send when the relay refuses, so the outbox retries', async () => {
    refuseRecipient = true;
    await expect(smtpAdapter(url(), silent).sendSms('13812345678', 'x')).rejects.toThrow(
      /RCPT TO refused: 550/,
    );
    expect(messages).toEqual([]);
  });

  it('refuses at start an SMTP_URL without envelope or with another scheme', () => {
    expect(() => smtpSettings(undefined)).toThrow(/not configured/);
    expect(() => smtpSettings('smtp://relay.example:25')).toThrow(/not configured/);
    expect(() => smtpSettings('http://relay.example?from=a@b&to={phone}@c')).toThrow(/not configured/);
    expect(smtpSettings('smtps://relay.example?from=a@b&to={phone}@c')).toEqual({
      relay: 'smtps://relay.example',
      from: 'a@b',
      to: '{phone}@c',
    });
  });
});
