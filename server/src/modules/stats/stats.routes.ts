// Statistics over HTTP (stats.read): the dashboard's overview, its Excel export and the monthly
// bulletin (通报). Thin: validation is the schemas', scope and reading are the queries'.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import { XLSX_TYPE } from '../catalog/transfer/write-workbook.ts';
import { bulletinFile } from './bulletin.service.ts';
import { exportOverview } from './export.service.ts';
import { statsOverview, type StatsCtx } from './overview.queries.ts';
import { BulletinParams, BulletinQuery, StatsQuery, StatsReport, security, tags } from './stats.schemas.ts';

function ctxOf(app: FastifyInstance, request: FastifyRequest): StatsCtx {
  if (!request.principal) throw new AppError('UNAUTHENTICATED');
  return { db: app.db, principal: request.principal, actor: auditActorOf(request) };
}

const FILTERS =
  '可按部门、区划（含下级）、实施编码、渠道筛选；只能看到本人授权范围内的数据（部门授权只见本部门，区划授权见该区划及下级，无范围为全市），筛选超出范围时返回 404。Filters: agency, region (with its subtree), implementation code, channel. A grant scoped to an agency sees only that agency, to a region that subtree, unscoped the whole city; a filter outside the scope answers 404.';

export function statsRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: StatsQuery }>(
    '/api/v1/stats/overview',
    {
      config: { permission: 'stats.read' },
      schema: {
        tags,
        security,
        summary: '办件与好差评统计 · Cases, ratings and complaints overview',
        description: `按月份区间（北京时间，最长 36 个月）和分组维度汇总收件、受理、办结、按时办结率、即办、全程网办、零跑动、最多跑一次、免证、好差评、整改和诉求办理指标，另附合计行。分母为 0 的比率为 null。${FILTERS} Sums, per group, the case, rating, rectification and complaint counters over a month range (China time, at most 36 months), with a total row; ratios are null when nothing to divide by.`,
        querystring: StatsQuery,
        response: { 200: StatsReport, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => statsOverview(ctxOf(app, request), request.query),
  );

  app.get<{ Querystring: StatsQuery }>(
    '/api/v1/stats/overview/export',
    {
      config: { permission: 'stats.read' },
      schema: {
        tags,
        security,
        summary: '导出统计表（Excel）· Export the overview (Excel)',
        description: `与统计查询相同的行和合计，导出为 Excel，表头为中文，比率以百分比格式显示；下载记入审计日志。${FILTERS} The same rows and total as the overview as an Excel workbook (Chinese headers, ratios formatted as percentages); downloads are audited.`,
        querystring: StatsQuery,
        response: { 200: { description: XLSX_TYPE }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await exportOverview(ctxOf(app, request), request.query);
      return reply
        .type(XLSX_TYPE)
        .header('Content-Disposition', `attachment; filename="${file.filename}"`)
        .header('Cache-Control', 'private, no-store')
        .send(file.bytes);
    },
  );

  app.get<{ Params: BulletinParams; Querystring: BulletinQuery }>(
    '/api/v1/stats/bulletins/:month',
    {
      config: { permission: 'stats.read' },
      schema: {
        tags,
        security,
        summary: '月度通报（PDF / Excel）· Monthly bulletin (PDF / Excel)',
        description:
          '天津市政务服务“好差评”与办件情况通报：全市合计，各部门按时办结率与满意率排名，差评与整改率，诉求及响应时长，存在整改超期或诉求超期的部门。范围同统计查询；下载记入审计日志。The monthly bulletin: city totals, agencies ranked by on-time rate and satisfaction, negative ratings and rectification rate, complaints and response times, and the agencies with overdue rectifications or complaints. Scoped like the overview; downloads are audited.',
        params: BulletinParams,
        querystring: BulletinQuery,
        response: {
          200: { description: '通报文件（application/pdf 或 Excel）· The bulletin file' },
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const file = await bulletinFile(
        ctxOf(app, request),
        request.params.month,
        request.query.format ?? 'pdf',
      );
      return reply
        .type(file.contentType)
        .header('Content-Disposition', `attachment; filename="${file.filename}"`)
        .header('Cache-Control', 'private, no-store')
        .send(file.bytes);
    },
  );
}
