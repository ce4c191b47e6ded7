// Registration through HTTP: the SMS code travels through the outbox to the (dev) log adapter,
// where the test reads it as a developer would; then register, real-name verification (L1 → L2)
// and every way a code or a registration can be refused.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { and, desc, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatform, type Platform } from '../src/compose.ts';
import { DEMO_PASSWORD, DEMO_PERSONS, DEMO_REGISTRY_ONLY } from '../src/modules/identity/demo-accounts.ts';
import { account, person, verificationCode } from '../src/modules/identity/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { personalDataCrypto } from '../src/platform/crypto/personal-data.ts';
import type { Db } from '../src/platform/db/database.ts';
import { gb11643CheckChar } from '../src/platform/identifiers/gb11643.ts';
import { deliverDueEvents } from '../src/platform/outbox/deliver.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { browser, type Browser } from './browser.ts';
import { testConfig, testDatabase } from './helpers.ts';

let platform: Platform;
let db: Db;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  const config = testConfig({ LOG_LEVEL: 'info' });
  // The platform's own logger, writing into memory: the dev adapter's output is what we read.
  const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
  platform = await createPlatform(config, {
    database: await testDatabase(),
    logger,
    webDist: join(config.dataDir, 'no-web'),
  });
  db = platform.database.db;
});
afterAll(async () => {
  await platform.close();
  rmSync(platform.config.dataDir, { recursive: true, force: true });
});

let phoneSeq = 0;
/** A fresh mainland mobile number per call (never one of the demo persons'). */
const newPhone = () => `1390000${String(1000 + phoneSeq++).padStart(4, '0')}`;
const citizenId = (first17: string) => first17 + gb11643CheckChar(first17);
let idSeq = 0;
/** A fresh valid citizen ID number (Hexi district, born on a different day each call). */
const newIdNumber = () => {
  const birth = new Date(Date.UTC(1990, 0, 1) + idSeq++ * 86_400_000).toISOString().slice(0, 10);
  return citizenId(`120103${birth.replaceAll('-', '')}301`);
};
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/** Asks for a code, delivers the outbox, and reads the code from the dev adapter's log line. */
async function requestCode(b: Browser, phone: string): Promise<string> {
  const res = await b.request('POST', '/api/v1/auth/verification-codes', { phone, purpose: 'register' });
  expect(res.statusCode, res.body).toBe(202);
  expect(res.json()).toEqual({ expiresInSeconds: 300 });
  await deliverDueEvents(db, platform.handlers, { batchSize: 50, maxAttempts: 3 });
  const line = logLines.findLast((l) => (l.meta as { to?: string } | undefined)?.to === masked(phone));
  expect(line, 'the log adapter logged the message').toBeDefined();
  return /(\d{6})/.exec(String(line!.text))![1]!;
}

function registration(phone: string, code: string, over: Record<string, string> = {}) {
  return {
    username: `u${phone.slice(-6)}`,
    password: 'Secret2026',
    phone,
    code,
    name: '钱八',
    idType: '111',
    idNumber: newIdNumber(),
    ...over,
  };
}

