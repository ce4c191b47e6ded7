// Catalog reports for the service offices.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { problemResponses } from '../../platform/http/schemas.ts';
import { catalogCtx } from './catalog-access.ts';
import { AgencyRef, security, tags } from './catalog.schemas.ts';
import { consistencyReport } from './reports.service.ts';

const ConsistencyRow = Type.Object({
  implementationCode: Type.String(),
  name: Type.String(),
  agency: AgencyRef,
  differences: Type.Array(
    Type.Object({
      field: Type.String({ description: 'name | basicCode | itemType | legalBasis' }),
      basic: Type.Unknown(),
      implementation: Type.Unknown(),
    }),
    { description: '与基本目录不一致的要素 · Fields differing from the basic item' },
  ),
  listIssues: Type.Array(
    Type.Object({
      list: Type.String(),
      issue: Type.Union([Type.Literal('missing'), Type.Literal('not-applicable')]),
      zh: Type.String(),
      en: Type.String(),
    }),
    { description: '清单关联问题 · List membership issues' },
  ),
});

export function reportRoutes(app: FastifyInstance): void {
  app.get(
    '/api/v1/catalog/reports/consistency',
    {
      config: { permission: 'catalog.review' },
      schema: {
        tags,
        security,
        summary: '一致性报告 · Consistency report',
        description:
          '审核范围内每个现行版本：与基本目录不一致的名称、编码、类型、依据（四级四同），以及清单关联问题；只列出有问题的实施清单。For every version in force within your review scope: the four fields differing from the basic item, and list-membership issues; only implementations with a finding are listed.',
        response: { 200: Type.Object({ items: Type.Array(ConsistencyRow) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => consistencyReport(catalogCtx(app, request)),
  );
}
