// Signed-in demo callers for app.inject: each signs in once (TOTP codes are accepted only once,
// so staff with a second factor cannot sign in twice within a time step), keeps its cookies and
// echoes the CSRF token on writes. Every caller uses its own client address, so the per-address
// sign-in rate limit of one test does not spill into another.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { DEMO_PASSWORD, DEMO_STAFF } from '../src/modules/identity/demo-accounts.ts';
import { totpCode } from '../src/modules/identity/totp.ts';
import { ADMIN } from './helpers.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Caller {
  name: string;
  request(method: Method, url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

let nextAddress = 1;
const address = () => {
  const n = nextAddress++;
  return `10.77.${n >> 8}.${n & 255}`;
};

function cookieCaller(app: FastifyInstance, name: string, cookies: Map<string, string>, ip: string): Caller {
  return {
    name,
    request: (method, url, payload) => {
      const headers: Record<string, string> = {};
      if (cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const csrf = cookies.get('tb_csrf');
      if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
      return app.inject({
        method,
        url,
        headers,
        remoteAddress: ip,
        ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }),
      });
    },
  };
}

export const anonymous = (app: FastifyInstance): Caller =>
  cookieCaller(app, 'anonymous', new Map(), address());

/** The operator token (ADMIN_API_TOKEN): every permission, city-wide. */
export const operator = (app: FastifyInstance): Caller => ({
  name: 'operator',
  request: (method, url, payload) =>
    app.inject({
      method,
      url,
      headers: ADMIN,
      ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }),
    }),
});

/** Signs in with a password and, when given, a TOTP secret (the code of `stepOffset` steps on). */
export async function signIn(
  app: FastifyInstance,
  username: string,
  opts: { password?: string; totpSecret?: string; stepOffset?: number } = {},
): Promise<Caller> {
  const secret = opts.totpSecret ?? DEMO_STAFF.find((s) => s.username === username)?.totpSecret;
  const ip = address();
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: ip,
    payload: {
      username,
      password: opts.password ?? DEMO_PASSWORD,
      ...(secret && { totp: totpCode(secret, Date.now() + (opts.stepOffset ?? 0) * 30_000) }),
    },
  });
  expect(res.statusCode, `${username}: ${res.body}`).toBe(200);
  const cookies = new Map<string, string>();
  for (const c of res.cookies as { name: string; value: string }[]) cookies.set(c.name, c.value);
  return cookieCaller(app, username, cookies, ip);
}
