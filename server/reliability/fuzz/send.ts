// Turns generated parts into one app.inject request and judges the response: never 5xx, and every
// 4xx is problem+json with a stable code and Chinese and English titles.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Caller } from './callers.ts';
import type { FuzzRoute } from './routes.ts';

export interface FuzzRequest {
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body?: { text: string; contentType: string };
  /** Path parameters go into the URL as given, not percent-encoded (broken escapes). */
  rawParams?: boolean;
}

/** The route's path parameter names. */
export const paramNames = (route: FuzzRoute): string[] =>
  [...route.url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);

/** Query strings and path parameters arrive as text: what a generated value looks like there. */
export function asText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export function asQuery(v: unknown): Record<string, string | string[]> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return {};
  const out: Record<string, string | string[]> = {};
  for (const [k, item] of Object.entries(v)) {
    // An empty list is no key at all in a query string.
    if (item === undefined || (Array.isArray(item) && !item.length)) continue;
    Object.defineProperty(out, k, {
      value: Array.isArray(item) ? item.map(asText) : asText(item),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Header values Node can put on the wire (no control characters). */
export function asHeaders(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, item] of Object.entries(asQuery(v))) {
    if (!HEADER_NAME.test(k)) continue;
    out[k.toLowerCase()] = asText(item).replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');
  }
  return out;
}

/** Percent-encoding that also carries lone surrogates, as their (invalid) UTF-8 bytes (WTF-8). */
export function encode(s: string): string {
  return s.replace(/[\ud800-\udfff]|[^\ud800-\udfff]+/g, (part) => {
    const c = part.charCodeAt(0);
    if (part.length > 1 || c < 0xd800 || c > 0xdfff) return encodeURIComponent(part);
    return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)]
      .map((b) => `%${b.toString(16).toUpperCase()}`)
      .join('');
  });
}

export function urlOf(route: FuzzRoute, req: FuzzRequest): string {
  const path = route.url.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const v = req.params[name] ?? 'x';
    return req.rawParams ? v : encode(v);
  });
  const qs = Object.entries(req.query)
    .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${encode(k)}=${encode(x)}`))
    .join('&');
  return qs ? `${path}?${qs}` : path;
}

let nextAddress = 0;
/** Each request from its own client address, so per-address rate limits never answer for the validator. */
const address = () => {
  const n = nextAddress++;
  return `10.${100 + ((n >> 16) & 63)}.${(n >> 8) & 255}.${n & 255}`;
};

export function send(app: FastifyInstance, route: FuzzRoute, caller: Caller, req: FuzzRequest) {
  const headers: Record<string, string> = { ...req.headers, ...caller.headers(route.method) };
  if (req.body) headers['content-type'] = req.body.contentType;
  return app.inject({
    method: route.method as 'GET',
    url: urlOf(route, req),
    headers,
    remoteAddress: address(),
    ...(req.body && { payload: req.body.text }),
  });
}

const CJK = /[\u4e00-\u9fff]/;
// The OAuth token endpoint answers in RFC 6749's own error format, not problem+json.
const OAUTH_ROUTES = new Set(['POST /api/v1/auth/token']);

/** What is wrong with this response to a malformed request, or null when it is right. */
export function judge(route: FuzzRoute, res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `${res.statusCode} ${res.body.slice(0, 300)}`;
  if (res.statusCode < 400) return `accepted with ${res.statusCode}: ${res.body.slice(0, 200)}`;
  const type = String(res.headers['content-type'] ?? '');
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(res.body) as Record<string, unknown>;
  } catch {
    return `${res.statusCode} with a body that is not JSON (${type})`;
  }
  if (OAUTH_ROUTES.has(`${route.method} ${route.url}`) && typeof body.error === 'string') return null;
  if (!type.startsWith('application/problem+json')) return `${res.statusCode} as ${type}`;
  if (typeof body.code !== 'string' || !body.code) return 'problem without a code';
  if (typeof body.titleZh !== 'string' || !CJK.test(body.titleZh)) return 'problem without a Chinese title';
  if (typeof body.titleEn !== 'string' || !/^[\x20-\x7e’]+$/.test(body.titleEn))
    return 'problem without an English title';
  if (body.status !== res.statusCode) return `problem status ${String(body.status)} ≠ ${res.statusCode}`;
  return null;
}
