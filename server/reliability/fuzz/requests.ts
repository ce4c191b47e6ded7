// Whole malformed requests for one route: the fuzzed part broken (checked invalid with the app's
// own ajv set-up), the other parts plausible; and transport-level breakage of JSON bodies.
import fc from 'fast-check';
import { validatorCompiler } from '../../src/platform/http/validation.ts';
import { malformed } from './malformed.ts';
import type { FuzzRoute, Part } from './routes.ts';
import { asHeaders, asQuery, asText, paramNames, type FuzzRequest } from './send.ts';
import { plausible, type Schema } from './values.ts';

export interface Generated {
  label: string;
  req: FuzzRequest;
  /** The fuzzed part as the server will see it (undefined for transport-level breakage). */
  seen?: unknown;
}

// Per part: one schema object may serve as a body (strict) on one route and a query (coerced) on another.
const validators = new Map<Part, WeakMap<object, (data: unknown) => boolean>>();
/** The app's validator for this schema and part (strict bodies, coerced text elsewhere). */
export function isValid(schema: Schema, part: Part, seen: unknown): boolean {
  const cache = validators.get(part) ?? new WeakMap<object, (data: unknown) => boolean>();
  validators.set(part, cache);
  let v = cache.get(schema);
  if (!v) {
    v = validatorCompiler({ schema, httpPart: part, method: 'POST', url: '/' }) as (d: unknown) => boolean;
    cache.set(schema, v);
  }
  // Validation coerces and fills defaults in place: check a copy.
  return v(seen === undefined ? undefined : structuredClone(seen)) === true;
}

/** Path parameters as the router hands them over: every one present, as text. */
function asParams(route: FuzzRoute, v: unknown): Record<string, string> {
  const given = asQuery(v);
  return Object.fromEntries(
    paramNames(route).map((k) => [k, Object.hasOwn(given, k) ? asText(given[k]) : 'x']),
  );
}

function partValue(route: FuzzRoute, part: Part, broken: boolean) {
  const s = route.schemas[part] as Schema | undefined;
  if (!s) return fc.constant({ label: '', value: undefined as unknown });
  return broken ? malformed(s) : plausible(s).map((value) => ({ label: '', value }));
}

/** Requests whose `part` is malformed; `seen` is what the validator of that part receives. */
export function malformedRequests(route: FuzzRoute, part: Part): fc.Arbitrary<Generated> {
  return fc
    .record({
      params: partValue(route, 'params', part === 'params'),
      query: partValue(route, 'querystring', part === 'querystring'),
      headers: partValue(route, 'headers', part === 'headers'),
      body: partValue(route, 'body', part === 'body'),
    })
    .map(({ params, query, headers, body }) => {
      const req: FuzzRequest = {
        params: asParams(route, params.value),
        query: asQuery(query.value),
        headers: asHeaders(headers.value),
        ...(route.schemas.body &&
          body.value !== undefined && {
            body: { text: JSON.stringify(body.value), contentType: 'application/json' },
          }),
      };
      const seen = {
        params: req.params,
        querystring: req.query,
        headers: req.headers,
        body: req.body && (JSON.parse(req.body.text) as unknown),
      }[part];
      const label = { params, querystring: query, headers, body }[part].label;
      return { label: `${part}:${label}`, req, seen };
    });
}

const INVALID_JSON = [
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  'NaN',
  '[1,2',
  '{"a":"\\x"}',
  '{"a":"\u0000',
  '\ufeff{}x',
  '}{',
  'nul',
];
const POISON = ['{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"isAdmin":true}}}'];
const WRONG_TYPES = [
  'text/xml',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  'image/png',
];

/** JSON bodies broken below the schema: not JSON, cut short, poisoned, mislabelled, empty, too big. */
export function transportRequests(route: FuzzRoute, bodyLimit: number): fc.Arbitrary<Generated> {
  const body = route.schemas.body as Schema;
  const text = plausible(body).map((v) => JSON.stringify(v) ?? '{}');
  const base = plausible((route.schemas.params ?? {}) as Schema).map((v) => asParams(route, v));
  const withBody = (
    label: string,
    t: fc.Arbitrary<string>,
    contentType: fc.Arbitrary<string> = fc.constant('application/json'),
  ) =>
    fc.tuple(base, t, contentType).map(([params, bodyText, ct]) => ({
      label: `transport:${label}`,
      req: { params, query: {}, headers: {}, body: { text: bodyText, contentType: ct } },
    }));
  return fc.oneof(
    { weight: 3, arbitrary: withBody('invalid-json', fc.constantFrom(...INVALID_JSON)) },
    {
      weight: 3,
      arbitrary: withBody(
        'truncated',
        text
          .filter((t) => t.startsWith('{') && t.length > 1)
          .chain((t) => fc.integer({ min: 1, max: t.length - 1 }).map((k) => t.slice(0, k))),
      ),
    },
    { weight: 2, arbitrary: withBody('proto-poison', fc.constantFrom(...POISON)) },
    { weight: 2, arbitrary: withBody('content-type', text, fc.constantFrom(...WRONG_TYPES)) },
    { weight: 1, arbitrary: withBody('empty', fc.constant('')) },
    { weight: 1, arbitrary: withBody('too-large', fc.constant(`{"a":"${'x'.repeat(bodyLimit)}"}`)) },
  );
}

const BROKEN_SEGMENTS = [
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%ff%fe',
  '%00',
  '%2e%2e%2f',
  '%F0%9F',
  'a%20b%',
  '%u0041',
];

/** Path parameters whose percent-encoding is broken (or decodes to NUL or a slash). */
export function urlRequests(route: FuzzRoute): fc.Arbitrary<Generated> {
  const names = paramNames(route);
  return fc.tuple(fc.constantFrom(...names), fc.constantFrom(...BROKEN_SEGMENTS)).map(([name, segment]) => ({
    label: 'url:broken-escape',
    req: {
      params: Object.fromEntries(names.map((n) => [n, n === name ? segment : 'x'])),
      query: {},
      headers: {},
      rawParams: true,
    },
  }));
}
