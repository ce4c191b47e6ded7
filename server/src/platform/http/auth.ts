// Who is calling. Until unified identity (issue #3) lands, the only signed-in principal is the
// bootstrap administrator holding ADMIN_API_TOKEN; everyone else is anonymous. Routes declare
// the permission they need in `config.permission`; this hook enforces it.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { AuditActor } from '../audit/record.ts';

export type Permission = 'calendar.edit' | 'settings.edit';

export interface Principal {
  type: 'staff' | 'person';
  id: string;
  permissions: ReadonlySet<Permission | '*'>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Permission;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export function hasPermission(p: Principal | null, permission: Permission): boolean {
  return !!p && (p.permissions.has('*') || p.permissions.has(permission));
}

export function auditActorOf(request: FastifyRequest): AuditActor {
  return {
    type: request.principal?.type ?? 'anonymous',
    id: request.principal?.id ?? null,
    origin: request.ip,
    requestId: request.id,
  };
}

export function installAuth(app: FastifyInstance, adminApiToken: string): void {
  const adminDigest = digest(adminApiToken);
  app.decorateRequest('principal', null);
  // Runs before the body is parsed or validated: a caller without the permission learns nothing
  // about the route's schema.
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      // Compare digests so the comparison takes the same time whatever the token's length.
      if (!timingSafeEqual(digest(header.slice(7)), adminDigest)) {
        throw new AppError('UNAUTHENTICATED', { detail: 'The bearer token is not valid' });
      }
      request.principal = { type: 'staff', id: 'bootstrap-admin', permissions: new Set(['*']) };
    }
    const needed = request.routeOptions.config.permission;
    if (!needed) return;
    if (!request.principal) throw new AppError('UNAUTHENTICATED');
    if (!hasPermission(request.principal, needed)) throw new AppError('FORBIDDEN');
  });
}
