// API clients for department systems over HTTP: administration (permission users.admin, rows
// limited to the admin's scope — outside it 404) and the OAuth 2.0 token endpoint (client
// credentials, RFC 6749 §4.4). The token endpoint answers in OAuth's own error shape (§5.2),
// not problem+json, because OAuth client libraries expect it; it accepts a form body (its own
// parser, registered for this route only), HTTP Basic client authentication, or JSON.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { Code, RegionCode, config, nullable, security, tags } from './admin.schemas.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import {
  ListOf,
  ListQuery,
  ProblemSchema,
  StrictObject,
  problemResponses,
} from '../../platform/http/schemas.ts';
import { issueToken } from './api-client-auth.ts';
import {
  createApiClient,
  getApiClient,
  listApiClients,
  revokeApiClient,
  rotateApiClientSecret,
  type ApiClientAdminCtx,
  type CreateApiClientInput,
} from './api-clients.service.ts';

const ClientId = Type.String({ pattern: '^tbc_[0-9a-f]{24}$' });

const clientFields = {
  id: Type.String({ description: 'OAuth client_id' }),
  name: Type.String(),
  agencyId: Type.String(),
  createdBy: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  revoked: Type.Boolean(),
  revokedAt: nullable(Type.String({ format: 'date-time' })),
};
const Grants = Type.Array(
  Type.Object({
    id: Type.String(),
    roleId: Type.String(),
    roleNameZh: Type.String(),
    roleNameEn: Type.String(),
    agencyId: nullable(Type.String()),
    regionCode: nullable(Type.String()),
    venueId: nullable(Type.String()),
  }),
);
const ClientSummary = Type.Object(clientFields);
const ClientDetail = Type.Object({ ...clientFields, grants: Grants });
const ClientWithSecret = Type.Object({
  ...clientFields,
  grants: Grants,
  clientSecret: Type.String({ description: '仅此一次显示 · Shown this once only' }),
});

const OAuthError = Type.Object({
  error: Type.Union([
    Type.Literal('invalid_request'),
    Type.Literal('invalid_client'),
    Type.Literal('unsupported_grant_type'),
  ]),
  error_description: Type.Optional(Type.String()),
});

const Problem = Type.Object(ProblemSchema.properties, { description: 'problem+json' });

type TokenBody = { grant_type?: string; client_id?: string; client_secret?: string; scope?: string };

function oauthError(
  reply: FastifyReply,
  status: 400 | 401,
  error: 'invalid_request' | 'invalid_client' | 'unsupported_grant_type',
  description: string,
  basic = false,
) {
  if (basic) reply.header('WWW-Authenticate', 'Basic realm="tongban"');
  return reply
    .code(status)
    .header('Cache-Control', 'no-store')
    .send({ error, error_description: description });
}

/** Client id and secret from `Authorization: Basic` (RFC 6749 §2.3.1: form-encoded, then base64). */
function basicCredentials(header: string | undefined): { id: string; secret: string } | null | 'malformed' {
  if (!header?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'malformed';
  try {
    const unform = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
    return { id: unform(decoded.slice(0, colon)), secret: unform(decoded.slice(colon + 1)) };
  } catch {
    return 'malformed';
  }
}

async function tokenEndpoint(app: FastifyInstance): Promise<void> {
  // Fastify has no form parser of its own; this one lives only inside this plugin.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      const params = new URLSearchParams(body as string);
      const keys = [...params.keys()];
      // RFC 6749 §3.2: a parameter must not be repeated.
      if (new Set(keys).size !== keys.length)
        return done(Object.assign(new Error('a parameter is repeated'), { statusCode: 400 }), undefined);
      done(null, Object.fromEntries(params));
    },
  );
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    // A 400 raised before the handler (e.g. a NUL character in a field) is still an OAuth
    // invalid_request: this route's 400 response schema has no room for problem+json.
    const status = error instanceof AppError ? error.status : (error.statusCode ?? 500);
    if (error instanceof AppError && status !== 400) throw error;
    if (status === 429 || status >= 500 || status < 400) throw error;
    return oauthError(reply, 400, 'invalid_request', 'the request is malformed');
  });

  app.post<{ Body: TokenBody }>(
    '/api/v1/auth/token',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '获取访问令牌（客户端凭证）· Get an access token (client credentials)',
        description:
          '部门系统以 OAuth 2.0 客户端凭证模式（RFC 6749 §4.4）换取 1 小时有效的 Bearer 令牌。凭证可放在表单或 JSON 请求体（client_id、client_secret），或 HTTP Basic 认证头中（二者择一）。本接口的错误按 OAuth 规范（§5.2）返回 {error, error_description}，而非 problem+json。\n\n' +
          'Department systems exchange client credentials (OAuth 2.0, RFC 6749 §4.4) for a bearer token valid one hour. Send client_id and client_secret in a form (application/x-www-form-urlencoded) or JSON body, or in HTTP Basic authentication — one method only. Errors follow OAuth (§5.2): {error, error_description}, not problem+json.',
        consumes: ['application/x-www-form-urlencoded', 'application/json'],
        body: Type.Object({
          grant_type: Type.Optional(Type.String({ maxLength: 64, description: 'client_credentials' })),
          client_id: Type.Optional(Type.String({ maxLength: 128 })),
          client_secret: Type.Optional(Type.String({ maxLength: 256 })),
          scope: Type.Optional(Type.String({ maxLength: 1000, description: '忽略 · Ignored' })),
        }),
        response: {
          200: Type.Object({
            access_token: Type.String(),
            token_type: Type.Literal('Bearer'),
            expires_in: Type.Integer(),
          }),
          400: OAuthError,
          // A wrong credential of another kind (a bearer token, a session without CSRF) is refused
          // before the route as everywhere else: problem+json.
          401: Type.Union([OAuthError, Problem]),
          ...problemResponses(403, 429),
        },
      },
    },
    async (request, reply) => {
      const body = request.body ?? {};
      const basic = basicCredentials(request.headers.authorization);
      if (basic === 'malformed')
        return oauthError(reply, 400, 'invalid_request', 'malformed Basic credentials');
      if (basic && (body.client_id !== undefined || body.client_secret !== undefined))
        return oauthError(reply, 400, 'invalid_request', 'use one client authentication method only');
      if (body.grant_type === undefined)
        return oauthError(reply, 400, 'invalid_request', 'grant_type is missing');
      if (body.grant_type !== 'client_credentials')
        return oauthError(reply, 400, 'unsupported_grant_type', 'only client_credentials is supported');
      const clientId = basic ? basic.id : body.client_id;
      const clientSecret = basic ? basic.secret : body.client_secret;
      if (!clientId || !clientSecret)
        return oauthError(reply, 401, 'invalid_client', 'client authentication is missing', true);
      const issued = await issueToken(
        { db: app.db, actor: { origin: request.ip, requestId: request.id } },
        { clientId, clientSecret },
      );
      if (!issued) return oauthError(reply, 401, 'invalid_client', 'client authentication failed', !!basic);
      return reply
        .header('Cache-Control', 'no-store')
        .header('Pragma', 'no-cache')
        .send({ access_token: issued.accessToken, token_type: 'Bearer', expires_in: issued.expiresIn });
    },
  );
}

