// Synonym administration over HTTP: list (catalog.publish), set and delete (catalog.publish,
// city-wide). A change re-indexes the catalog and reaches every replica within seconds.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../../platform/errors/app-error.ts';
import { auditActorOf } from '../../../platform/http/auth.ts';
import { ListOf, ListQuery, problemResponses, StrictObject } from '../../../platform/http/schemas.ts';
import { deleteSynonym, listSynonyms, putSynonym, type SynonymAdminCtx } from './synonyms.service.ts';

const tags = ['catalog'];
const security = [{ bearer: [] }];
const config = { permission: 'catalog.publish' as const };

const Synonym = Type.Object(
  {
    term: Type.String({ description: '口语说法（规范化后） · What people say (normalised), e.g. 饭店' }),
    canonical: Type.String({ description: '目录用语 · What the catalog says, e.g. 餐饮' }),
    createdBy: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'SearchSynonym' },
);
const Term = Type.Object({ term: Type.String({ minLength: 1, maxLength: 30 }) });
const SynonymBody = StrictObject({ canonical: Type.String({ minLength: 1, maxLength: 30 }) });

export function synonymRoutes(app: FastifyInstance): void {
  const ctxOf = (request: FastifyRequest): SynonymAdminCtx => {
    if (!request.principal) throw new AppError('UNAUTHENTICATED');
    return { db: app.db, actor: auditActorOf(request), principal: request.principal };
  };

  app.get<{ Querystring: { limit: number; cursor?: string } }>(
    '/api/v1/catalog/synonyms',
    {
      config,
      schema: {
        tags,
        security,
        summary: '搜索同义词列表 · Search synonyms',
        description: '按词条排序。Ordered by term.',
        querystring: Type.Object(ListQuery),
        response: { 200: ListOf(Synonym), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listSynonyms(ctxOf(request), request.query),
  );

  app.put<{ Params: { term: string }; Body: { canonical: string } }>(
    '/api/v1/catalog/synonyms/:term',
    {
      config,
      schema: {
        tags,
        security,
        summary: '设置搜索同义词 · Set a search synonym',
        description:
          '新增或修改一个同义词（需全市范围的发布权限），随即重建搜索索引，各节点数秒内生效。\n\n' +
          'Adds or changes a synonym (needs a city-wide publish grant); the search index is rebuilt at once and every replica follows within seconds.',
        params: Term,
        body: SynonymBody,
        response: { 200: Synonym, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => putSynonym(ctxOf(request), request.params.term, request.body),
  );

  app.delete<{ Params: { term: string } }>(
    '/api/v1/catalog/synonyms/:term',
    {
      config,
      schema: {
        tags,
        security,
        summary: '删除搜索同义词 · Delete a search synonym',
        description:
          '删除后重建搜索索引（需全市范围的发布权限）。\n\nRebuilds the search index after the deletion (needs a city-wide publish grant).',
        params: Term,
        response: { 204: Type.Null({ description: 'No content' }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteSynonym(ctxOf(request), request.params.term);
      return reply.code(204).send();
    },
  );
}
