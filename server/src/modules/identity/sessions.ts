// Sessions: a random token in an httpOnly cookie; the database keeps only its SM3 hash, so a
// leaked table cannot be replayed. The CSRF token is derived from the session token: the page
// can read it (cookie tb_csrf, or /auth/me), a cross-site form cannot.
import { randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import { session } from './schema.ts';

export const SESSION_COOKIE = 'tb_session';
export const CSRF_COOKIE = 'tb_csrf';
export const SESSION_HOURS = 12;

export const sessionIdOf = (token: string) => sm3Hex(`session:${token}`);
export const csrfTokenOf = (token: string) => sm3Hex(`csrf:${token}`).slice(0, 32);

export async function createSession(
  db: Db,
  input: { accountId: string; mfa: boolean; origin: string; userAgent: string | undefined },
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const id = sessionIdOf(token);
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.insert(session).values({
    id,
    accountId: input.accountId,
    mfa: input.mfa,
    expiresAt,
    origin: input.origin,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, id, expiresAt };
}

export async function findLiveSession(db: Db, token: string) {
  const [row] = await db
    .select()
    .from(session)
    .where(
      and(eq(session.id, sessionIdOf(token)), isNull(session.revokedAt), gt(session.expiresAt, new Date())),
    );
  return row;
}

export async function revokeSession(db: Db, accountId: string, id: string): Promise<boolean> {
  const done = await db
    .update(session)
    .set({ revokedAt: new Date() })
    .where(and(eq(session.id, id), eq(session.accountId, accountId), isNull(session.revokedAt)))
    .returning({ id: session.id });
  return done.length > 0;
}

export function listSessions(db: Db, accountId: string) {
  return db
    .select({
      id: session.id,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
      origin: session.origin,
      userAgent: session.userAgent,
    })
    .from(session)
    .where(
      and(eq(session.accountId, accountId), isNull(session.revokedAt), gt(session.expiresAt, new Date())),
    )
    .orderBy(desc(session.createdAt));
}
