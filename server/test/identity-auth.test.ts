// Signing in and staying signed in, through HTTP: passwords, lockout, the TOTP second factor and
// its replay protection, sessions and logout, CSRF on cookie writes, acting for an enterprise and
// the lapse of that authorisation, the audit trail, and the cookie flags per run mode.
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_ENTERPRISE,
  DEMO_PASSWORD,
  DEMO_PERSONS,
  DEMO_STAFF,
} from '../src/modules/identity/demo-accounts.ts';
import { account, agentAuthorization, enterprise } from '../src/modules/identity/schema.ts';
import { totpCode } from '../src/modules/identity/totp.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import type { Db } from '../src/platform/db/database.ts';
import { browser } from './browser.ts';
import { ADMIN, testPlatform, type TestPlatform } from './helpers.ts';

let platform: TestPlatform;
let db: Db;
beforeAll(async () => {
  platform = await testPlatform();
  db = platform.database.db;
});
afterAll(() => platform.dispose());

const secretOf = (username: string) => DEMO_STAFF.find((s) => s.username === username)!.totpSecret!;
const accountId = async (username: string) =>
  (await db.select({ id: account.id }).from(account).where(eq(account.username, username)))[0]!.id;
/** A code that is certainly not valid now (one digit changed). */
const wrong = (code: string) => String((Number(code[0]) + 5) % 10) + code.slice(1);
const auditRows = async (action: string, actorId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.actorId, actorId)))
    .orderBy(desc(auditLog.occurredAt));

// Every test starts from fresh login counters and an unused TOTP step.
beforeEach(async () => {
  await db.update(account).set({ failedLogins: 0, lockedUntil: null, totpLastStep: null });
});

describe('password sign-in', () => {
  it.each(DEMO_PERSONS.map((p) => [p.username, p.name] as const))('signs in %s', async (username, name) => {
    const b = browser(platform.app);
    const res = await b.login(username, DEMO_PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'person', username, name, person: { realNameLevel: 2 } });
    expect(b.cookies.get('tb_session')).toBeTruthy();
    const me = await b.request('GET', '/api/v1/auth/me');
    expect(me.json()).toMatchObject({ username, csrfToken: b.cookies.get('tb_csrf') });
    expect((await auditRows('auth.login', await accountId(username))).length).toBeGreaterThan(0);
  });

  it('answers a wrong password and an unknown user alike: 401 INVALID_CREDENTIALS', async () => {
    const b = browser(platform.app);
    const wrongPassword = await b.login('zhangsan', 'Wrong@2026');
    const unknown = await b.login('nobody-here', 'Wrong@2026');
    for (const res of [wrongPassword, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('INVALID_CREDENTIALS');
    }
    const { instance: _a, ...first } = wrongPassword.json();
    const { instance: _b, ...second } = unknown.json();
    expect(first).toEqual(second);
    expect(b.cookies.has('tb_session')).toBe(false);
    const failed = await auditRows('auth.login.failed', await accountId('zhangsan'));
    expect(failed[0]?.detail).toMatchObject({ factor: 'password', failures: 1 });
  });

  it('locks the account at the 5th failure, even against the right password, until the lock ends', async () => {
    const b = browser(platform.app);
    for (let i = 1; i <= 4; i++)
      expect((await b.login('lisi', `Wrong@${i}x`)).json().code).toBe('INVALID_CREDENTIALS');
    const fifth = await b.login('lisi', 'Wrong@5x');
    expect(fifth.json().code).toBe('INVALID_CREDENTIALS');
    const locked = await b.login('lisi', DEMO_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');
    const [row] = await db.select().from(account).where(eq(account.username, 'lisi'));
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 50_000);

    // The lock time passes (moved into the past rather than waited for).
    await db
      .update(account)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(account.username, 'lisi'));
    const after = await b.login('lisi', DEMO_PASSWORD);
    expect(after.statusCode, after.body).toBe(200);
    const [reset] = await db.select().from(account).where(eq(account.username, 'lisi'));
    expect(reset!.failedLogins).toBe(0);
  });

  it('lets clerk-hexi (no second-factor permission) in with the password alone', async () => {
    const res = await browser(platform.app).login('clerk-hexi', DEMO_PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'staff', secondFactor: false });
  });
});

