// Operational endpoints: liveness, readiness (the database answers), Prometheus metrics.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from './app.ts';
import { sendProblem } from './error-handler.ts';
import { problemResponses } from './schemas.ts';

export function registerOpsRoutes(app: FastifyInstance, deps: Pick<AppDeps, 'database' | 'metrics'>): void {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['ops'],
        summary: '存活检查 · Liveness',
        description: '进程存活即返回 200。Answers 200 while the process runs.',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['ops'],
        summary: '就绪检查 · Readiness',
        description: '数据库可达时返回 200，否则 503。200 when the database answers, else 503.',
        response: {
          200: Type.Object({ status: Type.Literal('ready'), database: Type.String() }),
          ...problemResponses(503),
        },
      },
    },
    async (request, reply) => {
      try {
        await deps.database.ping();
        return { status: 'ready' as const, database: deps.database.kind };
      } catch (err) {
        request.log.warn({ err }, 'readiness check failed');
        return sendProblem(request, reply, 'SERVICE_UNAVAILABLE', { detail: 'database unreachable' });
      }
    },
  );

  app.get(
    '/metrics',
    {
      schema: {
        tags: ['ops'],
        summary: 'Prometheus 指标 · Prometheus metrics',
        description: 'text/plain exposition format',
      },
    },
    async (_request, reply) =>
      reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics()),
  );

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
