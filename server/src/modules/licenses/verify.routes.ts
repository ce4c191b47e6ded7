// CONTRACT STUB — replaced by the implementation.
import type { FastifyInstance } from 'fastify';
import type { LicenseDeps } from './deps.ts';

export function verifyRoutes(_app: FastifyInstance, _deps: LicenseDeps): void {}
