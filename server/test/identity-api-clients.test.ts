// API clients for department systems: created by an administrator within their scope (outside
// it: 404; a grant wider than theirs or a role needing a second factor: 403), client credentials
// exchanged for a bearer token (form body, HTTP Basic, JSON; OAuth errors), the token acting as
// the client with its grants and without CSRF, revocation, rotation and expiry — all audited.
import { asc, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, apiToken, rolePermission } from '../src/modules/identity/schema.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { operator, signIn, type Caller } from './identity-callers.ts';

let p: TestPlatform;
let officeAdmin: Caller; // platform-admin, city-wide
let agencyAdmin: Caller; // platform-admin scoped to tj-scjgw, created below
let client: { id: string; clientSecret: string };

let nextAddress = 1;
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** A token request from its own client address (the endpoint is rate-limited per address). */
const tokenRequest = (payload: InjectOptions['payload'], headers: Record<string, string> = {}, ip?: string) =>
  p.app.inject({
    method: 'POST',
    url: '/api/v1/auth/token',
    headers,
    payload,
    remoteAddress: ip ?? `10.88.${nextAddress >> 8}.${nextAddress++ & 255}`,
  });

const form = (fields: Record<string, string>) => tokenRequest(new URLSearchParams(fields).toString(), FORM);
const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

async function tokenFor(id: string, secret: string): Promise<string> {
  const res = await form({ grant_type: 'client_credentials', client_id: id, client_secret: secret });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().access_token;
}

const asClient = (token: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  p.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }),
  });

const audits = (action: string) =>
  p.database.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.id));

async function createClient(by: Caller, body: Record<string, unknown>) {
  const res = await by.request('POST', '/api/v1/api-clients', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; clientSecret: string; grants: unknown[] };
}

beforeAll(async () => {
  p = await testPlatform();
  officeAdmin = await signIn(p.app, 'office-admin');
  const staff = await officeAdmin.request('POST', '/api/v1/staff', {
    username: 'clients-scjg',
    name: '范围管理员',
    agencyId: 'tj-scjgw',
    password: 'Clients-Admin-2026',
  });
  const grant = await officeAdmin.request('POST', `/api/v1/staff/${staff.json().id}/roles`, {
    roleId: 'platform-admin',
    agencyId: 'tj-scjgw',
  });
  agencyAdmin = await signIn(p.app, 'clients-scjg', {
    password: 'Clients-Admin-2026',
    totpSecret: grant.json().secondFactor.secret,
  });
});
afterAll(() => p.dispose());

