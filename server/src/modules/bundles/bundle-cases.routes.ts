// Bundle cases over HTTP: apply (one submission, fanned out to every member's agency), my bundle
// cases, and one bundle case with every member's status — for the applicant, and for staff who
// handle one of its sub-cases (the bundle context of their case).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { ListOf, ListQuery, problemResponses } from '../../platform/http/schemas.ts';
import { Type } from 'typebox';
import { signedInOnly } from '../cases/case-access.ts';
import { IdempotencyHeaders } from '../cases/cases.routes.ts';
import { createBundleCase, type BundleCtx } from './apply.service.ts';
import {
  BundleCaseDetail,
  BundleCaseSummary,
  CreateBundleCaseBody,
  IdParams,
  security,
  tags,
} from './bundles.schemas.ts';
import type { BundleDeps } from './deps.ts';
import { getBundleCaseDetail, myBundleCases } from './tracking.queries.ts';

export function bundleCaseRoutes(app: FastifyInstance, deps: BundleDeps): void {
  const ctxOf = (request: FastifyRequest): BundleCtx => {
    if (!request.principal) throw new AppError('UNAUTHENTICATED');
    return { db: app.db, actor: auditActorOf(request), principal: request.principal, deps };
  };

  app.post<{ Body: CreateBundleCaseBody; Headers: { 'idempotency-key'?: string } }>(
    '/api/v1/bundle-cases',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '申请一件事 · Apply for a bundle',
        description:
          '一表申请、一套材料、一次提交：按回答确定适用事项，以合并表单校验数据，材料按合并键选用（电子证照一次同意，免证办），创建一件事办件并为每个可启动的成员事项在其部门生成子办件；有前序约束的事项在前序办结后自动启动。带 Idempotency-Key 重试不会重复申请。One form, one material set, one submission: the answers decide the members, the data is validated against the merged form, materials are chosen by merged key (one consent for e-licenses), and a bundle case is created with one sub-case per member that may start, in its agency’s queue; members with predecessors start when those conclude. Retrying with the Idempotency-Key never applies twice.',
        headers: IdempotencyHeaders,
        body: CreateBundleCaseBody,
        response: { 201: BundleCaseDetail, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const result = await createBundleCase(ctxOf(request), request.body, request.headers['idempotency-key']);
      return reply.code(result.statusCode).send(result.body);
    },
  );

  app.get<{ Querystring: { limit?: number; cursor?: string } }>(
    '/api/v1/bundle-cases/mine',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '我的一件事 · My bundle cases',
        description:
          '本人（或所代理企业）的一件事办件，最新在前，键集分页。Your (or your enterprise’s) bundle cases, newest first, keyset-paginated.',
        querystring: Type.Object(ListQuery),
        response: { 200: ListOf(BundleCaseSummary), ...problemResponses(400, 401) },
      },
    },
    async (request) => myBundleCases(ctxOf(request), request.query),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/bundle-cases/:id',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '一件事办件详情 · One bundle case',
        description:
          '各成员事项的进展、子办件号、承诺办结日期和聚合状态。申请人可见；办理其中某个子办件的工作人员也可见（一件事上下文）；其他人 404。Every member’s progress, sub-case number, promised date and the aggregate status. The applicant sees it, and so does staff who can see one of its sub-cases (the bundle context); anyone else gets 404.',
        params: IdParams,
        response: { 200: BundleCaseDetail, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => getBundleCaseDetail(ctxOf(request), request.params.id),
  );
}