export async function apiClientRoutes(app: FastifyInstance): Promise<void> {
  const ctxOf = (request: FastifyRequest): ApiClientAdminCtx => {
    if (!request.principal) throw new AppError('UNAUTHENTICATED');
    return { db: app.db, actor: auditActorOf(request), principal: request.principal };
  };

  await app.register(tokenEndpoint);

  app.get<{ Querystring: { limit: number; cursor?: string } }>(
    '/api/v1/api-clients',
    {
      config,
      schema: {
        tags,
        security,
        summary: 'API 客户端列表 · API clients',
        description:
          '部门系统的 API 客户端，仅限管理范围内部门的客户端；不含密钥。\n\n' +
          "Department systems' API clients of the agencies within your administration scope; never any secret.",
        querystring: Type.Object(ListQuery),
        response: { 200: ListOf(ClientSummary), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listApiClients(ctxOf(request), request.query),
  );

  app.post<{ Body: CreateApiClientInput }>(
    '/api/v1/api-clients',
    {
      config,
      schema: {
        tags,
        security,
        summary: '新建 API 客户端 · Create an API client',
        description:
          '为管理范围内的部门登记一个部门系统，并按角色授权（范围同工作人员授权，不得超出本人管理范围）。须二次验证的权限不能授予 API 客户端。响应中的 clientSecret 仅显示这一次，平台只保存其摘要。\n\n' +
          'Registers a department system for an agency within your scope, with role grants scoped like staff grants (never wider than your own). Roles carrying second-factor permissions cannot be given to a client. The clientSecret in the response is shown this once; only its hash is kept.',
        body: StrictObject({
          name: Type.String({ minLength: 1, maxLength: 100 }),
          agencyId: Code,
          grants: Type.Array(
            StrictObject({
              roleId: Code,
              agencyId: Type.Optional(Code),
              regionCode: Type.Optional(RegionCode),
              venueId: Type.Optional(Code),
            }),
            { minItems: 1, maxItems: 20 },
          ),
        }),
        response: { 201: ClientWithSecret, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiClient(ctxOf(request), request.body)),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/api-clients/:id',
    {
      config,
      schema: {
        tags,
        security,
        summary: 'API 客户端详情 · One API client',
        description: '含角色授权及其范围。With its role grants and their scopes. Outside your scope: 404.',
        params: Type.Object({ id: ClientId }),
        response: { 200: ClientDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getApiClient(ctxOf(request), request.params.id),
  );

  app.delete<{ Params: { id: string } }>(
    '/api/v1/api-clients/:id',
    {
      config,
      schema: {
        tags,
        security,
        summary: '吊销 API 客户端 · Revoke an API client',
        description:
          '吊销后不能再换取令牌，已发放的令牌立即失效。\n\n' +
          'The client can no longer get tokens, and the tokens it holds stop working at once.',
        params: Type.Object({ id: ClientId }),
        response: { 204: Type.Null({ description: 'No content' }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeApiClient(ctxOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/v1/api-clients/:id/secret',
    {
      config,
      schema: {
        tags,
        security,
        summary: '轮换 API 客户端密钥 · Rotate an API client secret',
        description:
          '生成新密钥（仅显示这一次）；旧密钥与已发放的令牌立即失效。\n\n' +
          'Issues a new secret (shown this once); the old secret and the tokens already issued stop working at once.',
        params: Type.Object({ id: ClientId }),
        response: { 200: ClientWithSecret, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => rotateApiClientSecret(ctxOf(request), request.params.id),
  );
}
