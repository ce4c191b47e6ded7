// Settings over HTTP: everyone may read what is in force (it is public procedure); only an
// administrator adds an entry.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditActorOf } from '../http/auth.ts';
import { BusinessDate, StrictObject, problemResponses } from '../http/schemas.ts';
import { SETTING_DEFINITIONS } from './definitions.ts';
import { putSetting, resolveSetting, settingHistory, type SettingScope } from './service.ts';

const Key = Type.String({ pattern: '^[a-z0-9.-]{3,80}$' });
const Scope = Type.Union([
  StrictObject({ type: Type.Literal('platform') }),
  StrictObject({ type: Type.Literal('region'), id: Type.String({ pattern: '^\\d{6}(\\d{3}){0,2}$' }) }),
  StrictObject({ type: Type.Literal('agency'), id: Type.String({ minLength: 1, maxLength: 64 }) }),
]);
const Entry = Type.Object({
  key: Type.String(),
  scopeType: Type.String(),
  scopeId: Type.String(),
  value: Type.Unknown(),
  effectiveFrom: BusinessDate,
  createdBy: Type.String(),
});

export function settingsRoutes(app: FastifyInstance): void {
  app.get(
    '/api/v1/settings',
    {
      schema: {
        tags: ['settings'],
        summary: '配置项清单 · Setting definitions',
        description:
          '可分级覆盖的规则及其平台默认值。Rules that regions and agencies may override, with platform defaults.',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                key: Type.String(),
                default: Type.Unknown(),
                zh: Type.String(),
                en: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      items: SETTING_DEFINITIONS.map(({ key, default: d, zh, en }) => ({ key, default: d, zh, en })),
    }),
  );

  app.get<{
    Params: { key: string };
    Querystring: { agencyId?: string; regionCode?: string; date?: string };
  }>(
    '/api/v1/settings/:key',
    {
      schema: {
        tags: ['settings'],
        summary: '生效值 · Value in force',
        description:
          '按 部门 → 区划（逐级向上）→ 平台 的顺序取某日生效的值。Resolves agency → region (upwards) → platform on a date.',
        params: Type.Object({ key: Key }),
        querystring: Type.Object({
          agencyId: Type.Optional(Type.String({ maxLength: 64 })),
          regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}(\\d{3}){0,2}$' })),
          date: Type.Optional(BusinessDate),
        }),
        response: {
          200: Type.Object({
            key: Type.String(),
            value: Type.Unknown(),
            scope: Type.Object({ type: Type.String(), id: Type.Optional(Type.String()) }),
            effectiveFrom: Type.Union([BusinessDate, Type.Null()]),
          }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => resolveSetting(app.db, request.params.key, request.query),
  );

  app.get<{ Params: { key: string } }>(
    '/api/v1/settings/:key/entries',
    {
      config: { permission: 'settings.edit' },
      schema: {
        tags: ['settings'],
        security: [{ bearer: [] }],
        summary: '配置历史 · Entries of a setting',
        description: '全部层级、全部生效日期的记录。Every entry of every scope and date.',
        params: Type.Object({ key: Key }),
        response: { 200: Type.Object({ items: Type.Array(Entry) }), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ items: await settingHistory(app.db, request.params.key) }),
  );

  app.post<{ Params: { key: string }; Body: { scope: SettingScope; value: unknown; effectiveFrom: string } }>(
    '/api/v1/settings/:key/entries',
    {
      config: { permission: 'settings.edit' },
      schema: {
        tags: ['settings'],
        security: [{ bearer: [] }],
        summary: '新增配置 · Add an entry',
        description:
          '为平台、区划或部门设定自某日起生效的值；已有记录不会被覆盖。Sets a value for a scope from a date; entries are never overwritten.',
        params: Type.Object({ key: Key }),
        body: StrictObject({ scope: Scope, value: Type.Unknown(), effectiveFrom: BusinessDate }),
        response: { 201: Entry, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const created = await putSetting(
        { db: app.db, actor: auditActorOf(request) },
        { key: request.params.key, ...request.body },
      );
      return reply.code(201).send(created);
    },
  );
}
