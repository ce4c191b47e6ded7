// The authorised callers requests are sent as, so they pass authentication and reach validation:
// the operator token for staff and admin routes, a signed-in citizen (zhangsan) for the rest.
import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD } from '../../src/modules/identity/demo-accounts.ts';
import type { FuzzRoute } from './routes.ts';

export interface Caller {
  name: 'operator' | 'citizen';
  headers(method: string): Record<string, string>;
}

export const operator = (token: string): Caller => ({
  name: 'operator',
  headers: () => ({ authorization: `Bearer ${token}` }),
});

export async function citizen(app: FastifyInstance, username: string): Promise<Caller> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: '10.99.0.1',
    payload: { username, password: DEMO_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username}: ${res.statusCode} ${res.body}`);
  const cookies = new Map((res.cookies as { name: string; value: string }[]).map((c) => [c.name, c.value]));
  const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = cookies.get('tb_csrf') ?? '';
  return {
    name: 'citizen',
    // Cookie-authenticated writes must echo the CSRF token, or they stop at 403 before validation.
    headers: (method) => ({ cookie, ...(method !== 'GET' && { 'x-csrf-token': csrf }) }),
  };
}

const STAFF_URL = /\/(admin|workbench|staff|stats|audit|ops)\b|\/catalog\/(import|export|files)|\/seals\b/;

/** Staff routes (a declared permission, or an administrative path) go as the operator. */
export const callerFor = (route: FuzzRoute, callers: { operator: Caller; citizen: Caller }): Caller =>
  route.permission || STAFF_URL.test(route.url) ? callers.operator : callers.citizen;
