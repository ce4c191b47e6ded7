// 一企一档 skeleton: a verified legal representative registers their enterprise against the base
// registry; only they manage its agents (everyone else: 404); an agent sees their authorisations,
// and a revoked or expired authorisation no longer lets them act for the enterprise.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ENTERPRISE, DEMO_PERSONS } from '../src/modules/identity/demo-accounts.ts';
import {
  account,
  agentAuthorization,
  baseEnterprise,
  enterprise,
  person,
} from '../src/modules/identity/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { personalDataCrypto } from '../src/platform/crypto/personal-data.ts';
import { usccCheckChar } from '../src/platform/identifiers/uscc.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { anonymous, signIn, type Caller } from './identity-callers.ts';

let p: TestPlatform;
let zhangsan: Caller;
let lisi: Caller;
let entAdmin: Caller;
let clerk: Caller;
let demoEnterpriseId: string;
const ids = new Map<string, string>();
const uscc = (body17: string) => body17 + usccCheckChar(body17);
const ZHANG_USCC = uscc('91120103MA0TB2027');
const LISI_USCC = uscc('91120104MA0TB2028');
const inYears = (years: number) => new Date(Date.now() + years * 365.25 * 86_400_000).toISOString();

beforeAll(async () => {
  p = await testPlatform();
  const db = p.database.db;
  for (const row of await db.select({ id: account.id, username: account.username }).from(account))
    ids.set(row.username, row.id);
  [{ id: demoEnterpriseId }] = (await db
    .select({ id: enterprise.id })
    .from(enterprise)
    .where(eq(enterprise.uscc, DEMO_ENTERPRISE.uscc))) as [{ id: string }];
  const hash = personalDataCrypto(p.config).lookupHash;
  const rep = (username: string) => DEMO_PERSONS.find((d) => d.username === username)!;
  await db.insert(baseEnterprise).values([
    {
      uscc: ZHANG_USCC,
      name: '张三餐饮有限公司',
      legalRepName: '张三',
      legalRepIdType: '111',
      legalRepIdHash: hash(rep('zhangsan').idNumber),
      regionCode: '120103',
    },
    {
      uscc: LISI_USCC,
      name: '李四商贸有限公司',
      legalRepName: '李四',
      legalRepIdType: '111',
      legalRepIdHash: hash(rep('lisi').idNumber),
      regionCode: '120104',
    },
  ]);
  zhangsan = await signIn(p.app, 'zhangsan');
  lisi = await signIn(p.app, 'lisi');
  entAdmin = await signIn(p.app, 'ent-admin');
  clerk = await signIn(p.app, 'clerk-hexi');
});
afterAll(() => p.dispose());

const audits = (action: string) =>
  p.database.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.id));

describe('POST /api/v1/enterprises', () => {
  it('registers the enterprise of its verified legal representative', async () => {
    const res = await zhangsan.request('POST', '/api/v1/enterprises', { uscc: ZHANG_USCC });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ uscc: ZHANG_USCC, name: '张三餐饮有限公司', regionCode: '120103' });
    const me = await zhangsan.request('GET', '/api/v1/auth/me');
    expect(me.json().enterprises).toContainEqual(
      expect.objectContaining({ uscc: ZHANG_USCC, role: 'legal-representative' }),
    );
    expect((await audits('enterprise.register')).at(-1)).toMatchObject({
      actorId: ids.get('zhangsan'),
      resourceId: res.json().id,
    });
  });

  it('answers 409 the second time', async () => {
    const res = await zhangsan.request('POST', '/api/v1/enterprises', { uscc: ZHANG_USCC });
    expect(res.statusCode).toBe(409);
  });

  it('refuses anyone who is not the registered legal representative, with one answer', async () => {
    const other = await lisi.request('POST', '/api/v1/enterprises', { uscc: DEMO_ENTERPRISE.uscc });
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('ENTERPRISE_NOT_VERIFIED');
    const unknown = await lisi.request('POST', '/api/v1/enterprises', { uscc: uscc('91120103MA0XX0000') });
    expect(unknown.json().code).toBe('ENTERPRISE_NOT_VERIFIED');
    expect(unknown.json().title).toBe(other.json().title);
  });

  it('needs real-name level 2', async () => {
    const db = p.database.db;
    await db
      .update(person)
      .set({ realNameLevel: 1 })
      .where(eq(person.id, ids.get('lisi')!));
    try {
      const res = await lisi.request('POST', '/api/v1/enterprises', { uscc: LISI_USCC });
      expect(res.json().code).toBe('ENTERPRISE_NOT_VERIFIED');
    } finally {
      await db
        .update(person)
        .set({ realNameLevel: 2 })
        .where(eq(person.id, ids.get('lisi')!));
    }
  });

  it('validates the USCC and is for signed-in persons only', async () => {
    const bad = ZHANG_USCC.slice(0, 17) + (ZHANG_USCC.endsWith('0') ? '1' : '0');
    expect((await zhangsan.request('POST', '/api/v1/enterprises', { uscc: bad })).statusCode).toBe(400);
    expect(
      (await anonymous(p.app).request('POST', '/api/v1/enterprises', { uscc: LISI_USCC })).statusCode,
    ).toBe(401);
    expect((await clerk.request('POST', '/api/v1/enterprises', { uscc: LISI_USCC })).statusCode).toBe(403);
  });
});

