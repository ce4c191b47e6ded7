// Public read endpoints for regions, agencies and venues (with their windows).
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ListOf, ListQuery, problemResponses } from '../../platform/http/schemas.ts';
import { getVenue, listAgencies, listRegions, listVenues } from './queries.ts';
import { REGION_LEVELS, VENUE_KINDS, WINDOW_TYPES } from './seed/types.ts';

const RegionCode = Type.String({
  pattern: '^\\d{6}(\\d{3}){0,2}$',
  description: 'GB/T 2260 / GB/T 10114 / 统计用区划代码',
});
const q = Type.Optional(
  Type.String({ minLength: 1, maxLength: 50, description: '名称包含 · Name contains' }),
);
const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));

const Region = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    nameEn: Type.String(),
    level: literals(REGION_LEVELS),
    parentCode: Type.Union([Type.String(), Type.Null()]),
    retired: Type.Boolean(),
  },
  { $id: 'Region' },
);
const Agency = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    shortName: Type.String(),
    nameEn: Type.String(),
    uscc: Type.String({ description: '统一社会信用代码 · Unified social credit code' }),
    regionCode: Type.String(),
    parentId: Type.Union([Type.String(), Type.Null()]),
    kind: Type.String(),
  },
  { $id: 'Agency' },
);
const venueFields = {
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  kind: literals(VENUE_KINDS),
  regionCode: Type.String(),
  managingAgencyId: Type.String(),
  address: Type.String(),
  phone: Type.String(),
  hours: Type.String(),
};
const Venue = Type.Object(venueFields, { $id: 'Venue' });
const ServiceWindow = Type.Object({
  code: Type.String(),
  name: Type.String(),
  type: literals(WINDOW_TYPES),
  agencyId: Type.Union([Type.String(), Type.Null()]),
});
const VenueDetail = Type.Object({ ...venueFields, windows: Type.Array(ServiceWindow) });

export function masterDataRoutes(app: FastifyInstance): void {
  app.get<{
    Querystring: {
      parentCode?: string;
      level?: string;
      q?: string;
      includeRetired?: boolean;
      limit: number;
      cursor?: string;
    };
  }>(
    '/api/v1/regions',
    {
      schema: {
        tags: ['masterdata'],
        summary: '行政区划 · Regions',
        description:
          '按上级代码、层级、名称筛选；默认不含已撤销的代码。Filter by parent, level or name; retired codes only on request.',
        querystring: Type.Object({
          parentCode: Type.Optional(RegionCode),
          level: Type.Optional(literals(REGION_LEVELS)),
          q,
          includeRetired: Type.Optional(Type.Boolean({ default: false })),
          ...ListQuery,
        }),
        response: { 200: ListOf(Region), ...problemResponses(400) },
      },
    },
    async (request) => listRegions(app.db, request.query),
  );

  app.get<{
    Querystring: { regionCode?: string; parentId?: string; q?: string; limit: number; cursor?: string };
  }>(
    '/api/v1/agencies',
    {
      schema: {
        tags: ['masterdata'],
        summary: '部门 · Agencies',
        description: '按区划（含下级）、上级部门、名称筛选。Filter by region subtree, parent agency or name.',
        querystring: Type.Object({
          regionCode: Type.Optional(RegionCode),
          parentId: Type.Optional(Type.String({ maxLength: 64 })),
          q,
          ...ListQuery,
        }),
        response: { 200: ListOf(Agency), ...problemResponses(400) },
      },
    },
    async (request) => listAgencies(app.db, request.query),
  );

  app.get<{
    Querystring: { regionCode?: string; kind?: string; q?: string; limit: number; cursor?: string };
  }>(
    '/api/v1/venues',
    {
      schema: {
        tags: ['masterdata'],
        summary: '政务服务场所 · Venues',
        description:
          '政务服务中心、便民服务中心、便民服务站；regionCode 含下级区划。Service centres, convenience centres and stations; regionCode covers the subtree.',
        querystring: Type.Object({
          regionCode: Type.Optional(RegionCode),
          kind: Type.Optional(literals(VENUE_KINDS)),
          q,
          ...ListQuery,
        }),
        response: { 200: ListOf(Venue), ...problemResponses(400) },
      },
    },
    async (request) => listVenues(app.db, request.query),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/venues/:id',
    {
      schema: {
        tags: ['masterdata'],
        summary: '场所详情及窗口 · Venue with its windows',
        description:
          '窗口类型：综合咨询、综合受理、帮办代办、跨省通办/全市通办、办不成事反映、专业窗口。Window types as listed.',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: { 200: VenueDetail, ...problemResponses(404) },
      },
    },
    async (request) => getVenue(app.db, request.params.id),
  );
}