describe('second factor', () => {
  it.each(['office-admin', 'auditor'])('%s needs a valid TOTP code', async (username) => {
    const b = browser(platform.app);
    const none = await b.login(username, DEMO_PASSWORD);
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('SECOND_FACTOR_REQUIRED');
    const code = totpCode(secretOf(username));
    const bad = await b.login(username, DEMO_PASSWORD, wrong(code));
    expect(bad.statusCode).toBe(401);
    expect(bad.json().code).toBe('SECOND_FACTOR_INVALID');
    expect(b.cookies.has('tb_session')).toBe(false);
    const ok = await b.login(username, DEMO_PASSWORD, code);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ kind: 'staff', username, secondFactor: true });
    const [login] = await auditRows('auth.login', await accountId(username));
    expect(login?.detail).toMatchObject({ mfa: true });
  });

  it('refuses a TOTP code that was already used (replay), then accepts the next step', async () => {
    const secret = secretOf('auditor');
    const code = totpCode(secret);
    expect((await browser(platform.app).login('auditor', DEMO_PASSWORD, code)).statusCode).toBe(200);
    const replay = await browser(platform.app).login('auditor', DEMO_PASSWORD, code);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('SECOND_FACTOR_INVALID');
    const next = await browser(platform.app).login(
      'auditor',
      DEMO_PASSWORD,
      totpCode(secret, Date.now() + 30_000),
    );
    expect(next.statusCode, next.body).toBe(200);
  });
});

