// The rectification ledger (差评整改台账) over HTTP: the list, its Excel export, one
// rectification with its log, the one endpoint for every staff action, and the rater's own view
// and online answer to the return visit.
import type { FastifyInstance } from 'fastify';
import { personalDataCrypto } from '../../platform/crypto/personal-data.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { signedInOnly } from '../cases/case-access.ts';
import { IdempotencyHeaders } from '../cases/cases.routes.ts';
import { anyOf } from '../catalog/catalog-access.ts';
import { ACTING_PERMISSIONS, LEDGER_PERMISSIONS, rectCtx } from './rectification-access.ts';
import { exportLedger, XLSX_TYPE } from './rectification-export.ts';
import { raterRevisit, raterView } from './rectification-rater.ts';
import { RECTIFICATION_TRANSITIONS } from './rectification-workflow.ts';
import { getRectificationDetail, listRectifications } from './rectification.queries.ts';
import { actOnRectification } from './rectification.service.ts';
import {
  ExportQuery,
  IdParams,
  Ledger,
  LedgerQuery,
  RaterRevisitBody,
  RaterView,
  RectificationActionBody,
  RectificationDetail,
  security,
  tags,
} from './rectifications.schemas.ts';

const transitions = RECTIFICATION_TRANSITIONS.filter((t) => !t.by.includes('system'))
  .map((t) => `${t.action}（${t.zh}）: ${t.from.join('/')} → ${t.to.join('|')}, ${t.by.join('|')}`)
  .join('；');

export function rectificationRoutes(app: FastifyInstance, ctx: ModuleContext): void {
  const { cipher } = personalDataCrypto(ctx.config);
  const ledgerReaders = anyOf(LEDGER_PERMISSIONS);

  app.get<{ Querystring: LedgerQuery }>(
    '/api/v1/rectifications',
    {
      onRequest: ledgerReaders,
      schema: {
        tags,
        security,
        summary: '差评整改台账 · The ledger of negative ratings',
        description:
          '调用者范围内的差评整改（rating.handle 本部门，rating.supervise 全市，stats.read 其范围），按转办时间倒序、游标分页；每行含评价等级、渠道、事项、责任部门、脱敏的评价人（张*，不含证件号码）、状态、期限与超期标识；查询记入审计日志。' +
          'Rectifications in the caller’s scope (rating.handle: the agency; rating.supervise: city-wide; stats.read: its scope), newest first, keyset pages; each row with the rating’s level, channel, item and agency, the rater masked (never an ID number), the status, due dates and an overdue flag. Audited.',
        querystring: LedgerQuery,
        response: { 200: Ledger, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listRectifications(rectCtx(app, request, cipher), request.query),
  );

  app.get<{ Querystring: ExportQuery }>(
    '/api/v1/rectifications/export',
    {
      onRequest: ledgerReaders,
      schema: {
        tags,
        security,
        summary: '导出差评整改台账（Excel）· Export the ledger (Excel)',
        description:
          '与台账列表相同的范围和筛选条件，全部行导出为 .xlsx；导出记入审计日志。The same scope and filters as the list, every row, as .xlsx. Audited.',
        querystring: ExportQuery,
        response: { 200: { description: XLSX_TYPE }, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const bytes = await exportLedger(rectCtx(app, request, cipher), request.query);
      return reply
        .type(XLSX_TYPE)
        .header('Content-Disposition', 'attachment; filename="rectifications.xlsx"')
        .send(bytes);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/rectifications/:id',
    {
      onRequest: ledgerReaders,
      schema: {
        tags,
        security,
        summary: '差评整改详情 · One rectification',
        description:
          '评价内容（含评价文字）、办件编号、整改记录、期限及调用者现在可执行的操作；范围外 404；查阅记入审计日志。The rating (with its text), the case number, the action log, the deadlines and what the caller may do now; out of scope → 404. Audited.',
        params: IdParams,
        response: { 200: RectificationDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getRectificationDetail(rectCtx(app, request, cipher), request.params.id),
  );

  app.post<{
    Params: { id: string };
    Body: RectificationActionBody;
    Headers: { 'idempotency-key'?: string };
  }>(
    '/api/v1/rectifications/:id/actions',
    {
      onRequest: anyOf(ACTING_PERMISSIONS),
      schema: {
        tags,
        security,
        summary: '差评整改操作 · Act on a rectification',
        description:
          `所有整改操作的统一入口，由整改流程表决定：${transitions}。每一环节的期限按工作日计算（rating.*-working-days 配置）。当前环节不允许时 409 RECTIFICATION_ACTION_NOT_ALLOWED 并列出 allowedActions；seq 与当前不符时 409 RECTIFICATION_CHANGED；无相应权限 403，范围外 404；支持 Idempotency-Key。` +
          'One endpoint for every action; the workflow table decides. Each step’s deadline is counted in working days (the rating.*-working-days settings). Not allowed now → 409 RECTIFICATION_ACTION_NOT_ALLOWED with allowedActions; a stale seq → 409 RECTIFICATION_CHANGED; without the action’s permission 403, out of scope 404. Honours Idempotency-Key.',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: RectificationActionBody,
        response: { 200: RectificationDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      actOnRectification(
        rectCtx(app, request, cipher),
        request.params.id,
        request.body,
        request.headers['idempotency-key'],
      ),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/me/rectifications/:id',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '我的差评的整改情况 · What was done about my rating',
        description:
          '仅评价人本人（或其代理的企业）可见，其他人 404。Only the rater (or the enterprise they act for); others 404.',
        params: IdParams,
        response: { 200: RaterView, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => raterView(rectCtx(app, request, cipher), request.params.id),
  );

  app.post<{ Params: { id: string }; Body: RaterRevisitBody }>(
    '/api/v1/me/rectifications/:id/revisit',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '评价人回复回访 · The rater answers the return visit',
        description:
          '评价人在网上告知对整改结果是否满意，整改随之办结；仅在待回访环节（否则 409），其他人 404。The rater says online whether they are satisfied with the fix, which closes the rectification; only while a return visit is due (else 409); others 404.',
        params: IdParams,
        body: RaterRevisitBody,
        response: { 200: RaterView, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) => raterRevisit(rectCtx(app, request, cipher), request.params.id, request.body),
  );
}