describe('verification codes', () => {
  it('travel through the outbox encrypted, are stored hashed, and reach the dev log with the phone masked', async () => {
    const b = browser(platform.app);
    const phone = newPhone();
    const before = await db.select({ id: outboxEvent.id }).from(outboxEvent);
    const res = await b.request('POST', '/api/v1/auth/verification-codes', { phone, purpose: 'register' });
    expect(res.statusCode).toBe(202);

    const [event] = await db
      .select()
      .from(outboxEvent)
      .where(eq(outboxEvent.type, 'notification.sms'))
      .orderBy(desc(outboxEvent.createdAt))
      .limit(1);
    expect(before.some((e) => e.id === event!.id)).toBe(false);
    const payload = JSON.stringify(event!.payload);
    expect(payload).not.toContain(phone);
    expect(payload).not.toContain(phone.slice(-8));
    expect(payload).not.toMatch(/验证码/);

    await deliverDueEvents(db, platform.handlers, { batchSize: 50, maxAttempts: 3 });
    const [done] = await db.select().from(outboxEvent).where(eq(outboxEvent.id, event!.id));
    expect(done!.status).toBe('done');
    const line = logLines.findLast((l) => (l.meta as { to?: string } | undefined)?.to === masked(phone));
    expect(line).toBeDefined();
    const code = /(\d{6})/.exec(String(line!.text))![1]!;
    // The phone appears nowhere in the logs, only its masked form.
    expect(JSON.stringify(logLines)).not.toContain(phone);

    const pd = personalDataCrypto(platform.config);
    const [row] = await db
      .select()
      .from(verificationCode)
      .where(eq(verificationCode.phoneHash, pd.lookupHash(phone)));
    expect(row).toMatchObject({ purpose: 'register', attempts: 0, usedAt: null });
    expect(row!.codeHash).not.toContain(code);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeCloseTo(300_000, -3);
  });

  it('sends at most one code per phone per 60 s (429 RATE_LIMITED)', async () => {
    const b = browser(platform.app);
    const phone = newPhone();
    await requestCode(b, phone);
    const again = await b.request('POST', '/api/v1/auth/verification-codes', { phone, purpose: 'register' });
    expect(again.statusCode).toBe(429);
    expect(again.json().code).toBe('RATE_LIMITED');
    // A minute later (moved back rather than waited for) a new code may be sent.
    const pd = personalDataCrypto(platform.config);
    await db
      .update(verificationCode)
      .set({ createdAt: new Date(Date.now() - 61_000) })
      .where(eq(verificationCode.phoneHash, pd.lookupHash(phone)));
    await requestCode(b, phone);
  });

  it('limits the route per client address', async () => {
    const b = browser(platform.app);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await b.request('POST', '/api/v1/auth/verification-codes', {
        phone: newPhone(),
        purpose: 'register',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('refuses numbers that are not mainland mobiles and unknown purposes', async () => {
    const b = browser(platform.app);
    for (const body of [
      { phone: '12800000000', purpose: 'register' },
      { phone: '1380000000', purpose: 'register' },
      { phone: newPhone(), purpose: 'login' },
    ]) {
      const res = await b.request('POST', '/api/v1/auth/verification-codes', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('registration', () => {
  it('registers, signs in at real-name level 1, stores ID and phone encrypted, audits', async () => {
    const b = browser(platform.app);
    const phone = newPhone();
    const code = await requestCode(b, phone);
    const body = registration(phone, code);
    const res = await b.request('POST', '/api/v1/auth/register', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'person',
      username: body.username,
      person: { realNameLevel: 1 },
    });
    expect(b.cookies.get('tb_session')).toBeTruthy();
    const me = await b.request('GET', '/api/v1/auth/me');
    expect(me.json()).toMatchObject({
      username: body.username,
      name: '钱八',
      csrfToken: b.cookies.get('tb_csrf'),
    });

    const id = res.json().accountId as string;
    const [row] = await db.select().from(person).where(eq(person.id, id));
    const pd = personalDataCrypto(platform.config);
    expect(row!.idNumberEnc).not.toContain(body.idNumber);
    expect(pd.cipher.decrypt(row!.idNumberEnc, `person:${id}:id_number`)).toBe(body.idNumber);
    expect(pd.cipher.decrypt(row!.phoneEnc, `person:${id}:phone`)).toBe(phone);
    expect(row).toMatchObject({
      idNumberHash: pd.lookupHash(body.idNumber),
      phoneHash: pd.lookupHash(phone),
    });

    const audits = await db.select().from(auditLog).where(eq(auditLog.actorId, id));
    expect(audits.map((a) => a.action).sort()).toEqual(['auth.login', 'auth.register']);
    expect(JSON.stringify(audits)).not.toContain(body.idNumber);
    expect(JSON.stringify(audits)).not.toContain(phone);

    // The password works for a later sign-in.
    expect((await browser(platform.app).login(body.username, body.password)).statusCode).toBe(200);
  });

  it('consumes the code once', async () => {
    const b = browser(platform.app);
    const phone = newPhone();
    const code = await requestCode(b, phone);
    expect((await b.request('POST', '/api/v1/auth/register', registration(phone, code))).statusCode).toBe(
      201,
    );
    const again = await browser(platform.app).request(
      'POST',
      '/api/v1/auth/register',
      registration(phone, code, { username: `again${phone.slice(-4)}`, idNumber: newIdNumber() }),
    );
    expect(again.statusCode).toBe(422);
    expect(again.json().code).toBe('VERIFICATION_CODE_INVALID');
  });

  it('refuses a wrong code, and a right one after 5 attempts', async () => {
    const b = browser(platform.app);
    const phone = newPhone();
    const code = await requestCode(b, phone);
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await b.request('POST', '/api/v1/auth/register', registration(phone, wrongCode));
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('VERIFICATION_CODE_INVALID');
    }
    const exhausted = await b.request('POST', '/api/v1/auth/register', registration(phone, code));
    expect(exhausted.statusCode).toBe(422);
    expect(exhausted.json().code).toBe('VERIFICATION_CODE_ATTEMPTS_EXCEEDED');
    expect(b.cookies.has('tb_session')).toBe(false);
  });

  it('refuses an expired code', async () => {
    const b = browser(platform.app);
    const phone = newPhone();
    const code = await requestCode(b, phone);
    const pd = personalDataCrypto(platform.config);
    await db
      .update(verificationCode)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(verificationCode.phoneHash, pd.lookupHash(phone)));
    const res = await b.request('POST', '/api/v1/auth/register', registration(phone, code));
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('VERIFICATION_CODE_EXPIRED');
  });

  it('answers 409 "already registered" for a taken username, phone or ID number, without saying which', async () => {
    const zhangsan = DEMO_PERSONS.find((p) => p.username === 'zhangsan')!;
    const details = new Set<string>();
    const cases: Record<string, string>[] = [
      { username: 'lisi' },
      { phone: zhangsan.phone },
      { idNumber: zhangsan.idNumber },
      { idNumber: zhangsan.idNumber.toLowerCase() }, // normalised before the look-up
    ];
    for (const over of cases) {
      const b = browser(platform.app);
      const phone = over.phone ?? newPhone();
      const code = await requestCode(b, phone);
      const res = await b.request('POST', '/api/v1/auth/register', registration(phone, code, over));
      expect(res.statusCode, `${JSON.stringify(over)}: ${res.body}`).toBe(409);
      expect(res.json().code).toBe('CONFLICT');
      details.add(res.json().detail);
      expect(res.body).not.toMatch(/zhangsan|lisi|张三|李四/);
    }
    expect(details.size).toBe(1);
    expect([...details][0]).toMatch(/already registered/);
    const [count] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(account)
      .where(eq(account.username, 'lisi'));
    expect(count!.n).toBe(1);
  });

  it('validates the citizen ID (check digit), the password and the username', async () => {
    const b = browser(platform.app);
    const phone = newPhone();
    const code = await requestCode(b, phone);
    const good = registration(phone, code);
    const lastChar = good.idNumber.at(-1)!;
    const badCheck = good.idNumber.slice(0, 17) + (lastChar === '0' ? '1' : '0');
    const invalid = await b.request('POST', '/api/v1/auth/register', { ...good, idNumber: badCheck });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/body/idNumber' }] });
    const weak = await b.request('POST', '/api/v1/auth/register', { ...good, password: 'onlyletters' });
    expect(weak.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/body/password' }] });
    const badName = await b.request('POST', '/api/v1/auth/register', { ...good, username: 'Zhang San' });
    expect(badName.json().code).toBe('VALIDATION_FAILED');
    // Refused input costs no attempt: the code still registers.
    const ok = await b.request('POST', '/api/v1/auth/register', good);
    expect(ok.statusCode, ok.body).toBe(201);
  });
});

describe('real-name verification', () => {
  async function registerAs(name: string, idNumber: string): Promise<Browser> {
    const b = browser(platform.app);
    const phone = newPhone();
    const code = await requestCode(b, phone);
    const res = await b.request(
      'POST',
      '/api/v1/auth/register',
      registration(phone, code, { name, idNumber }),
    );
    expect(res.statusCode, res.body).toBe(201);
    return b;
  }

  it('raises 赵六, registered with her registry ID number, to L2 and audits it', async () => {
    const zhao = DEMO_REGISTRY_ONLY.find((p) => p.name === '赵六')!;
    const b = await registerAs(zhao.name, zhao.idNumber);
    expect((await b.request('GET', '/api/v1/auth/me')).json().person.realNameLevel).toBe(1);
    const res = await b.request('POST', '/api/v1/me/real-name-verification');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ realNameLevel: 2 });
    const me = (await b.request('GET', '/api/v1/auth/me')).json();
    expect(me.person.realNameLevel).toBe(2);
    const [row] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'identity.real-name.verify'), eq(auditLog.actorId, me.accountId)));
    expect(row).toMatchObject({ dataSubjectId: me.accountId, detail: { result: 'match', realNameLevel: 2 } });
  });

  it('leaves a name that does not match the registry, or a number it does not know, at L1', async () => {
    const sun = DEMO_REGISTRY_ONLY.find((p) => p.name === '孙七')!;
    const impostor = await registerAs('孙八', sun.idNumber);
    const unknown = await registerAs('钱九', newIdNumber());
    for (const b of [impostor, unknown]) {
      const res = await b.request('POST', '/api/v1/me/real-name-verification');
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('REAL_NAME_MISMATCH');
      const me = (await b.request('GET', '/api/v1/auth/me')).json();
      expect(me.person.realNameLevel).toBe(1);
      const [row] = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'identity.real-name.verify'), eq(auditLog.actorId, me.accountId)));
      expect(row?.detail).toEqual({ result: 'mismatch' });
    }
  });

  it('is for signed-in persons only', async () => {
    const anonymous = await browser(platform.app).request('POST', '/api/v1/me/real-name-verification');
    expect(anonymous.statusCode).toBe(401);
    const staff = browser(platform.app);
    expect((await staff.login('clerk-hexi', DEMO_PASSWORD)).statusCode).toBe(200);
    expect((await staff.request('POST', '/api/v1/me/real-name-verification')).statusCode).toBe(403);
  });
});
