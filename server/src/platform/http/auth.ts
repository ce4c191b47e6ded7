// Who is calling. Modules contribute authenticators (the identity module reads session cookies
// and API clients' bearer tokens); the operator token (ADMIN_API_TOKEN) stays for automation and
// the first setup. Routes declare the permission they need in `config.permission`; it is checked here,
// before the body is parsed, so a caller without it learns nothing about the route's schema.
// Cookie-authenticated writes must echo the session's CSRF token.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { AuditActor } from '../audit/record.ts';
import { PERMISSIONS, type Permission } from '../access/permissions.ts';
import { hasPermission, type Principal } from '../access/principal.ts';

export type { Permission };

/** Returns the principal the request proves, null when it carries no credential of this kind,
 * or throws UNAUTHENTICATED for a credential that is wrong or expired. */
export type Authenticator = (request: FastifyRequest) => Promise<Principal | null>;

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Permission;
    /** The route checks its own credentials (the OpenID Provider's protocol endpoints). */
    externalAuth?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function auditActorOf(request: FastifyRequest): AuditActor {
  const p = request.principal;
  return {
    type: p?.kind ?? 'anonymous',
    id: p?.accountId ?? null,
    ...(p?.actingFor && { onBehalfOf: p.actingFor }),
    origin: request.ip,
    requestId: request.id,
  };
}

function operatorPrincipal(): Principal {
  const all = { agencyId: null, regionCode: null, venueId: null };
  return {
    kind: 'operator',
    accountId: 'operator',
    name: 'Operator',
    actingFor: null,
    grants: (Object.keys(PERMISSIONS) as Permission[]).map((permission) => ({ permission, scope: all })),
    sessionId: null,
  };
}

export function installAuth(
  app: FastifyInstance,
  adminApiToken: string,
  authenticators: readonly Authenticator[] = [],
): void {
  const operatorDigest = digest(`Bearer ${adminApiToken}`);
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.externalAuth) return;
    const header = request.headers.authorization;
    // Compare digests so the comparison takes the same time whatever the token's length.
    if (header && timingSafeEqual(digest(header), operatorDigest)) {
      request.principal = operatorPrincipal();
    } else {
      for (const authenticate of authenticators) {
        request.principal = await authenticate(request);
        if (request.principal) break;
      }
      if (!request.principal && header?.startsWith('Bearer ')) {
        throw new AppError('UNAUTHENTICATED', { detail: 'The bearer token is not valid' });
      }
    }
    const p = request.principal;
    if (p?.csrfToken !== undefined && !SAFE_METHODS.has(request.method)) {
      const given = request.headers['x-csrf-token'];
      if (typeof given !== 'string' || !timingSafeEqual(digest(given), digest(p.csrfToken))) {
        throw new AppError('CSRF_FAILED');
      }
    }
    const needed = request.routeOptions.config.permission;
    if (!needed) return;
    if (!p) throw new AppError('UNAUTHENTICATED');
    if (!hasPermission(p, needed)) throw new AppError('FORBIDDEN');
  });
}
