// One case over HTTP: its detail and the one endpoint for every action (the workflow table
// decides who may do what, when).
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { actOnCase } from './actions.service.ts';
import { caseCtx, signedInOnly } from './case-access.ts';
import { getCaseDetail } from './case-read.ts';
import { CASE_TRANSITIONS } from './case-workflow.ts';
import { CaseActionBody, CaseDetail, IdParams, security, tags } from './cases.schemas.ts';

const transitions = CASE_TRANSITIONS.map(
  (t) => `${t.action}（${t.zh}）: ${t.from.join('/')} → ${t.to}, ${t.by.join('|')}`,
).join('；');

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      maxLength: 100,
      description:
        '幂等键：同一键重试返回首次结果，不会重复办理 · Retrying with the same key returns the first answer and never acts twice',
    }),
  ),
});

export function caseRoutes(app: FastifyInstance, storage: FileStorage): void {
  app.get<{ Params: { id: string } }>(
    '/api/v1/cases/:id',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '办件详情 · One case',
        description:
          '申请人本人（或其代理的企业）及办件所涉部门、受理场所、出件场所有办件权限的工作人员可见，其他人 404；工作人员查阅记入审计日志。Visible to the applicant (or the enterprise they act for) and to staff with a case permission over the competent agency, the accepting venue or the pickup venue; others get 404. Staff reads are audited.',
        params: IdParams,
        response: { 200: CaseDetail, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => getCaseDetail(caseCtx(app, request, storage), request.params.id),
  );

  app.post<{ Params: { id: string }; Body: CaseActionBody; Headers: { 'idempotency-key'?: string } }>(
    '/api/v1/cases/:id/actions',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '办理操作 · Act on a case',
        description:
          `所有办理操作的统一入口，允许的操作由办理流程表决定：${transitions}。状态不允许时 409 CASE_ACTION_NOT_ALLOWED 并列出 allowedActions；传入的 seq 与当前不符（他人已先办理）时 409 CASE_CHANGED；支持 Idempotency-Key。` +
          'One endpoint for every action; the workflow table above decides. An action the state does not allow → 409 CASE_ACTION_NOT_ALLOWED with allowedActions; a stale seq (someone acted first) → 409 CASE_CHANGED. Honours Idempotency-Key.',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: CaseActionBody,
        response: { 200: CaseDetail, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      actOnCase(
        caseCtx(app, request, storage),
        request.params.id,
        request.body,
        request.headers['idempotency-key'],
      ),
  );
}
