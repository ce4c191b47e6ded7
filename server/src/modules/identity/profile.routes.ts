// Personal data over HTTP: my profile and who read it; the staff directory of persons (permission
// personal-data.read; masked unless a purpose is stated, and every unmasked read is audited).
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { ListOf, ListQuery, problemResponses } from '../../platform/http/schemas.ts';
import { requirePerson } from './guards.ts';
import { dataAccessOf, listPersons, myProfile, readPerson } from './profile.service.ts';

const tags = ['identity'];
const PersonView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  name: Type.String(),
  idType: Type.String({ description: '证件类型代码 · Document type code' }),
  idNumber: Type.String({ description: '证件号码（可能脱敏）· Document number (may be masked)' }),
  phone: Type.String({ description: '手机号（可能脱敏）· Phone (may be masked)' }),
  realNameLevel: Type.Integer({ description: '实名等级 1/2 · Real-name level' }),
  masked: Type.Boolean(),
});
const DataAccess = Type.Object({
  id: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
  actorType: Type.String(),
  actorName: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  purpose: Type.String(),
});

export function profileRoutes(app: FastifyInstance, opts: { crypto: PersonalDataCrypto }): void {
  const ctxOf = (request: Parameters<typeof auditActorOf>[0]) => ({
    db: app.db,
    crypto: opts.crypto,
    actor: auditActorOf(request),
  });

  app.get(
    '/api/v1/me/profile',
    {
      schema: {
        tags,
        summary: '我的资料 · My profile',
        description:
          '本人的姓名、证件与手机号（不脱敏）及实名等级；每次读取记入审计（用途 self-service）。\n\n' +
          'Your own name, identity document and phone, unmasked, and your real-name level; every read is audited (purpose self-service).',
        response: { 200: PersonView, ...problemResponses(401, 403) },
      },
    },
    async (request) => myProfile(ctxOf(request), requirePerson(request.principal).accountId),
  );

  app.get<{ Querystring: { limit: number; cursor?: string } }>(
    '/api/v1/me/data-access',
    {
      schema: {
        tags,
        summary: '谁查阅了我的信息 · Who read my personal data',
        description:
          '审计日志中以本人为数据主体、由他人完成的记录，按时间倒序。\n\n' +
          'Audit entries whose data subject is you, made by others, newest first.',
        querystring: Type.Object(ListQuery),
        response: { 200: ListOf(DataAccess), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      dataAccessOf(app.db, requirePerson(request.principal).accountId, {
        limit: request.query.limit,
        ...(request.query.cursor !== undefined && { cursor: request.query.cursor }),
      }),
  );

  app.get<{
    Querystring: { limit: number; cursor?: string; q?: string; idNumber?: string; phone?: string };
  }>(
    '/api/v1/persons',
    {
      config: { permission: 'personal-data.read' },
      schema: {
        tags,
        summary: '自然人查询 · Person directory',
        description:
          '按姓名（q）、证件号码或手机号（精确，经盲索引）查询；证件号与手机号均脱敏。\n\n' +
          'Search by name (q) or exactly by ID number or phone (blind index); ID and phone numbers are masked.',
        querystring: Type.Object({
          ...ListQuery,
          q: Type.Optional(
            Type.String({ minLength: 1, maxLength: 50, description: '姓名包含 · Name contains' }),
          ),
          idNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
          phone: Type.Optional(Type.String({ pattern: '^\\+?\\d{5,20}$' })),
        }),
        response: { 200: ListOf(PersonView), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listPersons(ctxOf(request), request.query),
  );

  app.get<{ Params: { id: string }; Querystring: { purpose?: string } }>(
    '/api/v1/persons/:id',
    {
      config: { permission: 'personal-data.read' },
      schema: {
        tags,
        summary: '自然人详情 · One person',
        description:
          '默认脱敏；说明用途（purpose，至少 4 个字符）时返回完整证件号与手机号，并记入审计，本人可在“谁查阅了我的信息”中看到。\n\n' +
          'Masked by default; with a stated `purpose` (at least 4 characters) the full ID and phone numbers, audited — the person sees the read under /me/data-access.',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        querystring: Type.Object({
          purpose: Type.Optional(
            Type.String({
              pattern: '^\\S.{2,198}\\S$',
              description: '查阅用途，4–200 字符 · Purpose, 4–200 characters',
            }),
          ),
        }),
        response: { 200: PersonView, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      readPerson(ctxOf(request), {
        id: request.params.id,
        ...(request.query.purpose !== undefined && { purpose: request.query.purpose }),
      }),
  );
}