describe('creating an API client', () => {
  it('shows the secret once and keeps only its hash', async () => {
    const created = await createClient(officeAdmin, {
      name: '河西区政务服务中心排队叫号系统',
      agencyId: 'hx-zwfwb',
      grants: [{ roleId: 'window-clerk', venueId: 'zwfw-120103' }],
    });
    client = created;
    expect(created.id).toMatch(/^tbc_[0-9a-f]{24}$/);
    expect(created.clientSecret.length).toBeGreaterThanOrEqual(43);
    expect(created.grants).toEqual([
      expect.objectContaining({ roleId: 'window-clerk', venueId: 'zwfw-120103', agencyId: null }),
    ]);
    const [row] = await p.database.db.select().from(apiClient).where(eq(apiClient.id, created.id));
    expect(row!.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.clientSecret);
    const read = await officeAdmin.request('GET', `/api/v1/api-clients/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: created.id, revoked: false, agencyId: 'hx-zwfwb' });
    expect(read.body).not.toContain(created.clientSecret);
    expect(read.json()).not.toHaveProperty('clientSecret');
    const list = await officeAdmin.request('GET', '/api/v1/api-clients');
    expect(list.json().items.map((c: { id: string }) => c.id)).toContain(created.id);
    const [audit] = await audits('api-client.create');
    expect(audit).toMatchObject({ actorType: 'staff', resourceType: 'api-client', resourceId: created.id });
    expect(JSON.stringify(audit)).not.toContain(created.clientSecret);
  });

  it('refuses roles that need a second factor, for any scope', async () => {
    for (const roleId of ['platform-admin', 'auditor', 'service-office', 'personal-data-officer']) {
      const res = await officeAdmin.request('POST', '/api/v1/api-clients', {
        name: 'x',
        agencyId: 'hx-zwfwb',
        grants: [{ roleId: 'window-clerk' }, { roleId, agencyId: 'hx-zwfwb' }],
      });
      expect(res.statusCode, roleId).toBe(403);
      expect(res.json().detail).toContain('second factor');
    }
  });

  it('refuses an unknown role or agency, and an empty grant list', async () => {
    const role = await officeAdmin.request('POST', '/api/v1/api-clients', {
      name: 'x',
      agencyId: 'hx-zwfwb',
      grants: [{ roleId: 'no-such-role' }],
    });
    expect(role.statusCode).toBe(400);
    expect(role.json().errors[0].path).toBe('/body/grants/0/roleId');
    const agency = await officeAdmin.request('POST', '/api/v1/api-clients', {
      name: 'x',
      agencyId: 'no-such',
      grants: [{ roleId: 'reviewer' }],
    });
    expect(agency.statusCode).toBe(400);
    const none = await officeAdmin.request('POST', '/api/v1/api-clients', {
      name: 'x',
      agencyId: 'hx-zwfwb',
      grants: [],
    });
    expect(none.statusCode).toBe(400);
  });
});

describe('the token endpoint (OAuth 2.0 client credentials)', () => {
  it('issues a bearer token for a form body, HTTP Basic and JSON', async () => {
    const viaForm = await form({
      grant_type: 'client_credentials',
      client_id: client.id,
      client_secret: client.clientSecret,
    });
    expect(viaForm.statusCode, viaForm.body).toBe(200);
    expect(viaForm.json()).toEqual({
      access_token: expect.stringMatching(/^tbat_/),
      token_type: 'Bearer',
      expires_in: 3600,
    });
    expect(viaForm.headers['cache-control']).toBe('no-store');

    const viaBasic = await tokenRequest('grant_type=client_credentials', {
      ...FORM,
      authorization: basic(client.id, client.clientSecret),
    });
    expect(viaBasic.statusCode, viaBasic.body).toBe(200);
    const viaJson = await tokenRequest({
      grant_type: 'client_credentials',
      client_id: client.id,
      client_secret: client.clientSecret,
    });
    expect(viaJson.statusCode, viaJson.body).toBe(200);
    const tokens = [viaForm, viaBasic, viaJson].map((r) => r.json().access_token);
    expect(new Set(tokens).size).toBe(3);

    // Only hashes are stored; each issue is audited with the client as actor, without the token.
    const rows = await p.database.db.select().from(apiToken).where(eq(apiToken.clientId, client.id));
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).not.toContain(tokens[0]!.slice(5));
    const issued = await audits('api-client.token.issue');
    expect(issued).toHaveLength(3);
    expect(issued[0]).toMatchObject({ actorType: 'client', actorId: client.id, resourceId: client.id });
    expect(JSON.stringify(issued)).not.toContain(tokens[0]!.slice(5));
  });

  it('answers a wrong secret and an unknown client alike: 401 invalid_client', async () => {
    const wrong = await form({
      grant_type: 'client_credentials',
      client_id: client.id,
      client_secret: `${client.clientSecret}x`,
    });
    const unknown = await form({
      grant_type: 'client_credentials',
      client_id: `tbc_${'0'.repeat(24)}`,
      client_secret: client.clientSecret,
    });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        error: 'invalid_client',
        error_description: 'client authentication failed',
      });
      expect(res.headers['content-type']).toContain('application/json');
    }
    const wrongBasic = await tokenRequest('grant_type=client_credentials', {
      ...FORM,
      authorization: basic(client.id, 'nope'),
    });
    expect(wrongBasic.statusCode).toBe(401);
    expect(wrongBasic.json().error).toBe('invalid_client');
    expect(wrongBasic.headers['www-authenticate']).toBe('Basic realm="tongban"');
    const missing = await form({ grant_type: 'client_credentials' });
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error).toBe('invalid_client');
  });

  it('answers malformed requests in the OAuth error shape', async () => {
    const grant = await form({ grant_type: 'password', client_id: client.id, client_secret: 'x' });
    expect(grant.statusCode).toBe(400);
    expect(grant.json().error).toBe('unsupported_grant_type');
    const noGrant = await form({ client_id: client.id, client_secret: client.clientSecret });
    expect(noGrant.json()).toMatchObject({ error: 'invalid_request' });
    const twoMethods = await tokenRequest(
      new URLSearchParams({ grant_type: 'client_credentials', client_id: client.id }).toString(),
      { ...FORM, authorization: basic(client.id, client.clientSecret) },
    );
    expect(twoMethods.json()).toMatchObject({ error: 'invalid_request' });
    const text = await tokenRequest('grant_type=client_credentials', { 'content-type': 'text/plain' });
    expect(text.statusCode).toBe(400);
    expect(text.json()).toMatchObject({ error: 'invalid_request' });
    const badJson = await tokenRequest('{"grant_type":', { 'content-type': 'application/json' });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json()).toMatchObject({ error: 'invalid_request' });
    const notString = await tokenRequest({ grant_type: 'client_credentials', client_id: 42 });
    expect(notString.json()).toMatchObject({ error: 'invalid_request' });
    const repeated = await tokenRequest('grant_type=client_credentials&grant_type=client_credentials', FORM);
    expect(repeated.json()).toMatchObject({ error: 'invalid_request' });
    // Credentials of another kind are refused as everywhere else (problem+json).
    const bearer = await tokenRequest('grant_type=client_credentials', {
      ...FORM,
      authorization: `Bearer tbat_${'A'.repeat(43)}`,
    });
    expect(bearer.statusCode).toBe(401);
    expect(bearer.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('is rate-limited per address', async () => {
    const ip = '10.89.0.1';
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) codes.push((await tokenRequest('grant_type=password', FORM, ip)).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 400)).toBe(true);
    expect(codes[30]).toBe(429);
  });
});

describe('a client token', () => {
  it('acts as the client, with its grants and without CSRF or a session', async () => {
    const token = await tokenFor(client.id, client.clientSecret);
    const me = await asClient(token, 'GET', '/api/v1/auth/me');
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json()).toMatchObject({
      kind: 'client',
      accountId: client.id,
      name: '河西区政务服务中心排队叫号系统',
      csrfToken: null,
      staff: null,
      person: null,
    });
    expect(me.json().grants).toEqual(
      expect.arrayContaining([
        { permission: 'case.accept', agencyId: null, regionCode: null, venueId: 'zwfw-120103' },
        { permission: 'license.lookup', agencyId: null, regionCode: null, venueId: 'zwfw-120103' },
      ]),
    );
    // A write without a CSRF token gets past CSRF (403 here is the missing permission).
    const write = await asClient(token, 'POST', '/api/v1/api-clients', {});
    expect(write.statusCode).toBe(403);
    expect(write.json().code).toBe('FORBIDDEN');
    // Sessions are for people.
    expect((await asClient(token, 'GET', '/api/v1/auth/sessions')).statusCode).toBe(401);
    expect((await asClient(token, 'GET', '/api/v1/me/profile')).statusCode).toBe(403);
    // An unknown token of the same shape: 401.
    const unknown = await asClient(`tbat_${'A'.repeat(43)}`, 'GET', '/api/v1/auth/me');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().code).toBe('UNAUTHENTICATED');
  });

  it('never carries a second-factor permission, even if a role gains one later', async () => {
    const role = await officeAdmin.request('POST', '/api/v1/roles', {
      id: 'queue-system',
      nameZh: '叫号系统',
      nameEn: 'Queue system',
      permissions: ['case.accept'],
    });
    expect(role.statusCode, role.body).toBe(201);
    const created = await createClient(officeAdmin, {
      name: '叫号',
      agencyId: 'hx-zwfwb',
      grants: [{ roleId: 'queue-system', venueId: 'zwfw-120103' }],
    });
    await p.database.db.insert(rolePermission).values({ roleId: 'queue-system', permission: 'audit.read' });
    const token = await tokenFor(created.id, created.clientSecret);
    const perms = (await asClient(token, 'GET', '/api/v1/auth/me'))
      .json()
      .grants.map((g: { permission: string }) => g.permission);
    expect(perms).toEqual(['case.accept']);
  });

  it('stops working when it expires', async () => {
    const token = await tokenFor(client.id, client.clientSecret);
    await p.database.db.update(apiToken).set({ expiresAt: new Date(Date.now() - 1000) });
    const res = await asClient(token, 'GET', '/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });
});

describe('rotating and revoking', () => {
  it('rotation: the old secret and the old tokens stop working, the new secret works', async () => {
    const oldToken = await tokenFor(client.id, client.clientSecret);
    const res = await officeAdmin.request('POST', `/api/v1/api-clients/${client.id}/secret`);
    expect(res.statusCode, res.body).toBe(200);
    const rotated = res.json().clientSecret as string;
    expect(rotated).not.toBe(client.clientSecret);
    const old = await form({
      grant_type: 'client_credentials',
      client_id: client.id,
      client_secret: client.clientSecret,
    });
    expect(old.statusCode).toBe(401);
    expect(old.json().error).toBe('invalid_client');
    expect((await asClient(oldToken, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    client = { id: client.id, clientSecret: rotated };
    const fresh = await tokenFor(client.id, client.clientSecret);
    expect((await asClient(fresh, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    const [audit] = await audits('api-client.secret.rotate');
    expect(audit).toMatchObject({ resourceId: client.id });
    expect(JSON.stringify(audit)).not.toContain(rotated);
  });

  it('revocation: its tokens stop working at once and no new one is issued', async () => {
    const token = await tokenFor(client.id, client.clientSecret);
    const res = await officeAdmin.request('DELETE', `/api/v1/api-clients/${client.id}`);
    expect(res.statusCode, res.body).toBe(204);
    expect((await asClient(token, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const again = await form({
      grant_type: 'client_credentials',
      client_id: client.id,
      client_secret: client.clientSecret,
    });
    expect(again.json().error).toBe('invalid_client');
    const read = await officeAdmin.request('GET', `/api/v1/api-clients/${client.id}`);
    expect(read.json()).toMatchObject({ revoked: true, revokedAt: expect.any(String) });
    const rotate = await officeAdmin.request('POST', `/api/v1/api-clients/${client.id}/secret`);
    expect(rotate.statusCode).toBe(409);
    expect(await audits('api-client.revoke')).toEqual([expect.objectContaining({ resourceId: client.id })]);
    // Revoking twice is harmless and audited once.
    expect((await officeAdmin.request('DELETE', `/api/v1/api-clients/${client.id}`)).statusCode).toBe(204);
    expect(await audits('api-client.revoke')).toHaveLength(1);
  });
});

describe('an agency-scoped administrator', () => {
  it("cannot see or touch another agency's client: 404", async () => {
    const other = await createClient(operator(p.app), {
      name: '河西区办件系统',
      agencyId: 'hx-zwfwb',
      grants: [{ roleId: 'reviewer', agencyId: 'hx-zwfwb' }],
    });
    expect((await agencyAdmin.request('GET', `/api/v1/api-clients/${other.id}`)).statusCode).toBe(404);
    expect((await agencyAdmin.request('POST', `/api/v1/api-clients/${other.id}/secret`)).statusCode).toBe(
      404,
    );
    expect((await agencyAdmin.request('DELETE', `/api/v1/api-clients/${other.id}`)).statusCode).toBe(404);
    const list = await agencyAdmin.request('GET', '/api/v1/api-clients');
    expect(list.json().items).toEqual([]);
    // The client still works.
    await tokenFor(other.id, other.clientSecret);
  });

  it('creates clients of its own agency, never with a grant wider than its own: 403', async () => {
    const otherAgency = await agencyAdmin.request('POST', '/api/v1/api-clients', {
      name: 'x',
      agencyId: 'hx-zwfwb',
      grants: [{ roleId: 'reviewer', agencyId: 'hx-zwfwb' }],
    });
    expect(otherAgency.statusCode).toBe(403);
    for (const grant of [
      { roleId: 'reviewer' }, // city-wide
      { roleId: 'reviewer', agencyId: 'tj-zwfwb' },
      { roleId: 'reviewer', regionCode: '120000' },
      { roleId: 'window-clerk', venueId: 'zwfw-120103' },
    ]) {
      const res = await agencyAdmin.request('POST', '/api/v1/api-clients', {
        name: 'x',
        agencyId: 'tj-scjgw',
        grants: [grant],
      });
      expect(res.statusCode, JSON.stringify(grant)).toBe(403);
    }
    const own = await createClient(agencyAdmin, {
      name: '市场监管审批系统',
      agencyId: 'tj-scjgw',
      grants: [{ roleId: 'reviewer', agencyId: 'tj-scjgw' }],
    });
    const list = await agencyAdmin.request('GET', '/api/v1/api-clients');
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([own.id]);
    expect((await officeAdmin.request('GET', `/api/v1/api-clients/${own.id}`)).statusCode).toBe(200);
    const rotated = await agencyAdmin.request('POST', `/api/v1/api-clients/${own.id}/secret`);
    expect(rotated.statusCode).toBe(200);
    expect((await agencyAdmin.request('DELETE', `/api/v1/api-clients/${own.id}`)).statusCode).toBe(204);
  });
});
