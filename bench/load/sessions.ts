// Signed-in callers without signing in: thousands of argon2 verifications would measure the
// password hash, not the endpoints. Sessions are made with the project's own createSession (the
// cookie is the token, the table keeps its SM3 hash) and expire with the usual 12 hours.
import { eq } from 'drizzle-orm';
import { account } from '../../server/src/modules/identity/schema.ts';
import {
  CSRF_COOKIE,
  SESSION_COOKIE,
  createSession,
  csrfTokenOf,
} from '../../server/src/modules/identity/sessions.ts';
import type { Db } from '../../server/src/platform/db/database.ts';

export interface Caller {
  accountId: string;
  /** Headers every request of this caller carries (cookie; CSRF token for writes). */
  headers: Record<string, string>;
}

export async function sessionFor(db: Db, accountId: string, mfa = false): Promise<Caller> {
  const { token } = await createSession(db, {
    accountId,
    // A directly made session of a staff member whose role needs TOTP carries the second factor
    // as satisfied, as the login would have after the code.
    mfa,
    origin: '127.0.0.1',
    userAgent: 'tongban-bench-load',
  });
  const csrf = csrfTokenOf(token);
  return {
    accountId,
    headers: { cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${csrf}`, 'x-csrf-token': csrf },
  };
}

export async function sessionsFor(db: Db, accountIds: readonly string[]): Promise<Map<string, Caller>> {
  const out = new Map<string, Caller>();
  for (const id of new Set(accountIds)) out.set(id, await sessionFor(db, id));
  return out;
}

export async function staffSession(db: Db, username: string): Promise<Caller | null> {
  const [a] = await db.select({ id: account.id }).from(account).where(eq(account.username, username));
  return a ? sessionFor(db, a.id, true) : null;
}
