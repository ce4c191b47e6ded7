// The shared set-up of the API-client tests: a platform with the city-wide administrator and one
// scoped to tj-scjgw, and requests to the token endpoint, each from its own address (the endpoint
// is rate-limited per address).
import { asc, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { auditLog } from '../src/platform/audit/schema.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { signIn, type Caller } from './identity-callers.ts';

export let p: TestPlatform;
export let officeAdmin: Caller; // platform-admin, city-wide
export let agencyAdmin: Caller; // platform-admin scoped to tj-scjgw, created below

let nextAddress = 1;
export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** A token request from its own client address (the endpoint is rate-limited per address). */
export const tokenRequest = (
  payload: InjectOptions['payload'],
  headers: Record<string, string> = {},
  ip?: string,
) =>
  p.app.inject({
    method: 'POST',
    url: '/api/v1/auth/token',
    headers,
    payload,
    remoteAddress: ip ?? `10.88.${nextAddress >> 8}.${nextAddress++ & 255}`,
  });

export const form = (fields: Record<string, string>) =>
  tokenRequest(new URLSearchParams(fields).toString(), FORM);
export const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

export async function tokenFor(id: string, secret: string): Promise<string> {
  const res = await form({ grant_type: 'client_credentials', client_id: id, client_secret: secret });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().access_token;
}

export const asClient = (token: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  p.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }),
  });

export const audits = (action: string) =>
  p.database.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.id));

export async function createClient(by: Caller, body: Record<string, unknown>) {
  const res = await by.request('POST', '/api/v1/api-clients', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; clientSecret: string; grants: unknown[] };
}

/** One platform per test file, with the city-wide and an agency-scoped administrator. */
export function useApiClientsPlatform(): void {
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
}
