// API clients, continued: rotating the secret and revoking a client end its tokens at once; an
// agency-scoped administrator sees and manages only its own agency's clients (outside it: 404; a
// grant wider than its own: 403) — all audited.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  agencyAdmin,
  asClient,
  audits,
  createClient,
  form,
  officeAdmin,
  p,
  tokenFor,
  useApiClientsPlatform,
} from './api-clients-harness.ts';
import { operator } from './identity-callers.ts';

useApiClientsPlatform();
let client: { id: string; clientSecret: string };
beforeAll(async () => {
  client = await createClient(officeAdmin, {
    name: '河西区政务服务中心排队叫号系统',
    agencyId: 'hx-zwfwb',
    grants: [{ roleId: 'window-clerk', venueId: 'zwfw-120103' }],
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
