// The composition root: configuration → database → migrations → base and demo data → event
// handlers and jobs → HTTP app, plus the background workers. main.ts and the tests use it.
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './platform/config/config.ts';
import { openDatabase, type Database } from './platform/db/database.ts';
import { migrate } from './platform/db/migrate.ts';
import { buildApp } from './platform/http/app.ts';
import { registerJobs, tickScheduler } from './platform/jobs/scheduler.ts';
import { createLogger } from './platform/logger.ts';
import { createMetrics } from './platform/metrics.ts';
import { deliverDueEvents } from './platform/outbox/deliver.ts';
import { EventHandlers } from './platform/outbox/handlers.ts';
import { NatsBridge } from './platform/outbox/nats-bridge.ts';
import { PollLoop } from './platform/workers/poll-loop.ts';
import { MODULES } from './modules/index.ts';
import type { ModuleContext } from './platform/module.ts';

export interface Platform {
  config: Config;
  database: Database;
  logger: Logger;
  app: FastifyInstance;
  handlers: EventHandlers;
  startWorkers(): void;
  /** Stops the workers, closes the HTTP server (finishing requests in flight) and the database. */
  close(): Promise<void>;
}

export async function createPlatform(
  config: Config,
  opts: { database?: Database; logger?: Logger; webDist?: string } = {},
): Promise<Platform> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const database =
    opts.database ??
    (await openDatabase(config, (err) => logger.warn({ err }, 'idle database connection lost')));
  try {
    const applied = await migrate(database.db);
    if (applied.length) logger.info({ meta: { applied } }, 'migrations applied');

    const ctx: ModuleContext = { config, database, logger };
    for (const m of MODULES) await m.baseData?.(database.db, ctx);
    if (config.seedDemo) for (const m of MODULES) await m.demoData?.(database.db, ctx);

    const handlers = new EventHandlers();
    for (const m of MODULES) m.handlers?.(handlers, ctx);
    await registerJobs(
      database.db,
      handlers,
      MODULES.flatMap((m) => m.jobs?.(ctx) ?? []),
    );

    const metrics = createMetrics();
    const app = await buildApp({
      config,
      database,
      metrics,
      logger,
      ...(opts.webDist !== undefined && { webDist: opts.webDist }),
      authenticators: MODULES.flatMap((m) => m.authenticators?.(ctx) ?? []),
      routes: async (instance) => {
        for (const m of MODULES) await m.routes?.(instance, ctx);
      },
    });

    const loops = [
      new PollLoop(
        'outbox',
        () =>
          deliverDueEvents(database.db, handlers, {
            batchSize: 20,
            maxAttempts: config.outboxMaxAttempts,
            log: logger,
            onOutcome: (type, outcome) => metrics.outboxOutcomes.inc({ type, outcome }),
          }),
        config.outboxPollMs,
        logger,
      ),
      new PollLoop('scheduler', async () => (await tickScheduler(database.db), 0), 1000, logger),
    ];
    // Connects lazily in its first round and retries with backoff: NATS down never stops serving.
    const bridge = config.natsUrl
      ? new NatsBridge(database.db, { url: config.natsUrl, log: logger })
      : undefined;
    if (bridge) loops.push(new PollLoop('nats-bridge', () => bridge.relay(), config.outboxPollMs, logger));

    return {
      config,
      database,
      logger,
      app,
      handlers,
      startWorkers: () => loops.forEach((l) => l.start()),
      close: async () => {
        await app.close();
        if (!(await app.inFlight.drained(10_000)))
          logger.warn('closing the database under handlers still running');
        await Promise.all(loops.map((l) => l.stop()));
        await bridge?.close();
        await database.close();
      },
    };
  } catch (e) {
    if (!opts.database) await database.close();
    throw e;
  }
}