describe('agents of an enterprise', () => {
  const agentsUrl = () => `/api/v1/enterprises/${demoEnterpriseId}/agents`;
  let authorizationId: string;

  it('lists the agents to the legal representative', async () => {
    const res = await entAdmin.request('GET', agentsUrl());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        scope: 'all',
        status: 'active',
        agent: expect.objectContaining({ username: 'lisi', name: '李四' }),
      }),
    ]);
  });

  it('answers 404 to everyone else: another person, the agent, staff see no such enterprise', async () => {
    for (const caller of [zhangsan, lisi]) {
      const res = await caller.request('GET', agentsUrl());
      expect(res.statusCode, caller.name).toBe(404);
      const add = await caller.request('POST', agentsUrl(), {
        username: 'zhangsan',
        scope: 'all',
        expiresAt: inYears(1),
      });
      expect(add.statusCode, caller.name).toBe(404);
    }
    expect((await clerk.request('GET', agentsUrl())).statusCode).toBe(403);
    expect((await anonymous(p.app).request('GET', agentsUrl())).statusCode).toBe(401);
  });

  it('authorises a verified person for listed items until an expiry', async () => {
    const res = await entAdmin.request('POST', agentsUrl(), {
      username: 'zhangsan',
      scope: 'listed',
      itemCodes: ['000101001000', '000101002000', '000101001000'],
      expiresAt: inYears(1),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      scope: 'listed',
      itemCodes: ['000101001000', '000101002000'],
      status: 'active',
      agent: { username: 'zhangsan' },
    });
    authorizationId = res.json().id;
    const mine = await zhangsan.request('GET', '/api/v1/me/authorizations');
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        id: authorizationId,
        status: 'active',
        enterprise: expect.objectContaining({ uscc: DEMO_ENTERPRISE.uscc }),
      }),
    ]);
    const seen = await zhangsan.request('GET', '/api/v1/me/data-access');
    expect(seen.json().items[0]).toMatchObject({
      actorType: 'person',
      actorName: '王五',
      action: 'enterprise.agent.authorize',
    });
    expect((await audits('enterprise.agent.authorize')).at(-1)).toMatchObject({
      actorId: ids.get('ent-admin'),
      dataSubjectId: ids.get('zhangsan'),
      resourceId: authorizationId,
    });
  });

  it('refuses a second authorisation in force for the same person', async () => {
    const res = await entAdmin.request('POST', agentsUrl(), {
      username: 'zhangsan',
      scope: 'all',
      expiresAt: inYears(1),
    });
    expect(res.statusCode).toBe(409);
  });

  it('validates the authorisation', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ username: 'ent-admin', scope: 'all', expiresAt: inYears(1) }, '/body/username'],
      [{ username: 'clerk-hexi', scope: 'all', expiresAt: inYears(1) }, '/body/username'],
      [{ username: 'nobody-here', scope: 'all', expiresAt: inYears(1) }, '/body/username'],
      [
        { username: 'lisi', scope: 'all', expiresAt: new Date(Date.now() - 1000).toISOString() },
        '/body/expiresAt',
      ],
      [{ username: 'lisi', scope: 'all', expiresAt: inYears(5.1) }, '/body/expiresAt'],
      [{ username: 'lisi', scope: 'listed', itemCodes: [], expiresAt: inYears(1) }, '/body/itemCodes'],
      [
        { username: 'lisi', scope: 'all', itemCodes: ['000101001000'], expiresAt: inYears(1) },
        '/body/itemCodes',
      ],
    ];
    for (const [body, path] of cases) {
      const res = await entAdmin.request('POST', agentsUrl(), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors[0].path, JSON.stringify(body)).toBe(path);
    }
  });

  it('lets the agent act for the enterprise until the authorisation is revoked', async () => {
    const act = await zhangsan.request('PUT', '/api/v1/auth/acting-for', { enterpriseId: demoEnterpriseId });
    expect(act.statusCode, act.body).toBe(200);
    // Acting for the demo enterprise, zhangsan cannot manage the agents of his own one either.
    const own = (await zhangsan.request('GET', '/api/v1/auth/me'))
      .json()
      .enterprises.find((e: { uscc: string }) => e.uscc === ZHANG_USCC);
    expect((await zhangsan.request('GET', `/api/v1/enterprises/${own.id}/agents`)).statusCode).toBe(404);
    await zhangsan.request('PUT', '/api/v1/auth/acting-for', { enterpriseId: null });
    expect((await zhangsan.request('GET', `/api/v1/enterprises/${own.id}/agents`)).statusCode).toBe(200);

    const revoke = await entAdmin.request('DELETE', `${agentsUrl()}/${authorizationId}`);
    expect(revoke.statusCode, revoke.body).toBe(204);
    expect((await entAdmin.request('DELETE', `${agentsUrl()}/${authorizationId}`)).statusCode).toBe(404);
    const mine = await zhangsan.request('GET', '/api/v1/me/authorizations');
    expect(mine.json().items[0]).toMatchObject({ id: authorizationId, status: 'revoked' });
    const again = await zhangsan.request('PUT', '/api/v1/auth/acting-for', {
      enterpriseId: demoEnterpriseId,
    });
    expect(again.statusCode).toBe(404);
    expect((await audits('enterprise.agent.revoke')).at(-1)).toMatchObject({
      actorId: ids.get('ent-admin'),
      resourceId: authorizationId,
    });
  });

  it('lets the legal representative manage while acting for the enterprise', async () => {
    await entAdmin.request('PUT', '/api/v1/auth/acting-for', { enterpriseId: demoEnterpriseId });
    const res = await entAdmin.request('GET', agentsUrl());
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((i: { status: string }) => i.status)
        .sort(),
    ).toEqual(['active', 'revoked']);
    const rows = await audits('enterprise.agent.authorize');
    expect(rows.length).toBeGreaterThan(0);
  });

  it('stops an expired authorisation from working and shows it as expired', async () => {
    await p.database.db
      .update(agentAuthorization)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(
        and(
          eq(agentAuthorization.enterpriseId, demoEnterpriseId),
          eq(agentAuthorization.personId, ids.get('lisi')!),
        ),
      );
    const mine = await lisi.request('GET', '/api/v1/me/authorizations');
    expect(mine.json().items[0]).toMatchObject({ status: 'expired' });
    expect(
      (await lisi.request('PUT', '/api/v1/auth/acting-for', { enterpriseId: demoEnterpriseId })).statusCode,
    ).toBe(404);
    // The enterprise may authorise the same person again once the old one lapsed.
    const renewed = await entAdmin.request('POST', agentsUrl(), {
      username: 'lisi',
      scope: 'all',
      expiresAt: inYears(2),
    });
    expect(renewed.statusCode, renewed.body).toBe(201);
    expect(
      (await lisi.request('PUT', '/api/v1/auth/acting-for', { enterpriseId: demoEnterpriseId })).statusCode,
    ).toBe(200);
  });

  it('is for persons only', async () => {
    expect((await clerk.request('GET', '/api/v1/me/authorizations')).statusCode).toBe(403);
    expect((await anonymous(p.app).request('GET', '/api/v1/me/authorizations')).statusCode).toBe(401);
  });
});
