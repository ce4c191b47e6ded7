// The public bundle guide (no sign-in): the 一件事 list, one bundle's guide with its savings, and
// the plan for the wizard's answers.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { problemResponses } from '../../platform/http/schemas.ts';
import {
  BundleGuide,
  BundleListQuery,
  BundlePlan,
  BundleSummary,
  CodeParams,
  PlanBody,
  tags,
} from './bundles.schemas.ts';
import type { BundleLifeEventFilter } from './guide.queries.ts';
import { getBundleGuide, listBundles, planFor } from './guide.service.ts';

export function guideRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: BundleLifeEventFilter }>(
    '/api/v1/bundles',
    {
      schema: {
        tags,
        summary: '一件事列表 · Life-event bundles',
        description:
          '今日生效的一件事，可按服务对象和生命周期事件筛选；每项含与逐项申请相比节省的字段、材料和跑动次数。Bundles in force today, filtered by target and life event, each with the fields, materials and visits saved against applying for each member separately.',
        querystring: BundleListQuery,
        response: { 200: Type.Object({ items: Type.Array(BundleSummary) }), ...problemResponses(400) },
      },
    },
    async (request) => ({
      items: await listBundles({ db: app.db, principal: request.principal }, request.query),
    }),
  );

  app.get<{ Params: { code: string } }>(
    '/api/v1/bundles/:code',
    {
      schema: {
        tags,
        summary: '一件事办事指南 · One bundle’s guide',
        description:
          '一次告知：全部成员事项（含按回答适用的）、办理顺序、合并的受理条件、申请表（按数据元去重）与材料清单（按材料和证照类型去重）、节省统计、受理场所。One notice: every member (conditional ones too), their order, the merged conditions, the one form (deduplicated by data element) and material set (deduplicated by material and e-license type), the savings and the venues.',
        params: CodeParams,
        response: { 200: BundleGuide, ...problemResponses(400, 404) },
      },
    },
    async (request) => getBundleGuide({ db: app.db, principal: request.principal }, request.params.code),
  );

  app.post<{ Params: { code: string }; Body: PlanBody }>(
    '/api/v1/bundles/:code/plan',
    {
      schema: {
        tags,
        summary: '按回答生成办理方案 · The plan for these answers',
        description:
          '按引导问题的回答得出适用的成员事项及其合并表单、材料和节省；登录时标出本人持有的电子证照（免证办）。回答须为问题的选项（否则 400）。The applicable members for the answers, with their merged form, materials and savings; signed in, the e-licenses you hold are marked (certificate-free). Answers must be the questions’ options (else 400).',
        params: CodeParams,
        body: PlanBody,
        response: { 200: BundlePlan, ...problemResponses(400, 404, 422) },
      },
    },
    async (request) =>
      planFor({ db: app.db, principal: request.principal }, request.params.code, request.body.answers),
  );
}
