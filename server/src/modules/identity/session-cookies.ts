// The cookies of a signed-in browser: the session token (httpOnly, SameSite=Lax) and the CSRF
// token the page echoes in X-CSRF-Token (readable, SameSite=Strict). Secure in production.
import type { FastifyReply } from 'fastify';
import { CSRF_COOKIE, SESSION_COOKIE, SESSION_HOURS, csrfTokenOf } from './sessions.ts';

/** Sets both cookies for a new session token; returns the CSRF token. */
export function setSessionCookies(reply: FastifyReply, token: string, secure: boolean): string {
  const cookie = { path: '/', secure, maxAge: SESSION_HOURS * 3600 };
  const csrf = csrfTokenOf(token);
  reply
    .setCookie(SESSION_COOKIE, token, { ...cookie, httpOnly: true, sameSite: 'lax' })
    .setCookie(CSRF_COOKIE, csrf, { ...cookie, httpOnly: false, sameSite: 'strict' });
  return csrf;
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
}
