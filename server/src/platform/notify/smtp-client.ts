// A minimal SMTP client (RFC 5321) on node:net / node:tls — enough to hand one message to a
// relay: EHLO, STARTTLS when offered (or implicit TLS with smtps://), AUTH PLAIN, MAIL, RCPT,
// DATA, QUIT. No dependency; every reply is checked and a wrong one fails the whole send.
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

export interface SmtpMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
}

const TIMEOUT_MS = 15_000;

/** Reads SMTP replies (multi-line: "250-…" … "250 …") from a socket, one at a time. */
function replyReader(socket: Socket) {
  let buffer = '';
  let lines: string[] = [];
  const ready: { code: number; text: string }[] = [];
  let waiting: ((r: { code: number; text: string }) => void) | null = null;
  let failed: ((e: Error) => void) | null = null;
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl).replace(/\r$/, '');
      buffer = buffer.slice(nl + 1);
      lines.push(line);
      if (/^\d{3}(?: |$)/.test(line)) {
        const reply = { code: Number(line.slice(0, 3)), text: lines.map((l) => l.slice(4)).join('\n') };
        lines = [];
        if (waiting) {
          const w = waiting;
          waiting = null;
          w(reply);
        } else ready.push(reply);
      }
    }
  };
  socket.on('data', onData);
  socket.on('error', (e) => failed?.(e));
  socket.on('close', () => failed?.(new Error('SMTP connection closed')));
  return {
    next: () =>
      new Promise<{ code: number; text: string }>((resolve, reject) => {
        const r = ready.shift();
        if (r) return resolve(r);
        waiting = resolve;
        failed = reject;
      }),
    detach: () => socket.off('data', onData),
  };
}

const encodeHeader = (s: string) => `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
const base64Lines = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');

export function formatMessage(m: SmtpMessage, now = new Date()): string {
  return [
    `From: ${m.from}`,
    `To: ${m.to}`,
    `Subject: ${encodeHeader(m.subject)}`,
    `Date: ${now.toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(m.text),
  ].join('\r\n');
}

async function open(url: URL): Promise<Socket> {
  const port = Number(url.port || (url.protocol === 'smtps:' ? 465 : 25));
  const host = url.hostname;
  return new Promise((resolve, reject) => {
    const socket =
      url.protocol === 'smtps:'
        ? tlsConnect({ host, port, servername: host }, () => resolve(socket))
        : netConnect({ host, port }, () => resolve(socket));
    socket.once('error', reject);
    socket.setTimeout(TIMEOUT_MS, () => socket.destroy(new Error('SMTP timeout')));
  });
}

/** Sends one message through the relay at `smtpUrl` (smtp:// or smtps://, user:pass optional). */
export async function sendMail(smtpUrl: string, message: SmtpMessage): Promise<void> {
  const url = new URL(smtpUrl);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new Error('SMTP_URL must be smtp:// or smtps://');
  let socket = await open(url);
  let replies = replyReader(socket);
  const expect = async (codes: number[], what: string) => {
    const r = await replies.next();
    if (!codes.includes(r.code)) throw new Error(`SMTP ${what} refused: ${r.code} ${r.text.slice(0, 200)}`);
    return r;
  };
  const command = async (line: string, codes: number[], what = line.split(' ')[0]!) => {
    socket.write(`${line}\r\n`);
    return expect(codes, what);
  };
  try {
    await expect([220], 'greeting');
    let ehlo = await command('EHLO tongban', [250]);
    if (url.protocol === 'smtp:' && /^STARTTLS$/im.test(ehlo.text)) {
      await command('STARTTLS', [220]);
      replies.detach();
      socket = await new Promise<Socket>((resolve, reject) => {
        const secure = tlsConnect({ socket, servername: url.hostname }, () => resolve(secure));
        secure.once('error', reject);
      });
      replies = replyReader(socket);
      ehlo = await command('EHLO tongban', [250]);
    }
    if (url.username) {
      const plain = `\0${decodeURIComponent(url.username)}\0${decodeURIComponent(url.password)}`;
      await command(`AUTH PLAIN ${Buffer.from(plain, 'utf8').toString('base64')}`, [235], 'AUTH');
    }
    await command(`MAIL FROM:<${message.from}>`, [250], 'MAIL FROM');
    await command(`RCPT TO:<${message.to}>`, [250, 251], 'RCPT TO');
    await command('DATA', [354]);
    // Dot-stuffing is not needed: the body is base64 and the headers never start with a dot.
    await command(`${formatMessage(message)}\r\n.`, [250], 'message');
    await command('QUIT', [221]);
  } finally {
    socket.destroy();
  }
}
