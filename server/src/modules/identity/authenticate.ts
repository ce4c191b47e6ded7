// Turns the session cookie into a principal: the account, a person's acting-for enterprise (while
// the authorisation holds), a staff member's scoped grants, and the CSRF token writes must echo.
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Authenticator } from '../../platform/http/auth.ts';
import type { Principal } from '../../platform/access/principal.ts';
import { mayActFor } from './agents.ts';
import { loadGrants } from './grants.ts';
import { account, person, session, staff } from './schema.ts';
import { SESSION_COOKIE, csrfTokenOf, findLiveSession } from './sessions.ts';

const TOUCH_EVERY_MS = 60_000;

export async function principalFor(
  db: Db,
  accountId: string,
  sessionId: string | null,
  actingFor: string | null,
): Promise<Principal | null> {
  const [acc] = await db
    .select({ id: account.id, kind: account.kind, disabledAt: account.disabledAt })
    .from(account)
    .where(eq(account.id, accountId));
  if (!acc || acc.disabledAt) return null;
  if (acc.kind === 'staff') {
    const [s] = await db.select({ name: staff.name }).from(staff).where(eq(staff.id, accountId));
    return {
      kind: 'staff',
      accountId,
      name: s?.name ?? '',
      actingFor: null,
      grants: await loadGrants(db, accountId),
      sessionId,
    };
  }
  const [p] = await db.select({ name: person.name }).from(person).where(eq(person.id, accountId));
  return {
    kind: 'person',
    accountId,
    name: p?.name ?? '',
    actingFor: actingFor ? { type: 'enterprise', id: actingFor } : null,
    grants: [],
    sessionId,
  };
}

export function sessionAuthenticator(db: Db): Authenticator {
  return async (request: FastifyRequest) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return null;
    const live = await findLiveSession(db, token);
    if (!live) return null; // an expired or revoked cookie makes the caller anonymous, not an error
    let actingFor = live.actingForEnterpriseId;
    if (actingFor && !(await mayActFor(db, live.accountId, actingFor))) {
      // The authorisation lapsed: the session falls back to the person, and says so once.
      await db.update(session).set({ actingForEnterpriseId: null }).where(eq(session.id, live.id));
      actingFor = null;
      if (!request.url.startsWith('/api/v1/auth/')) throw new AppError('AGENT_AUTHORIZATION_LAPSED');
    }
    if (Date.now() - live.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await db.update(session).set({ lastSeenAt: new Date() }).where(eq(session.id, live.id));
    }
    const principal = await principalFor(db, live.accountId, live.id, actingFor);
    return principal && { ...principal, csrfToken: csrfTokenOf(token) };
  };
}
