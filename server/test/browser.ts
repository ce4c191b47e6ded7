// A minimal browser for app.inject: keeps the cookies the server sets (and clears), sends them
// back, and echoes the CSRF token on writes unless told not to. Each browser has its own client
// address, so per-address rate limits of one test do not spill into another.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

let nextAddress = 1;

export interface Browser {
  readonly cookies: Map<string, string>;
  readonly ip: string;
  request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    opts?: { csrf?: boolean; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  /** Signs in; returns the response (cookies kept when it succeeded). */
  login(username: string, password: string, totp?: string): Promise<LightMyRequestResponse>;
}

export function browser(app: FastifyInstance): Browser {
  const cookies = new Map<string, string>();
  const n = nextAddress++;
  const ip = `10.${(process.pid >> 8) & 255}.${n >> 8}.${n & 255}`;
  const request: Browser['request'] = async (method, url, payload, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = cookies.get('tb_csrf');
    if (opts.csrf !== false && csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    const res = await app.inject({
      method,
      url,
      headers,
      remoteAddress: ip,
      ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }),
    });
    for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const cleared = c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() <= Date.now());
      if (cleared) cookies.delete(c.name);
      else cookies.set(c.name, c.value);
    }
    return res;
  };
  return {
    cookies,
    ip,
    request,
    login: (username, password, totp) =>
      request('POST', '/api/v1/auth/login', { username, password, ...(totp && { totp }) }),
  };
}
