// The OpenID Provider's Tongban side over HTTP: the sign-in page's interaction API (describe,
// complete with the signed-in session, abort) and client registration for city-wide user
// administrators. The protocol endpoints themselves live under /oidc (oidc-provider.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import { Type } from 'typebox';
import { scopesOf } from '../../platform/access/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { StrictObject, problemResponses } from '../../platform/http/schemas.ts';
import { NoContent } from './me.schema.ts';
import type { FieldCipher } from '../../platform/crypto/field-encryption.ts';
import { listOidcClients, registerOidcClient, removeOidcClient } from './oidc-clients.ts';
import { abortInteraction, completeInteraction, describeInteraction } from './oidc-interactions.ts';
import { signedIn } from './routes.ts';
import { isCityWide } from './staff-admin.scope.ts';

const tags = ['identity'];
const security = [{ bearer: [] }];
const Uid = Type.Object({ uid: Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$' }) });
const Redirect = Type.Object({ redirectTo: Type.String() });
const ClientSummary = Type.Object({
  clientId: Type.String(),
  name: Type.String(),
  redirectUris: Type.Array(Type.String()),
});

export function oidcRoutes(app: FastifyInstance, provider: Provider, cipher: FieldCipher): void {
  /** users.admin without any scope limit (clients reach every department's users). */
  const cityWideAdmin = (request: FastifyRequest) => {
    if (!scopesOf(request.principal, 'users.admin').some(isCityWide))
      throw new AppError('FORBIDDEN', { detail: 'city-wide users.admin only' });
  };

  app.get<{ Params: { uid: string } }>(
    '/api/v1/oidc/interactions/:uid',
    {
      schema: {
        tags,
        summary: '单点登录请求 · A single sign-on request',
        description:
          '登录页据此显示哪个部门系统请求登录、申请哪些信息（scope）。无需登录。\n\n' +
          'What the sign-in page shows: which department system asks, and for which scopes. No sign-in needed.',
        params: Uid,
        response: {
          200: Type.Object({
            uid: Type.String(),
            clientId: Type.String(),
            clientName: Type.String(),
            scopes: Type.Array(Type.String()),
            prompt: Type.String(),
          }),
          ...problemResponses(404),
        },
      },
    },
    async (request) => describeInteraction(provider, request.params.uid),
  );

  app.post<{ Params: { uid: string } }>(
    '/api/v1/oidc/interactions/:uid/complete',
    {
      schema: {
        tags,
        summary: '同意单点登录 · Sign in to the department system',
        description:
          '以当前会话（及当前办事身份）完成登录并同意所申请的信息，记入审计日志；页面随后跳转到 redirectTo。\n\n' +
          'Finishes sign-in and consent with the current session (and the identity it acts as), recorded in the audit log; the page then navigates to `redirectTo`.',
        params: Uid,
        response: { 200: Redirect, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const p = signedIn(request.principal);
      if (!p.sessionId) throw new AppError('UNAUTHENTICATED');
      return completeInteraction(provider, app.db, p, auditActorOf(request), request.params.uid);
    },
  );

  app.post<{ Params: { uid: string } }>(
    '/api/v1/oidc/interactions/:uid/abort',
    {
      schema: {
        tags,
        summary: '拒绝单点登录 · Decline the sign-in',
        description:
          '部门系统收到 access_denied；页面随后跳转到 redirectTo。\n\n' +
          'The department system receives `access_denied`; the page then navigates to `redirectTo`.',
        params: Uid,
        response: { 200: Redirect, ...problemResponses(404) },
      },
    },
    async (request) => abortInteraction(provider, request.params.uid),
  );

  const config = { permission: 'users.admin' as const };

  app.get(
    '/api/v1/oidc-clients',
    {
      config,
      schema: {
        tags,
        security,
        summary: '单点登录客户端 · Single sign-on clients',
        description:
          '已登记的部门系统（不含密钥）。仅全市范围的用户管理员。\n\nRegistered department systems (never their secrets). City-wide user administrators only.',
        response: { 200: Type.Object({ items: Type.Array(ClientSummary) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      cityWideAdmin(request);
      return listOidcClients(app.db);
    },
  );

  app.post<{ Body: { name: string; redirectUris: string[] } }>(
    '/api/v1/oidc-clients',
    {
      config,
      schema: {
        tags,
        security,
        summary: '登记单点登录客户端 · Register a single sign-on client',
        description:
          '回调地址须为 https（开发时可用 http://localhost 或 http://127.0.0.1）。client_secret 只在此返回一次；令牌端点用 client_secret_basic，授权码须带 PKCE（S256）。\n\n' +
          'Redirect URIs must be https (http://localhost or http://127.0.0.1 for development). The client secret is returned only here, once; the token endpoint uses client_secret_basic and codes need PKCE (S256).',
        body: StrictObject({
          name: Type.String({ minLength: 1, maxLength: 100 }),
          redirectUris: Type.Array(Type.String({ minLength: 1, maxLength: 2000 }), {
            minItems: 1,
            maxItems: 10,
          }),
        }),
        response: {
          201: Type.Object({
            ...ClientSummary.properties,
            clientSecret: Type.String(),
            tokenEndpointAuthMethod: Type.String(),
          }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      cityWideAdmin(request);
      const created = await registerOidcClient(app.db, cipher, auditActorOf(request), request.body);
      return reply.code(201).send(created);
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/v1/oidc-clients/:id',
    {
      config,
      schema: {
        tags,
        security,
        summary: '删除单点登录客户端 · Remove a single sign-on client',
        description:
          '该系统此后不能再发起登录或兑换授权码。\n\nThe system can no longer start sign-ins or redeem codes.',
        params: Type.Object({ id: Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$' }) }),
        response: { ...NoContent, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      cityWideAdmin(request);
      await removeOidcClient(app.db, auditActorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
