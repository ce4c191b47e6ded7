// Implementations over HTTP, for catalog staff: list and read within the caller's scope, create
// one with its first draft, open a new version. Reads need any catalog permission (editors,
// reviewers, publishers), which the service checks along with the row scope.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ListOf, ListQuery, StrictObject, problemResponses } from '../../platform/http/schemas.ts';
import { ImplementationCode } from './guide.routes.ts';
import { catalogCtx, staffOnly } from './catalog-access.ts';
import {
  AgencyId,
  ImplementationDetail,
  ImplementationSummary,
  ItemTypeCode,
  RegionCode,
  Uuid,
  VersionStateSchema,
  security,
  tags,
} from './catalog.schemas.ts';
import { ImplementationContent } from './content.ts';
import {
  createImplementation,
  getImplementation,
  listImplementations,
  type CreateImplementationInput,
  type ImplementationQuery,
} from './implementations.service.ts';
import { openNewVersion } from './versions.service.ts';

const CodeParams = Type.Object({ code: ImplementationCode });

export function implementationRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: ImplementationQuery }>(
    '/api/v1/catalog/implementations',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        security,
        summary: '实施清单列表（工作人员） · Implementations (staff)',
        description:
          '事项编辑、审核、发布人员可见其授权范围内的实施清单（部门范围：本部门；区划范围：该区划及下级；无范围：全市），按实施编码排序。state 按最新版本的状态筛选（submitted 即待审核队列，approved 即待发布，in-force 即现行）。Catalog staff see the implementations their grants cover, ordered by code; `state` filters on the state of the latest version (submitted: the review queue; approved: awaiting publication; in-force: current).',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: '名称 · Name' })),
          agencyId: Type.Optional(AgencyId),
          regionCode: Type.Optional(RegionCode),
          itemType: Type.Optional(ItemTypeCode),
          state: Type.Optional(VersionStateSchema),
          ...ListQuery,
        }),
        response: { 200: ListOf(ImplementationSummary), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listImplementations(catalogCtx(app, request), request.query),
  );

  app.post<{ Body: CreateImplementationInput }>(
    '/api/v1/catalog/implementations',
    {
      config: { permission: 'catalog.edit' },
      schema: {
        tags,
        security,
        summary: '新建实施清单 · Create an implementation',
        description:
          '为基本目录事项新建本部门在某区划的实施清单：实施编码为部门统一社会信用代码加序号，第 1 版为草稿，内容取自基本目录（或请求中的 content）。部门不在授权范围内时 404。Creates an agency’s implementation of a basic item in a region: the code is the agency USCC plus its next serial; version 1 is a draft starting from the basic item (or the given content). An agency outside your scope: 404.',
        body: StrictObject({
          basicItemId: Uuid,
          agencyId: AgencyId,
          regionCode: RegionCode,
          content: Type.Optional(ImplementationContent),
        }),
        response: { 201: ImplementationDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const ctx = catalogCtx(app, request);
      const { code } = await createImplementation(ctx, request.body);
      return reply.code(201).send(await getImplementation(ctx, code));
    },
  );

  app.get<{ Params: { code: string } }>(
    '/api/v1/catalog/implementations/:code',
    {
      onRequest: staffOnly,
      schema: {
        tags,
        security,
        summary: '实施清单详情（工作人员） · One implementation (staff)',
        description:
          '含全部版本（新的在前）及每个版本的审核记录。With every version (newest first) and each version’s review log.',
        params: CodeParams,
        response: { 200: ImplementationDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getImplementation(catalogCtx(app, request), request.params.code),
  );

  app.post<{ Params: { code: string } }>(
    '/api/v1/catalog/implementations/:code/versions',
    {
      config: { permission: 'catalog.edit' },
      schema: {
        tags,
        security,
        summary: '新建版本 · Open a new version',
        description:
          '复制最新的已发布版本（没有则最新版本）为新草稿。已有未完成的版本时 409 CATALOG_VERSION_IN_PROGRESS。Copies the latest published version (else the latest) into a new draft; 409 CATALOG_VERSION_IN_PROGRESS while another is in the works.',
        params: CodeParams,
        response: {
          201: Type.Object({ id: Uuid, version: Type.Integer() }),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await openNewVersion(catalogCtx(app, request), request.params.code)),
  );
}
