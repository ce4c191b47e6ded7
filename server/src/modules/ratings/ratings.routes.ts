// Rating routes (stub: the ratings work fills this in).
import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module.ts';

export function ratingRoutes(_app: FastifyInstance, _ctx: ModuleContext): void {}
