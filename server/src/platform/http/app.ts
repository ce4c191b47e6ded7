// Builds the HTTP application: logging with request ids, strict validation, problem+json
// errors, security headers, auth, OpenAPI and docs, operational endpoints, the modules' routes
// and the web app. Nothing here listens; main.ts does.
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import type { Database, Db } from '../db/database.ts';
import { uuidv7 } from '../ids.ts';
import type { Metrics } from '../metrics.ts';
import { AppError } from '../errors/app-error.ts';
import { installAuth, type Authenticator } from './auth.ts';
import { trackHandlers, type InFlight } from './in-flight.ts';
import { installErrorHandling, routerError, sendProblem } from './error-handler.ts';
import { openApiDocument } from './openapi.ts';
import { registerOpsRoutes } from './ops-routes.ts';
import { installSecurityHeaders } from './security-headers.ts';
import { nulCharacterPaths, validatorCompiler } from './validation.ts';
import { installWebApp } from './web-app.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  metrics: Metrics;
  logger: Logger;
  /** Registers the business modules' routes (kept outside the platform: platform → nothing of ours). */
  routes: (app: FastifyInstance) => Promise<void>;
  authenticators?: readonly Authenticator[];
  webDist?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The database handle routes pass to services. */
    db: Db;
    /** Handlers still running (shutdown waits for them before closing the database). */
    inFlight: InFlight;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : uuidv7();
    },
    requestIdHeader: false,
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
    // The router's own refusals (bad percent-encoding, a path parameter over maxParamLength)
    // would otherwise leave as Fastify's plain JSON, not problem+json.
    frameworkErrors: routerError,
  });
  app.decorate('db', deps.database.db);
  app.decorate('inFlight', trackHandlers(app));
  app.setValidatorCompiler(validatorCompiler);
  installErrorHandling(app);
  installSecurityHeaders(app);
  await app.register(cookie);
  // Per-route limits only (config.rateLimit), e.g. on sign-in; kept per replica in memory.
  await app.register(rateLimit, { global: false });
  installAuth(app, deps.config.adminApiToken, deps.authenticators ?? []);
  app.addHook('preValidation', async (request) => {
    const paths = [
      ...nulCharacterPaths(request.params, '/params'),
      ...nulCharacterPaths(request.query, '/query'),
      ...nulCharacterPaths(request.body, '/body'),
    ];
    if (paths.length) {
      throw new AppError('VALIDATION_FAILED', {
        errors: paths.map((path) => ({
          path,
          message: 'must not contain the NUL character (U+0000)',
          messageZh: '不能包含空字符（U+0000）',
        })),
      });
    }
  });

  // One log line per request, without query strings (they may carry personal data).
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    deps.metrics.httpDuration.observe(
      { method: request.method, route, status: reply.statusCode },
      reply.elapsedTime / 1000,
    );
    request.log.info(
      {
        meta: {
          method: request.method,
          route,
          path: request.url.split('?')[0],
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime),
        },
      },
      'request',
    );
  });
  // Graceful shutdown: once closing, responses still in flight tell the client to close the
  // keep-alive connection, so the server stops as soon as they are done instead of waiting
  // for idle connections to time out.
  let draining = false;
  app.addHook('preClose', async () => {
    draining = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
    if (draining) reply.header('Connection', 'close');
  });

  await app.register(swagger, { openapi: openApiDocument() });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });

  registerOpsRoutes(app, deps);
  await deps.routes(app);

  const sendIndex = await installWebApp(app, deps.webDist);
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      (request.headers.accept ?? '').includes('text/html');
    return wantsPage ? sendIndex(reply) : sendProblem(request, reply, 'ROUTE_NOT_FOUND');
  });
  return app;
}
