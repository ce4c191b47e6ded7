// Applying over HTTP: pre-fill, create (draft or submitted, idempotent), save and delete drafts,
// my cases, the clerk's applicant look-up, and the applicant's site messages.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import { ListOf, ListQuery, problemResponses } from '../../platform/http/schemas.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import {
  ApplicantFound,
  ApplicantQuery,
  CreateCaseBody,
  DraftBody,
  Prefill,
  SiteMessage,
} from './apply.schemas.ts';
import { createCase, deleteDraft, saveDraft } from './apply.service.ts';
import { findApplicant, type ApplyCtx } from './applicants.ts';
import { myCases, myMessages, readMessage } from './mine.queries.ts';
import { caseCtx, signedInOnly } from './case-access.ts';
import { IdempotencyHeaders } from './cases.routes.ts';
import { CaseDetail, CaseStatus, CaseSummary, IdParams, security, tags } from './cases.schemas.ts';
import type { CaseStatus as Status } from './codes.ts';
import { prefill } from './prefill.ts';

export function applyRoutes(app: FastifyInstance, storage: FileStorage, crypto: PersonalDataCrypto): void {
  const ctxOf = (request: Parameters<typeof caseCtx>[1]): ApplyCtx => ({
    ...caseCtx(app, request, storage),
    crypto,
  });

  app.get<{ Querystring: { implementation: string } }>(
    '/api/v1/cases/prefill',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '申请预填 · Pre-fill an application',
        description:
          '现行有效的实施清单版本、按数据元从本人（或所代理企业）档案及所持电子证照照面预填的表单、可复用的历史材料（同名材料在以往办件中用过的）、可免提交的电子证照（免证办）、能否选择告知承诺（有失信记录的不能）。The version in force, the form pre-filled by data element from the profile and the held e-licenses’ faces, earlier materials reusable under the same catalog name, the held e-licenses that can stand in for materials (certificate-free), and whether notice-and-commitment is available (not with a credit record).',
        querystring: Type.Object({
          implementation: Type.String({
            minLength: 1,
            maxLength: 40,
            description: '实施编码 · Implementation code',
          }),
        }),
        response: { 200: Prefill, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request) => prefill(ctxOf(request), request.query.implementation),
  );

  app.post<{ Body: CreateCaseBody; Headers: { 'idempotency-key'?: string } }>(
    '/api/v1/cases',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '申请（创建办件） · Apply (create a case)',
        description:
          '按今日现行有效的实施清单版本创建办件并固定该版本。申请人（本人或代理企业）网上申请；窗口人员（case.accept）凭 applicant 为现场申请人录入（channel window，无需预约），帮办代办（assisted）须记录本人同意 assistedConsent。窗口须为本事项可受理的场所（否则 422 CASE_VENUE_NOT_ALLOWED）。submit=true 时同时提交（校验情形、表单、材料、告知承诺）。支持 Idempotency-Key：重试不会重复创建。Creates a case pinned to the version in force today. Applicants apply online; window staff (case.accept) file for a walk-in applicant named by `applicant` (channel window; no booking needed); assisted handling needs `assistedConsent`. The clerk’s venue must be allowed for the item (else 422 CASE_VENUE_NOT_ALLOWED). With submit=true the case is submitted at once (situation, form, materials and commitment checked). Honours Idempotency-Key: a retry never creates a second case.',
        headers: IdempotencyHeaders,
        body: CreateCaseBody,
        response: { 201: CaseDetail, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const result = await createCase(ctxOf(request), request.body, request.headers['idempotency-key']);
      return reply.code(result.statusCode).send(result.body);
    },
  );

  app.put<{ Params: { id: string }; Body: DraftBody }>(
    '/api/v1/cases/:id/draft',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '保存草稿 · Save a draft',
        description:
          '保存所给的内容（情形回答、表单、材料、出件场所、告知承诺）；仅草稿可改。Saves what is given; only a draft can be changed.',
        params: IdParams,
        body: DraftBody,
        response: { 200: CaseDetail, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => saveDraft(ctxOf(request), request.params.id, request.body),
  );

  app.delete<{ Params: { id: string } }>(
    '/api/v1/cases/:id',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '删除草稿 · Delete a draft',
        description:
          '仅草稿可删除；已提交的办件只能撤回。Only a draft can be deleted; a submitted case is withdrawn instead.',
        params: IdParams,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteDraft(ctxOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.get<{ Querystring: { status?: Status; cursor?: string; limit: number } }>(
    '/api/v1/cases/mine',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '我的办件 · My cases',
        description:
          '本人（或所代理企业）的办件，新的在前。The cases of the caller’s subject (themselves or the enterprise they act for), newest first.',
        querystring: Type.Object({ status: Type.Optional(CaseStatus), ...ListQuery }),
        response: { 200: ListOf(CaseSummary), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => myCases(ctxOf(request), request.query),
  );

  app.get<{ Querystring: { idNumber?: string; uscc?: string; implementation?: string } }>(
    '/api/v1/cases/applicants',
    {
      onRequest: signedInOnly,
      config: { permission: 'case.accept' },
      schema: {
        tags,
        security,
        summary: '查找申请人 · Find an applicant',
        description:
          '窗口人员凭公民身份号码（先校验校验位）或统一社会信用代码查找现场申请人，记入审计日志；姓名脱敏；未找到 404。Window staff find a walk-in applicant by citizen ID (check digit verified first) or USCC; audited; the name is masked; 404 when unknown. 给出 implementation 时同时返回申请人可用于该事项免提交的有效电子证照（编号脱敏；调用须申请人同意，提交时 licenseConsent=true）。With `implementation`, also the applicant’s valid e-licenses usable for its materials (numbers masked; using them needs the applicant’s consent, licenseConsent=true at submission).',
        querystring: ApplicantQuery,
        response: { 200: ApplicantFound, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => findApplicant(ctxOf(request), request.query),
  );

  app.get<{ Querystring: { cursor?: string; limit: number } }>(
    '/api/v1/me/messages',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '站内消息 · My messages',
        description:
          '办件进展通知（本人或所代理企业），新的在前。Notices about the subject’s cases, newest first.',
        querystring: Type.Object(ListQuery),
        response: { 200: ListOf(SiteMessage), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => myMessages(ctxOf(request), request.query),
  );

  app.post<{ Params: { id: string } }>(
    '/api/v1/me/messages/:id/read',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '标记已读 · Mark a message read',
        params: IdParams,
        response: { 200: SiteMessage, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => readMessage(ctxOf(request), request.params.id),
  );
}
