// Authorized use (授权用证) over HTTP: the holder grants, lists and revokes; the grantee (an
// agency's staff or API client, or an agent acting for an enterprise) lists its grants and reads
// a license through one.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { problemResponses } from '../../platform/http/schemas.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { signedInOnly } from '../cases/case-access.ts';
import { IdempotencyHeaders } from '../cases/cases.routes.ts';
import {
  authorizedToMe,
  createAuthorization,
  listAuthorizations,
  readAuthorized,
  revokeAuthorization,
} from './authorizations.service.ts';
import type { LicenseDeps } from './deps.ts';
import { libraryCtx } from './library.service.ts';
import {
  AuthorizationBody,
  AuthorizedLicense,
  AuthorizedLicenseItem,
  IdParams,
  LicenseAuthorization,
  Uuid,
  security,
  tags,
} from './licenses.schemas.ts';

const GrantParams = Type.Object({ id: Uuid, authorizationId: Uuid });
const AuthorizationParams = Type.Object({ authorizationId: Uuid });

export function authorizationRoutes(app: FastifyInstance, deps: LicenseDeps): void {
  app.get<{ Params: { id: string } }>(
    '/api/v1/me/licenses/:id/authorizations',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '证照的授权 · Grants on my license',
        description:
          '持证人对该证照作出的授权（含已撤销、已到期的），新的在前。The holder’s grants on this license (revoked and ended ones too), newest first.',
        params: IdParams,
        response: { 200: Type.Array(LicenseAuthorization), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listAuthorizations(libraryCtx(app, request, deps), request.params.id),
  );

  app.post<{ Params: { id: string }; Body: AuthorizationBody; Headers: { 'idempotency-key'?: string } }>(
    '/api/v1/me/licenses/:id/authorizations',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '授权用证 · Authorize use of my license',
        description:
          '授权某机构（机构编号）或企业（企业账号编号）在期限内为所述用途查看本证照（脱敏）。开始日期不早于今天，期限最长一年；证照须有效（否则 409 LICENSE_NOT_VALID）；被授权方须存在（否则 422 LICENSE_AUTHORIZATION_INVALID）。支持 Idempotency-Key。Lets an agency (agency id) or an enterprise (enterprise id) read this license, masked, for the stated purpose within the period: starting today or later, at most one year; the license must be valid (409 LICENSE_NOT_VALID) and the grantee must exist (422 LICENSE_AUTHORIZATION_INVALID). Honours Idempotency-Key.',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: AuthorizationBody,
        response: { 201: LicenseAuthorization, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const result = await createAuthorization(
        libraryCtx(app, request, deps),
        request.params.id,
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.code(result.statusCode).send(result.body);
    },
  );

  app.post<{ Params: { id: string; authorizationId: string } }>(
    '/api/v1/me/licenses/:id/authorizations/:authorizationId/revoke',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '撤销授权 · Revoke a grant',
        description:
          '撤销后被授权方立即不能再查看；重复撤销返回同一结果。The grantee can no longer read the license; revoking again answers the same.',
        params: GrantParams,
        response: { 200: LicenseAuthorization, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      revokeAuthorization(libraryCtx(app, request, deps), request.params.id, request.params.authorizationId),
  );

  app.get(
    '/api/v1/licenses/authorized',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '授权给我方的证照 · Licenses authorized to us',
        description:
          '授权给调用者所在机构（工作人员、接口客户端）或其代理企业、且未撤销未到期的授权，证照信息已脱敏。Active, unended grants to the caller’s agency (staff, API clients) or the enterprise they act for; license fields masked.',
        response: { 200: Type.Array(AuthorizedLicenseItem), ...problemResponses(401) },
      },
    },
    async (request) => authorizedToMe(app.db, request.principal!),
  );

  app.get<{ Params: { authorizationId: string } }>(
    '/api/v1/licenses/authorized/:authorizationId',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '凭授权查看证照 · Read a license through a grant',
        description:
          '仅在授权有效期内且未撤销时可查看（否则 403 LICENSE_AUTHORIZATION_NOT_ACTIVE），证照须有效（否则 409）；返回脱敏的证照详情和授权用途。每次查看记入持证人可见的用证记录和审计日志。非授权给调用者的 404。Only while the grant is active and within its period (else 403 LICENSE_AUTHORIZATION_NOT_ACTIVE) and the license valid (else 409); the license detail, masked, and the grant’s purpose. Each read is logged for the holder and audited. Grants to others answer 404.',
        params: AuthorizationParams,
        response: { 200: AuthorizedLicense, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      readAuthorized(
        { db: app.db, principal: request.principal!, actor: auditActorOf(request), ip: request.ip },
        request.params.authorizationId,
      ),
  );
}
