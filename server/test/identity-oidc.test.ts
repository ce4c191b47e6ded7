// The OpenID Provider end to end: a real relying party (openid-client) discovers the running
// server, sends lisi — signed in to Tongban and acting for the demo enterprise — through the
// authorization endpoint, Tongban's interaction API and back, redeems the code with PKCE and
// checks the ID token and userinfo. On PostgreSQL a second platform on the same database (a
// replica) redeems a code the first one issued.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatform, type Platform } from '../src/compose.ts';
import { openPostgres } from '../src/platform/db/database.ts';
import { DEMO_ENTERPRISE, DEMO_PASSWORD } from '../src/modules/identity/demo-accounts.ts';
import { account, enterprise } from '../src/modules/identity/schema.ts';
import { oidcModel } from '../src/modules/identity/oidc-adapter.ts';
import {
  ADMIN,
  ON_POSTGRES,
  testConfig,
  testDatabaseUrl,
  testPlatform,
  type TestPlatform,
} from './helpers.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A browser's cookies, by hand: every cookie goes back to every path of the one origin. */
class CookieJar {
  readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = attrs.some(
        (a) => /^\s*expires=/i.test(a) && new Date(a.split('=')[1]!).getTime() < Date.now(),
      );
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

const REDIRECT_PORT = 9; // nothing listens: the relying party only needs the Location
const REDIRECT_URI = `http://127.0.0.1:${REDIRECT_PORT}/cb`;

let p: TestPlatform;
let base: string;
let clientId: string;
let clientSecret: string;
let rp: oidc.Configuration;
let lisiId: string;

/** Follows redirects by hand (carrying the jar) until one leaves for the relying party. */
async function follow(jar: CookieJar, url: string): Promise<{ status: number; location: string | null }> {
  let next = url;
  for (let hop = 0; hop < 10; hop++) {
    const res = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(res);
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) return { status: res.status, location: null };
    const target = new URL(location, next).href;
    if (target.startsWith(REDIRECT_URI) || !target.startsWith(base))
      return { status: res.status, location: target };
    if (new URL(target).pathname === '/oidc-login') return { status: res.status, location: target };
    next = target;
  }
  throw new Error('too many redirects');
}

async function signInLisi(jar: CookieJar, actForEnterprise: boolean): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'lisi', password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  jar.take(res);
  const csrf = jar.cookies.get('tb_csrf')!;
  if (actForEnterprise) {
    const [ent] = await p.database.db
      .select({ id: enterprise.id })
      .from(enterprise)
      .where(eq(enterprise.uscc, DEMO_ENTERPRISE.uscc));
    const switched = await fetch(`${base}/api/v1/auth/acting-for`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: jar.header(), 'x-csrf-token': csrf },
      body: JSON.stringify({ enterpriseId: ent!.id }),
    });
    expect(switched.status, await switched.clone().text()).toBe(200);
  }
  return csrf;
}

interface Started {
  url: URL;
  verifier: string;
  state: string;
}

async function authorizationRequest(config: oidc.Configuration, extra: Record<string, string> = {}) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: 'openid profile tongban',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    ...extra,
  });
  return { url, verifier, state } satisfies Started;
}

