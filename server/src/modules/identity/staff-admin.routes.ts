// Staff accounts and roles over HTTP (permission users.admin). Rows are limited to the
// administrator's scope: a staff member outside it answers 404; a grant or an account that would
// reach beyond it answers 403.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { Code, RegionCode, config, nullable, security, tags } from './admin.schemas.ts';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { ListOf, ListQuery, StrictObject, problemResponses } from '../../platform/http/schemas.ts';
import { createRole, listRoles, permissionCatalog } from './roles-admin.service.ts';
import {
  createStaff,
  getStaff,
  grantRole,
  listStaff,
  setDisabled,
  withdrawRole,
  type CreateStaffInput,
  type StaffAdminCtx,
} from './staff-admin.service.ts';

const Id = Type.String({ format: 'uuid' });

const staffFields = {
  id: Type.String(),
  username: Type.String(),
  name: Type.String(),
  agencyId: Type.String(),
  venueId: nullable(Type.String()),
  windowCode: nullable(Type.String()),
  disabled: Type.Boolean(),
  secondFactorEnrolled: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
};
const StaffSummary = Type.Object(staffFields);
const StaffDetail = Type.Object({
  ...staffFields,
  secondFactorRequired: Type.Boolean(),
  grants: Type.Array(
    Type.Object({
      id: Type.String(),
      roleId: Type.String(),
      roleNameZh: Type.String(),
      roleNameEn: Type.String(),
      agencyId: nullable(Type.String()),
      regionCode: nullable(Type.String()),
      venueId: nullable(Type.String()),
      grantedAt: Type.String({ format: 'date-time' }),
    }),
  ),
});
const Role = Type.Object({
  id: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  permissions: Type.Array(Type.String()),
});

