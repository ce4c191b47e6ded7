// Catalog search over HTTP (public). The contract is fixed here; ranking lives in query.ts.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ListQuery, problemResponses } from '../../../platform/http/schemas.ts';
import { HANDLING_MODES, SERVICE_TARGETS, THEMES } from '../codes.ts';
import { Code } from '../content.ts';
import { businessDate } from '../../../platform/time/business-date.ts';
import { ensureDictionary } from './dictionary.ts';
import { searchCatalog } from './query.ts';

export const SearchHit = Type.Object(
  {
    name: Type.String(),
    implementationCode: Type.String(),
    agency: Type.Object({ id: Type.String(), name: Type.String() }),
    regionCode: Type.String(),
    itemType: Type.String(),
    serviceTargets: Type.Array(Type.String()),
    themes: Type.Array(Type.String()),
    handlingModes: Type.Array(Type.String()),
    cityWide: Type.Boolean(),
    score: Type.Number({ description: '相关度 · Relevance' }),
  },
  { $id: 'SearchHit' },
);

export interface SearchQuery {
  q?: string;
  target?: string;
  theme?: string;
  agencyId?: string;
  regionCode?: string;
  mode?: string;
  cityWide?: boolean;
  limit: number;
  cursor?: string;
}

export const SearchQuerySchema = Type.Object({
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: '查询语句 · Query, e.g. 开饭店要办什么证' }),
  ),
  target: Type.Optional(Code(SERVICE_TARGETS, '服务对象 · Service target')),
  theme: Type.Optional(Code(THEMES, '主题 · Theme')),
  agencyId: Type.Optional(Type.String({ maxLength: 64 })),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}(\\d{3}){0,2}$' })),
  mode: Type.Optional(Code(HANDLING_MODES, '办理形式 · Handling mode')),
  cityWide: Type.Optional(Type.Boolean()),
  ...ListQuery,
});

export function searchRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: SearchQuery }>(
    '/api/v1/catalog/search',
    {
      schema: {
        tags: ['catalog'],
        summary: '事项搜索 · Catalog search',
        description:
          '中文自然语言查询（结巴分词 + 同义词 + 二元字 + 模糊匹配），按相关度排序，可按服务对象、主题、部门、区划、办理形式、全市通办筛选。Chinese natural-language search, ranked, with filters.',
        querystring: SearchQuerySchema,
        response: {
          200: Type.Object({
            items: Type.Array(SearchHit),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
          }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      // At most one primary-key read every few seconds: picks up synonyms changed on any replica.
      const dictionary = await ensureDictionary(app.db);
      return searchCatalog(app.db, request.query, businessDate(), dictionary);
    },
  );
}
