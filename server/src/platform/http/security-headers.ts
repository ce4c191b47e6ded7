// Baseline security headers for every response, and the strict Content-Security-Policy for the
// web app's HTML: scripts only from our origin, styles from our origin or carrying this
// response's nonce (Ant Design injects <style nonce>), never unsafe-inline or unsafe-eval.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

export function cspFor(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const newNonce = () => randomBytes(16).toString('base64');

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(self)');
    if (!request.url.startsWith('/docs')) {
      reply.header('X-Frame-Options', 'DENY');
      if (!reply.hasHeader('Content-Security-Policy'))
        reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    }
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });
}