export function staffAdminRoutes(app: FastifyInstance, opts: { crypto: PersonalDataCrypto }): void {
  const ctxOf = (request: FastifyRequest): StaffAdminCtx => {
    if (!request.principal) throw new AppError('UNAUTHENTICATED');
    return { db: app.db, actor: auditActorOf(request), principal: request.principal, crypto: opts.crypto };
  };

  app.get<{ Querystring: { limit: number; cursor?: string; q?: string; agencyId?: string } }>(
    '/api/v1/staff',
    {
      config,
      schema: {
        tags,
        security,
        summary: '工作人员列表 · Staff accounts',
        description:
          '仅列出管理范围内的工作人员（全市 / 本部门 / 本场所 / 本区划）；不含任何密码信息。\n\n' +
          'Only the staff within your administration scope (city-wide, agency, venue or region); never any password data.',
        querystring: Type.Object({
          ...ListQuery,
          q: Type.Optional(
            Type.String({
              minLength: 1,
              maxLength: 50,
              description: '姓名或用户名包含 · Name or username contains',
            }),
          ),
          agencyId: Type.Optional(Code),
        }),
        response: { 200: ListOf(StaffSummary), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listStaff(ctxOf(request), request.query),
  );

  app.post<{ Body: CreateStaffInput }>(
    '/api/v1/staff',
    {
      config,
      schema: {
        tags,
        security,
        summary: '新建工作人员 · Create a staff account',
        description:
          '在管理范围内的部门（及可选的场所、窗口）新建账号，设初始密码；角色另行授予。\n\n' +
          'Creates an account in an agency (and optionally a venue and window) within your scope, with an initial password; roles are granted separately.',
        body: StrictObject({
          username: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{2,63}$' }),
          name: Type.String({ minLength: 1, maxLength: 50 }),
          agencyId: Code,
          venueId: Type.Optional(Code),
          windowCode: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9-]{1,16}$' })),
          password: Type.String({ minLength: 10, maxLength: 128 }),
        }),
        response: { 201: StaffDetail, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createStaff(ctxOf(request), request.body)),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/staff/:id',
    {
      config,
      schema: {
        tags,
        security,
        summary: '工作人员详情 · One staff account',
        description: '含角色授予及其范围。With role grants and their scopes. Outside your scope: 404.',
        params: Type.Object({ id: Id }),
        response: { 200: StaffDetail, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getStaff(ctxOf(request), request.params.id),
  );

  app.post<{
    Params: { id: string };
    Body: { roleId: string; agencyId?: string; regionCode?: string; venueId?: string };
  }>(
    '/api/v1/staff/:id/roles',
    {
      config,
      schema: {
        tags,
        security,
        summary: '授予角色 · Grant a role',
        description:
          '按部门、区划和/或场所授予角色（均不填为全市）；范围不得超出本人的管理范围；须二次验证的权限只能由持有该权限者授予。若授予后须二次验证而对方尚未绑定，响应中一次性返回 TOTP 密钥。\n\n' +
          'Grants a role scoped to an agency, region and/or venue (none: city-wide), never wider than your own scope; roles with second-factor permissions only by someone holding them. If the grant makes a second factor mandatory for someone not enrolled, the response carries the TOTP secret once.',
        params: Type.Object({ id: Id }),
        body: StrictObject({
          roleId: Code,
          agencyId: Type.Optional(Code),
          regionCode: Type.Optional(RegionCode),
          venueId: Type.Optional(Code),
        }),
        response: {
          201: Type.Object({
            grantId: Type.String(),
            staff: StaffDetail,
            secondFactor: Type.Union([
              Type.Object({ secret: Type.String(), otpauthUri: Type.String() }),
              Type.Null(),
            ]),
          }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await grantRole(ctxOf(request), { ...request.body, staffId: request.params.id })),
  );

  app.delete<{ Params: { id: string; grantId: string } }>(
    '/api/v1/staff/:id/roles/:grantId',
    {
      config,
      schema: {
        tags,
        security,
        summary: '收回角色 · Withdraw a role grant',
        description: '收回一项角色授予。Withdraws one grant; a grant wider than your scope: 403.',
        params: Type.Object({ id: Id, grantId: Id }),
        response: problemResponses(401, 403, 404),
      },
    },
    async (request, reply) => {
      await withdrawRole(ctxOf(request), { staffId: request.params.id, grantId: request.params.grantId });
      return reply.code(204).send();
    },
  );

  app.put<{ Params: { id: string }; Body: { disabled: boolean } }>(
    '/api/v1/staff/:id/disabled',
    {
      config,
      schema: {
        tags,
        security,
        summary: '停用或启用账号 · Disable or enable an account',
        description: '停用后立即撤销其全部会话。Disabling revokes all of the account’s sessions at once.',
        params: Type.Object({ id: Id }),
        body: StrictObject({ disabled: Type.Boolean() }),
        response: { 200: StaffDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      setDisabled(ctxOf(request), { staffId: request.params.id, disabled: request.body.disabled }),
  );

  app.get(
    '/api/v1/roles',
    {
      config,
      schema: {
        tags,
        security,
        summary: '角色 · Roles',
        description: '全部角色及其权限。Every role with its permissions.',
        response: { 200: Type.Object({ items: Type.Array(Role) }), ...problemResponses(401, 403) },
      },
    },
    async () => listRoles(app.db),
  );

  app.post<{ Body: { id: string; nameZh: string; nameEn: string; permissions: string[] } }>(
    '/api/v1/roles',
    {
      config,
      schema: {
        tags,
        security,
        summary: '新增角色 · Add a role',
        description:
          '仅全市范围的管理员可新增；权限须来自权限目录。\n\n' +
          'City-wide administrators only; permissions must come from the catalog.',
        body: StrictObject({
          id: Type.String({ pattern: '^[a-z][a-z0-9-]{2,40}$' }),
          nameZh: Type.String({ minLength: 1, maxLength: 50 }),
          nameEn: Type.String({ minLength: 1, maxLength: 80 }),
          permissions: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 50 }),
        }),
        response: { 201: Role, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createRole(ctxOf(request), request.body)),
  );

  app.get(
    '/api/v1/permissions',
    {
      config,
      schema: {
        tags,
        security,
        summary: '权限目录 · Permission catalog',
        description:
          '可用于角色的全部权限，并标明哪些须二次验证。Every permission a role may carry, and which demand a second factor.',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                name: Type.String(),
                zh: Type.String(),
                en: Type.String(),
                secondFactor: Type.Boolean(),
              }),
            ),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async () => permissionCatalog(),
  );
}
