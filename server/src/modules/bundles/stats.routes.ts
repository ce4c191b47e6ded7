// Bundle statistics over HTTP (stats.read).
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors/app-error.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import { BundleStats, security, tags } from './bundles.schemas.ts';
import { bundleStats } from './stats.queries.ts';

export function statsRoutes(app: FastifyInstance): void {
  app.get(
    '/api/v1/stats/bundles',
    {
      config: { permission: 'stats.read' },
      schema: {
        tags,
        security,
        summary: '一件事统计 · Bundle statistics',
        description:
          '每个一件事的申请件数（按聚合状态）、分发的子办件数、累计少填字段、少交材料和少跑次数，以及单件设计节省。Per bundle: cases by aggregate status, sub-cases started, the fields, materials and visits saved in all, and the designed savings per case.',
        response: { 200: BundleStats, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      if (!request.principal) throw new AppError('UNAUTHENTICATED');
      return bundleStats({ db: app.db, principal: request.principal });
    },
  );
}
