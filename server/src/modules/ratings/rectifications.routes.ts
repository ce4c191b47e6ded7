// Rectification routes (stub: the rectification work fills this in).
import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module.ts';

export function rectificationRoutes(_app: FastifyInstance, _ctx: ModuleContext): void {}
