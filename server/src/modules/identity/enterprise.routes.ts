// Enterprises and their agents over HTTP (一企一档 skeleton): register my enterprise, manage its
// agents as its legal representative, and see the authorisations I hold as an agent.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { auditActorOf } from '../../platform/http/auth.ts';
import { StrictObject, problemResponses } from '../../platform/http/schemas.ts';
import {
  authorizeAgent,
  listAgents,
  myAuthorizations,
  registerEnterprise,
  revokeAgent,
  type EnterpriseCtx,
} from './enterprise.service.ts';
import { requirePerson } from './guards.ts';

const tags = ['identity'];
const Id = Type.String({ format: 'uuid' });
const authorizationFields = {
  id: Type.String(),
  scope: Type.Union([Type.Literal('all'), Type.Literal('listed')]),
  itemCodes: Type.Array(Type.String()),
  expiresAt: Type.String({ format: 'date-time' }),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  status: Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('revoked')]),
};
const Agent = Type.Object({ personId: Type.String(), username: Type.String(), name: Type.String() });
const AgentAuthorization = Type.Object({ ...authorizationFields, agent: Agent });
const MyAuthorization = Type.Object({
  ...authorizationFields,
  enterprise: Type.Object({ id: Type.String(), uscc: Type.String(), name: Type.String() }),
});

export function enterpriseRoutes(app: FastifyInstance): void {
  const ctxOf = (request: FastifyRequest): EnterpriseCtx => ({
    db: app.db,
    actor: auditActorOf(request),
    principal: requirePerson(request.principal),
  });

  app.post<{ Body: { uscc: string } }>(
    '/api/v1/enterprises',
    {
      schema: {
        tags,
        summary: '登记企业 · Register my enterprise',
        description:
          '已实名（L2）的法定代表人按统一社会信用代码登记企业；与法人库中的法定代表人核验一致方可登记。\n\n' +
          'A real-name verified (L2) legal representative registers their enterprise by USCC; it must match the legal representative in the base registry.',
        body: StrictObject({ uscc: Type.String({ minLength: 18, maxLength: 18 }) }),
        response: {
          201: Type.Object({
            id: Type.String(),
            uscc: Type.String(),
            name: Type.String(),
            regionCode: Type.String(),
            verifiedAt: Type.String({ format: 'date-time' }),
          }),
          ...problemResponses(400, 401, 403, 409, 422),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await registerEnterprise(ctxOf(request), request.body)),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/enterprises/:id/agents',
    {
      schema: {
        tags,
        summary: '企业经办人 · Agents of an enterprise',
        description:
          '仅法定代表人（以本人或该企业身份）可见，含已过期和已撤销的授权。\n\n' +
          'Only for the legal representative (acting as themself or for this enterprise); includes expired and revoked authorisations.',
        params: Type.Object({ id: Id }),
        response: {
          200: Type.Object({ items: Type.Array(AgentAuthorization) }),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request) => listAgents(ctxOf(request), request.params.id),
  );

  app.post<{
    Params: { id: string };
    Body: { username: string; scope: 'all' | 'listed'; itemCodes?: string[]; expiresAt: string };
  }>(
    '/api/v1/enterprises/:id/agents',
    {
      schema: {
        tags,
        summary: '授权经办人 · Authorise an agent',
        description:
          '法定代表人授权已实名的个人为经办人：全部事项（all）或指定事项（listed + itemCodes），有效期至 expiresAt（将来、最长5年）。\n\n' +
          'The legal representative authorises a verified person as agent for all items or listed items, until `expiresAt` (future, at most 5 years).',
        params: Type.Object({ id: Id }),
        body: StrictObject({
          username: Type.String({ minLength: 1, maxLength: 64 }),
          scope: Type.Union([Type.Literal('all'), Type.Literal('listed')]),
          itemCodes: Type.Optional(
            Type.Array(Type.String({ pattern: '^[0-9A-Za-z._-]{1,64}$' }), { maxItems: 200 }),
          ),
          expiresAt: Type.String({ format: 'date-time' }),
        }),
        response: { 201: AgentAuthorization, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await authorizeAgent(ctxOf(request), {
          ...request.body,
          itemCodes: request.body.itemCodes ?? [],
          enterpriseId: request.params.id,
        }),
      ),
  );

  app.delete<{ Params: { id: string; authorizationId: string } }>(
    '/api/v1/enterprises/:id/agents/:authorizationId',
    {
      schema: {
        tags,
        summary: '撤销经办人授权 · Revoke an agent',
        description: '立即生效；经办人此后不能再以该企业身份办事。Takes effect at once.',
        params: Type.Object({ id: Id, authorizationId: Id }),
        response: problemResponses(401, 403, 404),
      },
    },
    async (request, reply) => {
      await revokeAgent(ctxOf(request), {
        enterpriseId: request.params.id,
        authorizationId: request.params.authorizationId,
      });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/me/authorizations',
    {
      schema: {
        tags,
        summary: '我获得的企业授权 · Authorisations I hold',
        description:
          '本人作为经办人获得的企业授权，有效的在前。The enterprise authorisations you hold as an agent, those in force first.',
        response: { 200: Type.Object({ items: Type.Array(MyAuthorization) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => myAuthorizations(app.db, requirePerson(request.principal).accountId),
  );
}
