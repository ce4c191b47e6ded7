// The complainant's side over HTTP: filing online (signed in or anonymous; staff use the admin
// entry), my orders, one order with its timeline, and saying whether a reply solved it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { PersonalDataCrypto } from '../../platform/crypto/personal-data.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { ListOf, ListQuery, problemResponses } from '../../platform/http/schemas.ts';
import { IdempotencyHeaders } from '../cases/cases.routes.ts';
import { confirmComplaint } from './actions.service.ts';
import type { ComplaintCtx } from './complaint-log.ts';
import {
  ComplaintSummary,
  ConfirmBody,
  FileComplaintBody,
  FiledComplaint,
  IdParams,
  MyComplaint,
  security,
  tags,
} from './complaints.schemas.ts';
import { myComplaint, myComplaints } from './complaints.queries.ts';
import { fileOnline } from './filing.service.ts';

export const complaintCtx =
  (app: FastifyInstance, crypto: PersonalDataCrypto) =>
  (request: FastifyRequest): ComplaintCtx => ({
    db: app.db,
    actor: auditActorOf(request),
    principal: request.principal,
    crypto,
  });

/** Persons only (for themselves or the enterprise they act for); checked before validation. */
async function personsOnly(request: FastifyRequest): Promise<void> {
  if (!request.principal) throw new AppError('UNAUTHENTICATED');
  if (request.principal.kind !== 'person') throw new AppError('FORBIDDEN');
}

export function complaintRoutes(app: FastifyInstance, crypto: PersonalDataCrypto): void {
  const ctxOf = complaintCtx(app, crypto);

  app.post<{ Body: FileComplaintBody; Headers: { 'idempotency-key'?: string } }>(
    '/api/v1/complaints',
    {
      onRequest: async (request) => {
        const p = request.principal;
        if (p && p.kind !== 'person') throw new AppError('COMPLAINT_FILING_STAFF');
      },
      schema: {
        tags,
        security: [{}, ...security],
        summary: '网上反映“办不成事” · Report a matter online',
        description:
          '登录或匿名均可（匿名时不填联系方式）；登录时反映人为本人（或所代理企业），可关联本人的办件。工作人员须通过后台 /admin/complaints 登记（此处 403）。手机号加密保存。支持 Idempotency-Key。返回诉求编号。\n\n' +
          'Signed in or anonymous (anonymous: no contact data). Signed in, the complainant is the account (or the enterprise it acts for) and may link one of their own cases. Staff file through /admin/complaints (403 here). The phone is stored encrypted. Honours Idempotency-Key. Returns the complaint number.',
        headers: IdempotencyHeaders,
        body: FileComplaintBody,
        response: { 201: FiledComplaint, ...problemResponses(400, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const r = await fileOnline(ctxOf(request), request.body, request.headers['idempotency-key']);
      return reply.code(r.statusCode).send(r.body);
    },
  );

  app.get<{ Querystring: { cursor?: string; limit?: number } }>(
    '/api/v1/complaints/mine',
    {
      onRequest: personsOnly,
      schema: {
        tags,
        security,
        summary: '我的诉求 · My complaints',
        description: '本人（或所代理企业）反映的问题，新的在前。The caller’s complaints, newest first.',
        querystring: Type.Object(ListQuery),
        response: { 200: ListOf(ComplaintSummary), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => myComplaints(ctxOf(request), request.query),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/complaints/:id',
    {
      onRequest: personsOnly,
      schema: {
        tags,
        security,
        summary: '诉求详情 · One of my complaints',
        description:
          '状态、办理过程、答复；已答复时可确认是否解决。他人的诉求 404。Status, timeline and reply; once replied the complainant may confirm. Others’ complaints answer 404.',
        params: IdParams,
        response: { 200: MyComplaint, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => myComplaint(ctxOf(request), request.params.id),
  );

  app.post<{ Params: { id: string }; Body: ConfirmBody }>(
    '/api/v1/complaints/:id/confirmation',
    {
      onRequest: personsOnly,
      schema: {
        tags,
        security,
        summary: '确认是否解决 · Confirm whether solved',
        description:
          '已答复的诉求：已解决则办结；未解决则退回原承办单位重新办理（重新计算期限）。A replied complaint: solved closes it; unsolved reopens it for the same agency with new deadlines.',
        params: IdParams,
        body: ConfirmBody,
        response: { 200: MyComplaint, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await confirmComplaint(ctx, request.params.id, request.body);
      return myComplaint(ctx, request.params.id);
    },
  );
}