/** Runs the browser part: authorization request → Tongban sign-in page → consent → callback URL. */
async function signInThroughTongban(jar: CookieJar, csrf: string, started: Started): Promise<URL> {
  const toLogin = await follow(jar, started.url.href);
  expect(toLogin.location).toMatch(/\/oidc-login\?uid=/);
  const uid = new URL(toLogin.location!).searchParams.get('uid')!;

  const described = await fetch(`${base}/api/v1/oidc/interactions/${uid}`);
  expect(described.status).toBe(200);
  expect(await described.json()).toMatchObject({
    clientId,
    clientName: '河西区不动产登记系统',
    scopes: ['openid', 'profile', 'tongban'],
  });

  const completed = await fetch(`${base}/api/v1/oidc/interactions/${uid}/complete`, {
    method: 'POST',
    headers: { cookie: jar.header(), 'x-csrf-token': csrf },
  });
  expect(completed.status, await completed.clone().text()).toBe(200);
  const { redirectTo } = (await completed.json()) as { redirectTo: string };
  const back = await follow(jar, redirectTo);
  expect(back.location).toMatch(new RegExp(`^${REDIRECT_URI}\\?`));
  return new URL(back.location!);
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  p = await testPlatform({ PUBLIC_URL: base });
  await p.app.listen({ host: '127.0.0.1', port });
  const [lisi] = await p.database.db
    .select({ id: account.id })
    .from(account)
    .where(eq(account.username, 'lisi'));
  lisiId = lisi!.id;

  const registered = await fetch(`${base}/api/v1/oidc-clients`, {
    method: 'POST',
    headers: { ...ADMIN, 'content-type': 'application/json' },
    body: JSON.stringify({ name: '河西区不动产登记系统', redirectUris: [REDIRECT_URI] }),
  });
  expect(registered.status, await registered.clone().text()).toBe(201);
  ({ clientId, clientSecret } = (await registered.json()) as { clientId: string; clientSecret: string });

  rp = await oidc.discovery(
    new URL(`${base}/oidc`),
    clientId,
    undefined,
    oidc.ClientSecretBasic(clientSecret),
    { execute: [oidc.allowInsecureRequests] },
  );
});
afterAll(() => p?.dispose());

describe('OpenID Provider round trip', () => {
  it('signs lisi, acting for the demo enterprise, in to a relying party', async () => {
    expect(rp.serverMetadata().issuer).toBe(`${base}/oidc`);
    expect(rp.serverMetadata().code_challenge_methods_supported).toEqual(['S256']);
    const jar = new CookieJar();
    const csrf = await signInLisi(jar, true);
    const started = await authorizationRequest(rp);
    const callback = await signInThroughTongban(jar, csrf, started);

    const tokens = await oidc.authorizationCodeGrant(rp, callback, {
      pkceCodeVerifier: started.verifier,
      expectedState: started.state,
    });
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({
      iss: `${base}/oidc`,
      aud: clientId,
      sub: lisiId,
      name: '李四',
      real_name_level: 2,
      acting_for: { uscc: DEMO_ENTERPRISE.uscc, name: DEMO_ENTERPRISE.name },
    });
    const info = await oidc.fetchUserInfo(rp, tokens.access_token, lisiId);
    expect(info).toMatchObject({ sub: lisiId, name: '李四', real_name_level: 2 });
    expect(info.acting_for).toEqual({ uscc: DEMO_ENTERPRISE.uscc, name: DEMO_ENTERPRISE.name });

    // A code is redeemed once.
    await expect(
      oidc.authorizationCodeGrant(rp, callback, {
        pkceCodeVerifier: started.verifier,
        expectedState: started.state,
      }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });

    // The next sign-in from the same browser asks Tongban again, and follows the session's
    // current identity: lisi now acts as herself.
    const back = await fetch(`${base}/api/v1/auth/acting-for`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: jar.header(), 'x-csrf-token': csrf },
      body: JSON.stringify({ enterpriseId: null }),
    });
    expect(back.status).toBe(200);
    const again = await authorizationRequest(rp);
    const tokens2 = await oidc.authorizationCodeGrant(rp, await signInThroughTongban(jar, csrf, again), {
      pkceCodeVerifier: again.verifier,
      expectedState: again.state,
    });
    expect(tokens2.claims()).toMatchObject({ sub: lisiId, name: '李四' });
    expect(tokens2.claims()!.acting_for).toBeUndefined();
  });

  it.runIf(ON_POSTGRES)('a replica on the same database redeems a code the first one issued', async () => {
    const port2 = await freePort();
    const replica: Platform = await createPlatform(
      testConfig({
        PUBLIC_URL: base,
        OIDC_JWKS_FILE: join(p.config.dataDir, 'keys', 'oidc-jwks.json'),
      }),
      {
        database: await openPostgres(testDatabaseUrl(p.database), 3),
        webDist: join(p.config.dataDir, 'no-web'),
      },
    );
    try {
      await replica.app.listen({ host: '127.0.0.1', port: port2 });
      const jar = new CookieJar();
      const csrf = await signInLisi(jar, false);
      const started = await authorizationRequest(rp);
      const callback = await signInThroughTongban(jar, csrf, started);
      const { supportsPKCE: _, ...meta } = rp.serverMetadata();
      const atReplica = new oidc.Configuration(
        {
          ...meta,
          token_endpoint: `http://127.0.0.1:${port2}/oidc/token`,
          userinfo_endpoint: `http://127.0.0.1:${port2}/oidc/me`,
        },
        clientId,
        undefined,
        oidc.ClientSecretBasic(clientSecret),
      );
      oidc.allowInsecureRequests(atReplica);
      const tokens = await oidc.authorizationCodeGrant(atReplica, callback, {
        pkceCodeVerifier: started.verifier,
        expectedState: started.state,
      });
      expect(tokens.claims()).toMatchObject({ sub: lisiId, name: '李四', real_name_level: 2 });
      expect(tokens.claims()!.acting_for).toBeUndefined();
      const info = await oidc.fetchUserInfo(atReplica, tokens.access_token, lisiId);
      expect(info.name).toBe('李四');
    } finally {
      await replica.close();
    }
  });
});

