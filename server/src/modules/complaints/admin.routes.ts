// The staff side over HTTP: the 办不成事 window and hotline entry, the queue (dispatchers city-wide
// or in scope, handlers their agency; contact masked), one order with its log, the actions the
// workflow allows, and the module's metrics.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Permission } from '../../platform/access/permissions.ts';
import { hasPermission } from '../../platform/access/principal.ts';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { ListOf, problemResponses } from '../../platform/http/schemas.ts';
import { IdempotencyHeaders } from '../cases/cases.routes.ts';
import { actOnComplaint } from './actions.service.ts';
import { complaintCtx } from './complaints.routes.ts';
import {
  ActionBody,
  AdminFileBody,
  AdminListQuery,
  ComplaintDetail,
  ComplaintMetrics,
  ComplaintSummary,
  FiledComplaint,
  IdParams,
  MetricsQuery,
  security,
  tags,
} from './complaints.schemas.ts';
import { adminComplaint, adminComplaints } from './complaints.queries.ts';
import { fileByAgent } from './filing.service.ts';
import { complaintMetrics } from './metrics.queries.ts';

/** A route hook: callers holding any of the permissions (checked before validation). */
const anyOf =
  (...perms: Permission[]) =>
  async (request: FastifyRequest): Promise<void> => {
    if (!request.principal) throw new AppError('UNAUTHENTICATED');
    if (!perms.some((p) => hasPermission(request.principal, p))) throw new AppError('FORBIDDEN');
  };

const STAFF = anyOf('complaint.dispatch', 'complaint.handle');

export function complaintAdminRoutes(app: FastifyInstance, crypto: PersonalDataCrypto): void {
  const ctxOf = complaintCtx(app, crypto);

  app.post<{ Body: AdminFileBody; Headers: { 'idempotency-key'?: string } }>(
    '/api/v1/admin/complaints',
    {
      config: { permission: 'complaint.dispatch' },
      schema: {
        tags,
        security,
        summary: '窗口或热线登记诉求 · Enter a complaint (window or hotline)',
        description:
          '“办不成事”反映窗口与 12345 热线座席（complaint.dispatch）代来电人登记，联系方式由座席录入（手机号加密保存）。可标记复杂事项与紧急程度。支持 Idempotency-Key。\n\n' +
          'The 办不成事 window and 12345 hotline agents (complaint.dispatch) enter a complaint for the caller, typing their contact data (phone stored encrypted). Complexity and urgency can be set. Honours Idempotency-Key.',
        headers: IdempotencyHeaders,
        body: AdminFileBody,
        response: { 201: FiledComplaint, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const r = await fileByAgent(ctxOf(request), request.body, request.headers['idempotency-key']);
      return reply.code(r.statusCode).send(r.body);
    },
  );

  app.get<{ Querystring: AdminListQuery }>(
    '/api/v1/admin/complaints',
    {
      onRequest: STAFF,
      schema: {
        tags,
        security,
        summary: '诉求工单 · Complaint queue',
        description:
          '分派人员看其范围内（多为全市）的工单，承办人员只看本单位当前承办的；联系方式脱敏；可按状态、承办单位、渠道、是否超期筛选；新的在前，游标分页。\n\n' +
          'Dispatchers see the orders in their scope (mostly city-wide), handlers those their agency holds now; contact masked; filter by status, agency, channel, overdue; newest first, keyset pages.',
        querystring: AdminListQuery,
        response: { 200: ListOf(ComplaintSummary), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => adminComplaints(ctxOf(request), request.query),
  );

  app.get<{ Params: { id: string }; Querystring: { purpose?: string } }>(
    '/api/v1/admin/complaints/:id',
    {
      onRequest: STAFF,
      schema: {
        tags,
        security,
        summary: '诉求详情（工作人员） · One complaint (staff)',
        description:
          '完整内容、办理日志与当前可做的操作。手机号默认脱敏；说明用途（purpose）且有 personal-data.read 权限时返回完整号码；查阅联系方式记入审计。范围外 404。\n\n' +
          'Full content, the action log and the allowed next actions. The phone is masked unless a purpose is given by a holder of personal-data.read; reads of contact data are audited. Out of scope: 404.',
        params: IdParams,
        querystring: Type.Object({
          purpose: Type.Optional(
            Type.String({ pattern: '^\\S.{2,198}\\S$', description: '查阅用途 · Purpose' }),
          ),
        }),
        response: { 200: ComplaintDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => adminComplaint(ctxOf(request), request.params.id, request.query.purpose),
  );

  app.post<{ Params: { id: string }; Body: ActionBody }>(
    '/api/v1/admin/complaints/:id/actions',
    {
      onRequest: STAFF,
      schema: {
        tags,
        security,
        summary: '办理诉求 · Act on a complaint',
        description:
          '分派（dispatch，须 agencyId；退回达上限后自动成为指定承办 designate）、签收（sign）、退回（return，须理由，仅待签收且未超退回时限、未指定承办）、答复（reply，replyKind + comment）、回访（revisit，solved）、合并（merge，targetNumber）、督办（supervise）。seq 为所见版本，不符时 409。不允许的操作 409 并列出可做的操作。\n\n' +
          'dispatch (agencyId; at the return limit it becomes designate), sign, return (with a reason, only while to be signed, before the return deadline, and not when designated), reply (replyKind + comment), revisit (solved), merge (targetNumber), supervise. `seq` is the version seen (409 when stale); a disallowed action answers 409 with the allowed ones.',
        params: IdParams,
        body: ActionBody,
        response: { 200: ComplaintDetail, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await actOnComplaint(ctx, request.params.id, request.body);
      return adminComplaint(ctx, request.params.id, undefined, true);
    },
  );

  app.get<{ Querystring: { from?: string; to?: string } }>(
    '/api/v1/stats/complaints',
    {
      onRequest: anyOf('stats.read', 'complaint.dispatch'),
      schema: {
        tags,
        security,
        summary: '诉求办理指标 · Complaint metrics',
        description:
          '期间内（按受理日期，默认近 30 天，最多 366 天）受理的诉求：答复率（已答复/已分派）、办结率、按期答复率、满意率（已解决/已确认）、回访率（已确认/已答复）、平均签收分钟数；按调用者权限范围统计。\n\n' +
          'Complaints received in the period (default the last 30 days, at most 366): answered, handled, on-time, satisfied (solved/confirmed) and return-visit (confirmed/replied) rates, and the average minutes to sign; within the caller’s scope.',
        querystring: MetricsQuery,
        response: { 200: ComplaintMetrics, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => complaintMetrics(ctxOf(request), request.query),
  );
}
