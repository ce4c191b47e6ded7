// The data-element dictionary over HTTP: a public list; create, change and retire for publishers.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ListOf, ListQuery, problemResponses } from '../../platform/http/schemas.ts';
import { catalogCtx } from './catalog-access.ts';
import { DataElement, DataElementBody, DataElementKey, security, tags } from './catalog.schemas.ts';
import {
  listDataElements,
  putDataElement,
  retireDataElement,
  type DataElementInput,
} from './data-elements.service.ts';

const config = { permission: 'catalog.publish' as const };

export function dataElementRoutes(app: FastifyInstance): void {
  app.get<{
    Querystring: { q?: string; type?: string; includeRetired?: boolean; limit: number; cursor?: string };
  }>(
    '/api/v1/catalog/data-elements',
    {
      schema: {
        tags,
        summary: '数据元列表 · Data elements',
        description:
          '表单所用的数据元字典，按标识排序；可按关键字（标识、中英文名称）和类型筛选。The data-element dictionary that forms are built from, ordered by key; filter by text (key, labels) and type.',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
          type: Type.Optional(DataElementBody.properties.type),
          includeRetired: Type.Optional(Type.Boolean({ default: false })),
          ...ListQuery,
        }),
        response: { 200: ListOf(DataElement), ...problemResponses(400) },
      },
    },
    async (request) => listDataElements(app.db, request.query),
  );

  app.put<{ Params: { key: string }; Body: DataElementInput }>(
    '/api/v1/catalog/data-elements/:key',
    {
      config,
      schema: {
        tags,
        security,
        summary: '新增或修改数据元 · Create or change a data element',
        description:
          '数据元为所有表单共用。已被已发布版本表单使用的数据元不能改变类型（DATA_ELEMENT_IN_USE）。A data element is shared by every form; one used by a published form cannot change its type (DATA_ELEMENT_IN_USE).',
        params: Type.Object({ key: DataElementKey }),
        body: DataElementBody,
        response: { 200: DataElement, 201: DataElement, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const done = await putDataElement(catalogCtx(app, request), request.params.key, request.body);
      return reply.code(done.created ? 201 : 200).send(done.element);
    },
  );

  app.delete<{ Params: { key: string } }>(
    '/api/v1/catalog/data-elements/:key',
    {
      config,
      schema: {
        tags,
        security,
        summary: '停用数据元 · Retire a data element',
        description:
          '停用后不能用于新表单；被现行或待生效版本使用时拒绝（DATA_ELEMENT_IN_USE）。A retired element cannot be used in new forms; refused while a version in force or scheduled uses it.',
        params: Type.Object({ key: DataElementKey }),
        response: {
          204: Type.Null({ description: 'No content' }),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      await retireDataElement(catalogCtx(app, request), request.params.key);
      return reply.code(204).send();
    },
  );
}