describe('refusals', () => {
  it('refuses a redirect URI the client did not register', async () => {
    const started = await authorizationRequest(rp, { redirect_uri: 'http://127.0.0.1:9/evil' });
    const res = await fetch(started.url, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });

  it('refuses an authorization request without PKCE', async () => {
    const url = oidc.buildAuthorizationUrl(rp, {
      redirect_uri: REDIRECT_URI,
      scope: 'openid',
      state: oidc.randomState(),
    });
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location')!);
    expect(location.href.startsWith(REDIRECT_URI)).toBe(true);
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });

  it('will not complete a sign-in for a caller without a session; abort tells the client', async () => {
    const jar = new CookieJar();
    const started = await authorizationRequest(rp);
    const toLogin = await follow(jar, started.url.href);
    const uid = new URL(toLogin.location!).searchParams.get('uid')!;
    const anonymous = await fetch(`${base}/api/v1/oidc/interactions/${uid}/complete`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
    const operator = await fetch(`${base}/api/v1/oidc/interactions/${uid}/complete`, {
      method: 'POST',
      headers: ADMIN,
    });
    expect(operator.status).toBe(401);

    const aborted = await fetch(`${base}/api/v1/oidc/interactions/${uid}/abort`, { method: 'POST' });
    expect(aborted.status).toBe(200);
    const back = await follow(jar, ((await aborted.json()) as { redirectTo: string }).redirectTo);
    expect(new URL(back.location!).searchParams.get('error')).toBe('access_denied');
  });

  it('registers only https or loopback redirect URIs, for city-wide administrators', async () => {
    const res = await fetch(`${base}/api/v1/oidc-clients`, {
      method: 'POST',
      headers: { ...ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', redirectUris: ['http://example.com/cb'] }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('OIDC_REDIRECT_URI_NOT_ALLOWED');
    const list = await fetch(`${base}/api/v1/oidc-clients`, { headers: ADMIN });
    const items = ((await list.json()) as { items: { clientId: string }[] }).items;
    expect(items.map((i) => i.clientId)).toContain(clientId);
    expect(JSON.stringify(items)).not.toContain(clientSecret);
  });

  it('keeps client secrets encrypted at rest', async () => {
    const [row] = await p.database.db
      .select({ payload: oidcModel.payload })
      .from(oidcModel)
      .where(and(eq(oidcModel.model, 'Client'), eq(oidcModel.id, clientId)));
    expect(row?.payload.client_secret_enc).toEqual(expect.stringMatching(/^v1\./));
    expect(JSON.stringify(row)).not.toContain(clientSecret);
  });
});
