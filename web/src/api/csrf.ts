// The CSRF token of the current session: the server sets the readable cookie tb_csrf next to the
// httpOnly session cookie, and every cookie-authenticated write must echo it in X-CSRF-Token.
export const CSRF_COOKIE = 'tb_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

export function readCsrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Whether a session may exist (without the cookie the visitor is certainly anonymous). */
export function hasSessionCookie(): boolean {
  return readCsrfToken() !== null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Adds the CSRF header to a write request when a session cookie exists. */
export function withCsrf(request: Request): Request {
  const token = readCsrfToken();
  if (token && !SAFE_METHODS.has(request.method.toUpperCase())) request.headers.set(CSRF_HEADER, token);
  return request;
}
