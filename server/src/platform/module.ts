// What a module (or a platform service with an API) plugs into the composition root.
import type { FastifyInstance } from 'fastify';
import type { Authenticator } from './http/auth.ts';
import type { Logger } from 'pino';
import type { Config } from './config/config.ts';
import type { Database, Db } from './db/database.ts';
import type { JobDefinition } from './jobs/scheduler.ts';
import type { EventHandlers } from './outbox/handlers.ts';

export interface ModuleContext {
  config: Config;
  database: Database;
  logger: Logger;
}

export interface TongbanModule {
  name: string;
  routes?: (app: FastifyInstance, ctx: ModuleContext) => Promise<void> | void;
  /** Turn a request's credential (cookie, bearer token) into a principal; tried in order. */
  authenticators?: (ctx: ModuleContext) => Authenticator[];
  handlers?: (handlers: EventHandlers, ctx: ModuleContext) => void;
  jobs?: (ctx: ModuleContext) => JobDefinition[];
  /** Reference data every installation needs (e.g. the official holiday calendar); idempotent. */
  baseData?: (db: Db, ctx: ModuleContext) => Promise<void>;
  /** Demo data for an empty database (SEED_DEMO); idempotent. */
  demoData?: (db: Db, ctx: ModuleContext) => Promise<void>;
}
