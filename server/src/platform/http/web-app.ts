// Serves the built web app (web/dist) on the API's port: hashed assets from disk, and index.html
// with a fresh CSP nonce for every other GET that asks for HTML (client-side routes).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { cspFor, newNonce } from './security-headers.ts';

export const WEB_DIST = fileURLToPath(new URL('../../../../web/dist/', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>通办 Tongban</title>
<p>前端尚未构建：请运行 <code>npm run build -w web</code>。 The web app is not built yet: run <code>npm run build -w web</code>.</p></html>`;

export async function installWebApp(
  app: FastifyInstance,
  dist = WEB_DIST,
): Promise<(reply: FastifyReply) => FastifyReply> {
  const indexPath = `${dist}/index.html`;
  const index = existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : null;
  if (index) {
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: false,
      maxAge: '1y',
      immutable: true,
      serveDotFiles: false,
      allowedPath: (path) => path !== '/index.html',
    });
  }
  return (reply) => {
    const nonce = newNonce();
    return reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .header('Content-Security-Policy', cspFor(nonce))
      .send(index ? index.replaceAll('__CSP_NONCE__', nonce) : NOT_BUILT);
  };
}
