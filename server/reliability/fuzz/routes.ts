// The routes the app registered, with the validation schemas Fastify compiles for them. The test
// file wraps the `fastify` factory (vi.mock) so an onRoute hook sees every route from the first.
import type { RouteOptions } from 'fastify';

export type Part = 'body' | 'querystring' | 'params' | 'headers';
export const PARTS: readonly Part[] = ['body', 'querystring', 'params', 'headers'];

export interface FuzzRoute {
  method: string;
  url: string;
  permission: string | undefined;
  schemas: Partial<Record<Part, Record<string, unknown>>>;
  /** The route parses more than JSON (raw uploads, forms): no JSON body is sent to it. */
  rawBody: boolean;
}

const RAW_BODY_ROUTES = new Set([
  'POST /api/v1/catalog/files',
  'POST /api/v1/catalog/import',
  'POST /api/v1/materials',
]);

/** One entry per method and URL; HEAD routes Fastify derives from GET are left out. */
export function fuzzRoutes(collected: readonly RouteOptions[]): FuzzRoute[] {
  const out = new Map<string, FuzzRoute>();
  for (const r of collected) {
    const methods = (Array.isArray(r.method) ? r.method : [r.method]).map((m) => String(m).toUpperCase());
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      const key = `${method} ${r.url}`;
      const s = (r.schema ?? {}) as Record<string, unknown>;
      const schemas: FuzzRoute['schemas'] = {};
      for (const part of PARTS) {
        const given = part === 'querystring' ? (s.querystring ?? s.query) : s[part];
        if (given && typeof given === 'object') schemas[part] = given as Record<string, unknown>;
      }
      const permission = (r.config as { permission?: string } | undefined)?.permission;
      out.set(key, { method, url: r.url, permission, schemas, rawBody: RAW_BODY_ROUTES.has(key) });
    }
  }
  return [...out.values()];
}