describe('own TOTP enrolment', () => {
  it('stays pending (no lock-out) until confirmed; then sign-in requires it, each code once', async () => {
    const b = browser(platform.app);
    expect((await b.login('reviewer-scjg', DEMO_PASSWORD)).statusCode).toBe(200);
    const start = await b.request('POST', '/api/v1/auth/totp');
    expect(start.statusCode, start.body).toBe(200);
    const { secret, otpauthUri } = start.json() as { secret: string; otpauthUri: string };
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(otpauthUri).toContain('reviewer-scjg');
    const [pending] = await db.select().from(account).where(eq(account.username, 'reviewer-scjg'));
    expect(pending).toMatchObject({ totpSecretEnc: null });
    expect(pending!.totpPendingEnc).not.toContain(secret);

    // A pending secret does not lock its owner out.
    expect((await browser(platform.app).login('reviewer-scjg', DEMO_PASSWORD)).statusCode).toBe(200);

    const code = totpCode(secret);
    const bad = await b.request('POST', '/api/v1/auth/totp/confirm', { code: wrong(code) });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('TOTP_CONFIRMATION_FAILED');
    const noCsrf = await b.request('POST', '/api/v1/auth/totp/confirm', { code }, { csrf: false });
    expect(noCsrf.json().code).toBe('CSRF_FAILED');
    const ok = await b.request('POST', '/api/v1/auth/totp/confirm', { code });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ enabled: true });
    expect((await b.request('GET', '/api/v1/auth/me')).json().secondFactor).toBe(true);
    expect((await b.request('POST', '/api/v1/auth/totp')).statusCode).toBe(409);

    const none = await browser(platform.app).login('reviewer-scjg', DEMO_PASSWORD);
    expect(none.json().code).toBe('SECOND_FACTOR_REQUIRED');
    // The confirming code is spent; the next step's code signs in.
    const spent = await browser(platform.app).login('reviewer-scjg', DEMO_PASSWORD, code);
    expect(spent.json().code).toBe('SECOND_FACTOR_INVALID');
    const next = await browser(platform.app).login(
      'reviewer-scjg',
      DEMO_PASSWORD,
      totpCode(secret, Date.now() + 30_000),
    );
    expect(next.statusCode, next.body).toBe(200);
    const actions = (
      await db
        .select()
        .from(auditLog)
        .where(eq(auditLog.actorId, await accountId('reviewer-scjg')))
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.totp.enrol', 'auth.totp.enable']));
  });

  it('cannot be confirmed without a pending enrolment, nor used by the anonymous', async () => {
    const b = browser(platform.app);
    await b.login('catalog-admin', DEMO_PASSWORD);
    const res = await b.request('POST', '/api/v1/auth/totp/confirm', { code: '123456' });
    expect(res.statusCode).toBe(409);
    expect((await browser(platform.app).request('POST', '/api/v1/auth/totp')).statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('logout revokes the session: the cookie no longer signs in', async () => {
    const b = browser(platform.app);
    await b.login('zhangsan', DEMO_PASSWORD);
    const token = b.cookies.get('tb_session')!;
    const csrf = b.cookies.get('tb_csrf')!;
    const out = await b.request('POST', '/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(b.cookies.has('tb_session')).toBe(false);
    // The old cookie, replayed by hand, is a stranger now.
    const me = await platform.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `tb_session=${token}; tb_csrf=${csrf}` },
    });
    expect(me.statusCode).toBe(401);
    expect((await auditRows('auth.logout', await accountId('zhangsan'))).length).toBe(1);
  });

  it('lists own sessions and revokes another of them; someone else’s is 404', async () => {
    const laptop = browser(platform.app);
    const phone = browser(platform.app);
    await laptop.login('ent-admin', DEMO_PASSWORD);
    await phone.login('ent-admin', DEMO_PASSWORD);
    const other = browser(platform.app);
    await other.login('zhangsan', DEMO_PASSWORD);

    const list = await laptop.request('GET', '/api/v1/auth/sessions');
    const items = list.json().items as { id: string; current: boolean }[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    const phoneSession = items.find((s) => !s.current)!;

    const zhangsanSessions = (await other.request('GET', '/api/v1/auth/sessions')).json().items as {
      id: string;
    }[];
    const foreign = await laptop.request('DELETE', `/api/v1/auth/sessions/${zhangsanSessions[0]!.id}`);
    expect(foreign.statusCode).toBe(404);
    expect((await other.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);

    expect((await laptop.request('DELETE', `/api/v1/auth/sessions/${phoneSession.id}`)).statusCode).toBe(204);
    expect((await phone.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await laptop.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses cookie-authenticated writes without X-CSRF-Token and accepts them with it', async () => {
    const b = browser(platform.app);
    await b.login('lisi', DEMO_PASSWORD);
    const put = await b.request('PUT', '/api/v1/auth/acting-for', { enterpriseId: null }, { csrf: false });
    expect(put.statusCode).toBe(403);
    expect(put.json().code).toBe('CSRF_FAILED');
    const forged = await b.request(
      'PUT',
      '/api/v1/auth/acting-for',
      { enterpriseId: null },
      {
        csrf: false,
        headers: { 'x-csrf-token': 'f'.repeat(32) },
      },
    );
    expect(forged.json().code).toBe('CSRF_FAILED');
    expect((await b.request('PUT', '/api/v1/auth/acting-for', { enterpriseId: null })).statusCode).toBe(200);

    const sessions = (await b.request('GET', '/api/v1/auth/sessions')).json().items as { id: string }[];
    const del = await b.request('DELETE', `/api/v1/auth/sessions/${sessions[0]!.id}`, undefined, {
      csrf: false,
    });
    expect(del.json().code).toBe('CSRF_FAILED');

    const post = await b.request('POST', '/api/v1/auth/logout', undefined, { csrf: false });
    expect(post.statusCode).toBe(403);
    expect(post.json().code).toBe('CSRF_FAILED');
    expect((await b.request('GET', '/api/v1/auth/me')).statusCode).toBe(200); // still signed in
    expect((await b.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
  });

  it('needs no CSRF token for bearer-authenticated (operator) writes', async () => {
    const res = await platform.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/days/2031-03-04',
      headers: ADMIN,
      payload: { kind: 'rest', name: '测试', reason: 'CSRF test: bearer writes' },
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('acting for an enterprise', () => {
  const enterpriseId = async () =>
    (
      await db.select({ id: enterprise.id }).from(enterprise).where(eq(enterprise.uscc, DEMO_ENTERPRISE.uscc))
    )[0]!.id;

  it('lets the agent lisi act for the demo enterprise, and audits it', async () => {
    const b = browser(platform.app);
    await b.login('lisi', DEMO_PASSWORD);
    const id = await enterpriseId();
    const res = await b.request('PUT', '/api/v1/auth/acting-for', { enterpriseId: id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().actingFor).toMatchObject({ id, uscc: DEMO_ENTERPRISE.uscc });
    expect((await b.request('GET', '/api/v1/auth/me')).json().actingFor).toMatchObject({ id });
    const [row] = await auditRows('auth.acting-for', await accountId('lisi'));
    expect(row).toMatchObject({ onBehalfOfType: 'enterprise', onBehalfOfId: id });
  });

  it('answers 404 to zhangsan, whom the enterprise never authorised', async () => {
    const b = browser(platform.app);
    await b.login('zhangsan', DEMO_PASSWORD);
    const res = await b.request('PUT', '/api/v1/auth/acting-for', { enterpriseId: await enterpriseId() });
    expect(res.statusCode).toBe(404);
    expect((await b.request('GET', '/api/v1/auth/me')).json().actingFor).toBeNull();
  });

  it('falls back to the person when the authorisation expires: 403 AGENT_AUTHORIZATION_LAPSED once', async () => {
    const b = browser(platform.app);
    await b.login('lisi', DEMO_PASSWORD);
    const id = await enterpriseId();
    expect((await b.request('PUT', '/api/v1/auth/acting-for', { enterpriseId: id })).statusCode).toBe(200);
    const outside = '/api/v1/calendar/working-days?from=2025-09-26&days=5';
    expect((await b.request('GET', outside)).statusCode).toBe(200);

    const lisi = await accountId('lisi');
    const [auth] = await db
      .select()
      .from(agentAuthorization)
      .where(and(eq(agentAuthorization.personId, lisi), eq(agentAuthorization.enterpriseId, id)));
    try {
      await db
        .update(agentAuthorization)
        .set({ expiresAt: new Date(Date.now() - 60_000) })
        .where(eq(agentAuthorization.id, auth!.id));
      const lapsed = await b.request('GET', outside);
      expect(lapsed.statusCode).toBe(403);
      expect(lapsed.json().code).toBe('AGENT_AUTHORIZATION_LAPSED');
      const me = (await b.request('GET', '/api/v1/auth/me')).json();
      expect(me.actingFor).toBeNull();
      expect(me.enterprises).toEqual([]);
      expect((await b.request('GET', outside)).statusCode).toBe(200); // as the person again
      const back = await b.request('PUT', '/api/v1/auth/acting-for', { enterpriseId: id });
      expect(back.statusCode).toBe(404);
    } finally {
      await db
        .update(agentAuthorization)
        .set({ expiresAt: auth!.expiresAt })
        .where(eq(agentAuthorization.id, auth!.id));
    }
  });

  it('on /api/v1/auth/ paths a lapsed authorisation just falls back, without an error', async () => {
    const b = browser(platform.app);
    await b.login('lisi', DEMO_PASSWORD);
    const id = await enterpriseId();
    await b.request('PUT', '/api/v1/auth/acting-for', { enterpriseId: id });
    await db.execute(
      sql`update agent_authorization set expires_at = now() - interval '1 minute' where enterprise_id = ${id}`,
    );
    try {
      const me = await b.request('GET', '/api/v1/auth/me');
      expect(me.statusCode).toBe(200);
      expect(me.json().actingFor).toBeNull();
    } finally {
      await db
        .update(agentAuthorization)
        .set({ expiresAt: new Date(DEMO_ENTERPRISE.agentExpires) })
        .where(eq(agentAuthorization.enterpriseId, id));
    }
  });
});
