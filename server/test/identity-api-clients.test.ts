// API clients for department systems: created by an administrator within their scope (a role
// needing a second factor: 403), client credentials exchanged for a bearer token (form body, HTTP
// Basic, JSON; OAuth errors), and the token acting as the client with its grants and without CSRF,
// and expiring — all audited. Rotation, revocation and agency scope: identity-api-clients-lifecycle.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiClient, apiToken, rolePermission } from '../src/modules/identity/schema.ts';
import {
  FORM,
  asClient,
  audits,
  basic,
  createClient,
  form,
  officeAdmin,
  p,
  tokenFor,
  tokenRequest,
  useApiClientsPlatform,
} from './api-clients-harness.ts';

useApiClientsPlatform();
let client: { id: string; clientSecret: string };

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
