// Tongban as an OpenID Provider for department systems (single sign-on): oidc-provider with its
// state in the database, authorization code + PKCE (S256) only, clients registered by an
// administrator, sign-in and consent through Tongban's own login (/oidc-login?uid=…, finished
// through /api/v1/oidc/interactions/…), and ID tokens that say who signed in, their real-name
// level and the enterprise they act for.
import type { IncomingMessage } from 'node:http';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Provider, { type Account, type TokenLike } from 'oidc-provider';
import type { Config } from '../../platform/config/config.ts';
import type { Db } from '../../platform/db/database.ts';
import { mayActFor } from './agents.ts';
import { personalDataCrypto } from '../../platform/crypto/personal-data.ts';
import { oidcAdapterFactory, oidcModel } from './oidc-adapter.ts';
import { oidcCookieKeys, loadOidcJwks } from './oidc-keys.ts';
import { account, enterprise, person, staff } from './schema.ts';

export const OIDC_MOUNT = '/oidc';
export const OIDC_SCOPES = ['openid', 'profile', 'tongban'] as const;
/** The model under which the acting-for enterprise of a grant is kept (row id = grant id). */
export const ACTING_FOR_MODEL = 'TongbanActingFor';

export const oidcIssuer = (config: Pick<Config, 'publicUrl'>) => `${config.publicUrl}${OIDC_MOUNT}`;

/** The claims of an account; `grantId` tells which enterprise the sign-in acted for, if any. */
export async function oidcClaims(
  db: Db,
  accountId: string,
  grantId: string | undefined,
): Promise<Record<string, unknown> | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(accountId)) return undefined;
  const [acc] = await db
    .select({ kind: account.kind, disabledAt: account.disabledAt })
    .from(account)
    .where(eq(account.id, accountId));
  if (!acc || acc.disabledAt) return undefined;
  if (acc.kind === 'staff') {
    const [s] = await db.select({ name: staff.name }).from(staff).where(eq(staff.id, accountId));
    return { sub: accountId, name: s?.name };
  }
  const [p] = await db
    .select({ name: person.name, realNameLevel: person.realNameLevel })
    .from(person)
    .where(eq(person.id, accountId));
  const claims: Record<string, unknown> = {
    sub: accountId,
    name: p?.name,
    real_name_level: p?.realNameLevel,
  };
  if (grantId) {
    const [row] = await db
      .select({ payload: oidcModel.payload })
      .from(oidcModel)
      .where(and(eq(oidcModel.model, ACTING_FOR_MODEL), eq(oidcModel.id, grantId)));
    const enterpriseId = row?.payload.enterpriseId;
    // Only while the authorisation still holds.
    if (typeof enterpriseId === 'string' && (await mayActFor(db, accountId, enterpriseId))) {
      const [e] = await db
        .select({ uscc: enterprise.uscc, name: enterprise.name })
        .from(enterprise)
        .where(eq(enterprise.id, enterpriseId));
      if (e) claims.acting_for = { uscc: e.uscc, name: e.name };
    }
  }
  return claims;
}

interface ProviderContext {
  oidc: {
    result?: { consent?: { grantId?: string } };
    provider: { Grant: { find(id: string): Promise<unknown> } };
  };
}

const escapeHtml = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page a browser sees when a sign-in request cannot go back to the system that sent it. */
function errorPage(out: Record<string, unknown>): string {
  return (
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8">' +
    '<title>登录请求有误 · Sign-in request error</title>' +
    '<h1>登录请求有误 · Sign-in request error</h1>' +
    `<p>${escapeHtml(out.error)}: ${escapeHtml(out.error_description)}</p></html>`
  );
}

export function createOidcProvider(
  config: Config,
  db: Db,
  logger: { error(obj: object, msg: string): void },
): Provider {
  const provider = new Provider(oidcIssuer(config), {
    adapter: oidcAdapterFactory(db, personalDataCrypto(config).cipher),
    jwks: loadOidcJwks(config),
    cookies: {
      keys: oidcCookieKeys(config),
      long: { httpOnly: true, sameSite: 'lax', signed: true },
      short: { httpOnly: true, sameSite: 'lax', signed: true },
    },
    findAccount: async (_ctx: unknown, sub: string, token?: TokenLike): Promise<Account | undefined> => {
      const claims = await oidcClaims(db, sub, token?.grantId);
      return claims && { accountId: sub, claims: () => claims };
    },
    claims: {
      openid: ['sub'],
      profile: ['name'],
      tongban: ['name', 'real_name_level', 'acting_for'],
    },
    scopes: [...OIDC_SCOPES],
    // The ID token itself carries the claims of the granted scopes (relying parties need not call
    // userinfo to learn the name and the acting-for enterprise).
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    clientDefaults: {
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
    },
    clientAuthMethods: ['client_secret_basic'],
    clientBasedCORS: () => false,
    // Every authorization request goes through Tongban's sign-in page, so the department system
    // always gets the identity (and acting-for enterprise) of the current Tongban session, never
    // a grant remembered from an earlier one.
    loadExistingGrant: async (ctx: ProviderContext) => {
      const grantId = ctx.oidc.result?.consent?.grantId;
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    features: {
      devInteractions: { enabled: false },
      registration: { enabled: false },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    renderError: (ctx: { type: string; body: string }, out: Record<string, unknown>) => {
      ctx.type = 'html';
      ctx.body = errorPage(out);
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/oidc-login?uid=${interaction.uid}`,
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Grant: 12 * 3600,
      Session: 12 * 3600,
    },
  });
  provider.proxy = config.trustProxy;
  // Errors only, never the request's parameters or tokens.
  provider.on('server_error', (_ctx: unknown, err: unknown) => logger.error({ err }, 'oidc server error'));
  return provider;
}

// The provider's own pages (errors, logout confirmation) are plain HTML forms posting to itself.
const PROVIDER_CSP = "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Routes /oidc and /oidc/* to the provider; its endpoints do their own client and token checks. */
export async function mountOidcProvider(app: FastifyInstance, provider: Provider): Promise<void> {
  const callback = provider.callback();
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    reply.hijack();
    const raw = request.raw as IncomingMessage & { originalUrl?: string };
    raw.originalUrl = raw.url;
    raw.url = (raw.url ?? '').slice(OIDC_MOUNT.length) || '/';
    const res = reply.raw;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Content-Security-Policy', PROVIDER_CSP);
    res.setHeader('X-Request-Id', request.id);
    await callback(raw, res);
  };
  await app.register(async (scope) => {
    // The provider reads request bodies itself: leave the stream unread.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    for (const url of [OIDC_MOUNT, `${OIDC_MOUNT}/*`])
      scope.route({ method: ['GET', 'POST', 'OPTIONS'], url, handler, config: { externalAuth: true } });
  });
}
