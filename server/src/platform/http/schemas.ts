// Shared TypeBox schemas: problem responses, lists with keyset cursors, strict objects.
import { Type, type TObject, type TProperties, type TSchema } from 'typebox';

/** An object that rejects unknown fields (used for every request body). */
export const StrictObject = <T extends TProperties>(
  properties: T,
  options: Record<string, unknown> = {},
): TObject<T> => Type.Object(properties, { additionalProperties: false, ...options });

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String({ description: '按 Accept-Language 选择的标题 · Title in the requested language' }),
    titleZh: Type.String(),
    titleEn: Type.String(),
    status: Type.Integer(),
    code: Type.String({ description: '稳定的错误码 · Stable error code' }),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({ path: Type.String(), message: Type.String(), messageZh: Type.Optional(Type.String()) }),
      ),
    ),

    allowedActions: Type.Optional(
      Type.Array(Type.String(), { description: '当前状态允许的操作 · Actions the current state allows' }),
    ),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);

export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, { ...ProblemSchema, description: 'problem+json' }]));

export const ListQuery = {
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 200, default: 50, description: '每页条数 · Page size' }),
  ),
  cursor: Type.Optional(
    Type.String({ maxLength: 200, description: '上一页返回的游标 · Cursor from the previous page' }),
  ),
};

export const ListOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export const BusinessDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'YYYY-MM-DD (Asia/Shanghai)',
});
