// The basic catalog over HTTP: public reads, and adjustment requests decided by the city office.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ListOf, ListQuery, StrictObject, problemResponses } from '../../platform/http/schemas.ts';
import { anyOf, catalogCtx } from './catalog-access.ts';
import {
  BasicItem,
  IdParams,
  ItemAdjustment,
  ItemTypeCode,
  Uuid,
  security,
  tags,
} from './catalog.schemas.ts';
import { BasicItemContent } from './content.ts';
import {
  decideAdjustment,
  listAdjustments,
  requestAdjustment,
  type AdjustmentInput,
} from './item-adjustments.service.ts';
import { getItem, listItems } from './items.service.ts';

type Status = 'submitted' | 'approved' | 'returned';

export function itemRoutes(app: FastifyInstance): void {
  app.get<{
    Querystring: { q?: string; itemType?: string; includeRetired?: boolean; limit: number; cursor?: string };
  }>(
    '/api/v1/catalog/items',
    {
      schema: {
        tags,
        summary: '基本目录 · Basic catalog items',
        description:
          '按基本编码排序，可按名称或编码、事项类型筛选。Ordered by basic code; filter by name or code prefix, and item type.',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          itemType: Type.Optional(ItemTypeCode),
          includeRetired: Type.Optional(Type.Boolean({ default: false })),
          ...ListQuery,
        }),
        response: { 200: ListOf(BasicItem), ...problemResponses(400) },
      },
    },
    async (request) => listItems(app.db, request.query),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/catalog/items/:id',
    {
      schema: {
        tags,
        summary: '基本目录事项 · One basic catalog item',
        description: '含其实施清单数量。With the number of its implementations.',
        params: IdParams,
        response: {
          200: Type.Object({ ...BasicItem.properties, implementationCount: Type.Integer() }),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request) => getItem(app.db, request.params.id),
  );

  app.post<{ Body: AdjustmentInput }>(
    '/api/v1/catalog/item-adjustments',
    {
      config: { permission: 'catalog.edit' },
      schema: {
        tags,
        security,
        summary: '提交基本目录调整申请 · Request a basic-catalog adjustment',
        description:
          '新增（create，填 proposed）、变更（change，填 itemId 与 proposed）或取消（retire，填 itemId）基本目录事项，由市政务服务办审核。Create (proposed), change (itemId and proposed) or retire (itemId) a basic item; the city service office decides.',
        body: StrictObject({
          kind: Type.Union([Type.Literal('create'), Type.Literal('change'), Type.Literal('retire')]),
          itemId: Type.Optional(Uuid),
          proposed: Type.Optional(BasicItemContent),
          reason: Type.String({ minLength: 1, maxLength: 1000 }),
        }),
        response: { 201: ItemAdjustment, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await requestAdjustment(catalogCtx(app, request), request.body)),
  );

  app.get<{ Querystring: { status?: Status; mine?: boolean; limit: number; cursor?: string } }>(
    '/api/v1/catalog/item-adjustments',
    {
      onRequest: anyOf(['catalog.edit', 'catalog.review']),
      schema: {
        tags,
        security,
        summary: '基本目录调整申请 · Basic-catalog adjustment requests',
        description:
          '市政务服务办（全市范围的 catalog.review）看到全部申请；其他事项编辑、审核人员只看到本人提交的申请（mine=true 时市政务服务办也只看本人的）。新的在前。The city service office (city-wide catalog.review) sees every request; other catalog staff see the ones they made (mine=true narrows the city office too). Newest first.',
        querystring: Type.Object({
          status: Type.Optional(
            Type.Union([Type.Literal('submitted'), Type.Literal('approved'), Type.Literal('returned')]),
          ),
          mine: Type.Optional(Type.Boolean()),
          ...ListQuery,
        }),
        response: { 200: ListOf(ItemAdjustment), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listAdjustments(catalogCtx(app, request), request.query),
  );

  app.post<{ Params: { id: string }; Body: { approve: boolean; comment?: string } }>(
    '/api/v1/catalog/item-adjustments/:id/decision',
    {
      config: { permission: 'catalog.review' },
      schema: {
        tags,
        security,
        summary: '审核基本目录调整申请 · Decide a basic-catalog adjustment',
        description:
          '仅市政务服务办（全市范围的审核权限）可决定。通过即在同一事务中修改基本目录（变更时修订号加一）；退回须说明理由。Only the city service office decides. Approval applies the change at once (a change bumps the revision); a return needs a comment.',
        params: IdParams,
        body: StrictObject({
          approve: Type.Boolean(),
          comment: Type.Optional(Type.String({ maxLength: 1000 })),
        }),
        response: { 200: ItemAdjustment, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => decideAdjustment(catalogCtx(app, request), request.params.id, request.body),
  );
}
