// Sign-in, sign-out, who am I, my sessions, and switching between acting as myself and as an
// enterprise that authorised me.
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { Type } from 'typebox';
import { recordAudit } from '../../platform/audit/record.ts';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { StrictObject, problemResponses } from '../../platform/http/schemas.ts';
import type { Principal } from '../../platform/access/principal.ts';
import { mayActFor } from './agents.ts';
import { principalFor } from './authenticate.ts';
import { login } from './login.service.ts';
import { describeMe } from './me.ts';
import { MeSchema, NoContent, SessionsSchema } from './me.schema.ts';
import { session } from './schema.ts';
import { clearSessionCookies, setSessionCookies } from './session-cookies.ts';
import { listSessions, revokeSession } from './sessions.ts';

const tags = ['identity'];
/** A signed-in person or staff member (the operator token and API clients have no session). */
export const signedIn = (p: Principal | null): Principal => {
  if (!p || p.kind === 'operator' || p.kind === 'client') throw new AppError('UNAUTHENTICATED');
  return p;
};

export function identityRoutes(
  app: FastifyInstance,
  opts: { crypto: PersonalDataCrypto; secureCookies: boolean },
): void {
  app.post<{ Body: { username: string; password: string; totp?: string } }>(
    '/api/v1/auth/login',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '登录 · Sign in',
        description:
          '用户名与密码；须二次验证的账号同时提交 totp（6 位动态码）。成功后设置 httpOnly 会话 Cookie，并返回 CSRF 令牌。\n\n' +
          'Username and password, plus the 6-digit `totp` for accounts that need a second factor. Sets an httpOnly session cookie and returns the CSRF token.',
        body: StrictObject({
          username: Type.String({ minLength: 1, maxLength: 64 }),
          password: Type.String({ minLength: 1, maxLength: 128 }),
          totp: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
        }),
        response: { 200: MeSchema, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const created = await login(app.db, opts.crypto, {
        ...request.body,
        origin: request.ip,
        userAgent: request.headers['user-agent'],
        requestId: request.id,
      });
      const csrf = setSessionCookies(reply, created.token, opts.secureCookies);
      const p = await principalFor(app.db, created.accountId, created.id, null);
      return describeMe(app.db, { ...p!, csrfToken: csrf });
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags,
        summary: '退出 · Sign out',
        description: '撤销当前会话。Revokes the current session.',
        response: NoContent,
      },
    },
    async (request, reply) => {
      const p = request.principal;
      if (p?.sessionId) {
        await revokeSession(app.db, p.accountId, p.sessionId);
        await recordAudit(app.db, auditActorOf(request), {
          action: 'auth.logout',
          purpose: 'sign out',
          resource: { type: 'session', id: p.sessionId },
        });
      }
      clearSessionCookies(reply);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      schema: {
        tags,
        summary: '当前用户 · Who am I',
        description:
          '当前登录身份、可代办的企业与权限；以 API 客户端令牌调用时说明该客户端（kind 为 client）及其授权。\n\n' +
          'The signed-in account, enterprises it may act for and its grants; called with an API client token, the client (kind client) and its grants.',
        response: { 200: MeSchema, ...problemResponses(401) },
      },
    },
    async (request) =>
      describeMe(
        app.db,
        request.principal?.kind === 'client' ? request.principal : signedIn(request.principal),
      ),
  );

  app.get(
    '/api/v1/auth/sessions',
    {
      schema: {
        tags,
        summary: '我的会话 · My sessions',
        description: '未过期、未撤销的会话。Live sessions of the signed-in account.',
        response: { 200: SessionsSchema, ...problemResponses(401) },
      },
    },
    async (request) => {
      const p = signedIn(request.principal);
      const rows = await listSessions(app.db, p.accountId);
      return { items: rows.map((r) => ({ ...r, current: r.id === p.sessionId })) };
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/v1/auth/sessions/:id',
    {
      schema: {
        tags,
        summary: '撤销会话 · Revoke a session',
        description: '只能撤销本人的会话。Only your own sessions.',
        params: Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{64}$' }) }),
        response: { ...NoContent, ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const p = signedIn(request.principal);
      if (!(await revokeSession(app.db, p.accountId, request.params.id))) throw notFound('session');
      await recordAudit(app.db, auditActorOf(request), {
        action: 'auth.session.revoke',
        purpose: 'manage own sessions',
        resource: { type: 'session', id: request.params.id },
      });
      return reply.code(204).send();
    },
  );

  app.put<{ Body: { enterpriseId: string | null } }>(
    '/api/v1/auth/acting-for',
    {
      schema: {
        tags,
        summary: '切换办事身份 · Act as myself or an enterprise',
        description:
          '以个人身份（null）或以授权企业身份办事。Act as yourself (null) or for an enterprise that authorised you.',
        body: StrictObject({ enterpriseId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]) }),
        response: { 200: MeSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const p = signedIn(request.principal);
      const target = request.body.enterpriseId;
      if (p.kind !== 'person' || !p.sessionId) throw new AppError('FORBIDDEN');
      if (target && !(await mayActFor(app.db, p.accountId, target))) throw notFound('enterprise');
      await app.db
        .update(session)
        .set({ actingForEnterpriseId: target })
        .where(and(eq(session.id, p.sessionId), eq(session.accountId, p.accountId)));
      const switched = { ...p, actingFor: target ? { type: 'enterprise' as const, id: target } : null };
      await recordAudit(
        app.db,
        { ...auditActorOf(request), ...(target && { onBehalfOf: { type: 'enterprise', id: target } }) },
        { action: 'auth.acting-for', purpose: 'switch identity', detail: { enterpriseId: target } },
      );
      return describeMe(app.db, switched);
    },
  );
}
