// Malformed values by construction: take a plausible value for a schema and break one rule at one
// place — a required property gone, a wrong type, a string past maxLength, a number out of range,
// a bad format, pattern or enum value, an unknown or prototype-polluting key, too many items,
// deep nesting, a huge string. The caller checks with ajv that the result is really invalid.
import fc from 'fast-check';
import { alternativesOf, plausible, typesOf, type Schema } from './values.ts';

/** Marks a property to delete instead of set. */
export const DELETE = Symbol('delete');

export interface Mutation {
  label: string;
  path: readonly string[];
  replacement: fc.Arbitrary<unknown>;
}

const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'isAdmin', 'hasOwnProperty', 'x\u0000y', ''];
const WRONG_TYPES: readonly unknown[] = [
  0,
  -1,
  1.5,
  true,
  false,
  null,
  'x',
  '',
  [],
  {},
  ['a', 'b'],
  { a: 1 },
];
const BAD_FORMAT: Record<string, readonly string[]> = {
  uuid: ['not-a-uuid', '00000000-0000-0000-0000-00000000000g', '0192f0c8-7b5a-7c3e-8e1d', "1' or '1'='1"],
  date: ['2026-13-01', '2026-02-30', '26-1-1', 'yesterday', '2026-03-02T00:00:00Z'],
  'date-time': ['2026-03-02', '2026-03-02 25:00', 'now', '2026-03-02T09:30:00+99:00'],
  email: ['a@', '@b.cn', 'a b@c.cn', 'zhang<script>@x.cn'],
  uri: ['not a uri', '://x', 'javascript:alert(1)'],
  time: ['25:00:00', 'noon'],
};
const BAD_PATTERN = ['', ' ', '!!', 'ABC-<>', '0'.repeat(65), 'ｚｈ全角', '\ud800', '-1', 'a\nb'];

const deep = (n: number): unknown => {
  let v: unknown = 'bottom';
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
  return v;
};
const huge = (n: number) =>
  fc.constantFrom('a'.repeat(n), '汉'.repeat(Math.floor(n / 3)), '\u0000'.repeat(64));

function enumValues(s: Schema): unknown[] | undefined {
  if (Array.isArray(s.enum)) return s.enum as unknown[];
  if ('const' in s) return [s.const];
  const alts = alternativesOf(s);
  if (alts?.every((a) => 'const' in a)) return alts.map((a) => a.const);
  return undefined;
}

function stringMutations(s: Schema, path: string[], out: Mutation[]) {
  if (typeof s.maxLength === 'number') {
    const max = s.maxLength;
    out.push({
      label: 'too-long',
      path,
      replacement: fc.integer({ min: max + 1, max: max + 64 }).map((n) => 'x'.repeat(n)),
    });
  }
  if (typeof s.minLength === 'number' && s.minLength > 0)
    out.push({ label: 'too-short', path, replacement: fc.constant('x'.repeat(s.minLength - 1)) });
  if (typeof s.format === 'string')
    out.push({
      label: 'bad-format',
      path,
      replacement: fc.constantFrom(...(BAD_FORMAT[s.format] ?? BAD_PATTERN)),
    });
  if (typeof s.pattern === 'string')
    out.push({ label: 'bad-pattern', path, replacement: fc.constantFrom(...BAD_PATTERN) });
}

function numberMutations(s: Schema, integer: boolean, path: string[], out: Mutation[]) {
  const below = typeof s.minimum === 'number' ? [s.minimum - 1, s.minimum - 0.5, -1e308] : [];
  const above = typeof s.maximum === 'number' ? [s.maximum + 1, s.maximum + 0.5, 1e308] : [];
  if (below.length + above.length)
    out.push({ label: 'out-of-range', path, replacement: fc.constantFrom(...below, ...above) });
  if (integer)
    out.push({ label: 'not-integer', path, replacement: fc.constantFrom(1.5, 2 ** 53 + 0.5, 1e21) });
  out.push({ label: 'huge-number', path, replacement: fc.constantFrom(1e308, -1e308, 2 ** 63, -(2 ** 63)) });
}

function objectMutations(s: Schema, path: string[], out: Mutation[], depth: number) {
  for (const key of (s.required ?? []) as string[])
    out.push({ label: 'missing-required', path: [...path, key], replacement: fc.constant(DELETE) });
  if (s.additionalProperties === false)
    out.push({ label: 'extra-key', path, replacement: fc.constant(undefined) }); // keys added in send
  for (const [k, sub] of Object.entries((s.properties ?? {}) as Record<string, Schema>))
    collect(sub, [...path, k], out, depth + 1);
}

function collect(s: Schema, path: string[], out: Mutation[], depth: number) {
  if (depth > 5) return;
  out.push({ label: 'wrong-type', path, replacement: fc.constantFrom(...WRONG_TYPES) });
  const choices = enumValues(s);
  if (choices)
    out.push({
      label: 'bad-enum',
      path,
      replacement: fc.constantFrom(
        'NOT_ALLOWED',
        'draft ',
        '',
        'ＡＢ',
        String(choices[0]).toUpperCase() + 'x',
      ),
    });
  const alts = alternativesOf(s);
  const target = alts?.find((a) => !typesOf(a).includes('null') && !('const' in a)) ?? s;
  const types = typesOf(target);
  if (types.includes('string')) stringMutations(target, path, out);
  if (types.includes('integer') || types.includes('number'))
    numberMutations(target, types.includes('integer'), path, out);
  if (types.includes('array')) {
    if (typeof target.maxItems === 'number')
      out.push({
        label: 'too-many-items',
        path,
        replacement: fc.array(fc.constant('x'), {
          minLength: target.maxItems + 1,
          maxLength: target.maxItems + 20,
        }),
      });
    if (typeof target.minItems === 'number' && target.minItems > 0)
      out.push({ label: 'too-few-items', path, replacement: fc.constant([]) });
    if (target.items) collect(target.items as Schema, [...path, '0'], out, depth + 1);
  }
  if (types.includes('object') || target.properties) objectMutations(target, path, out, depth);
}

/** Every way this module knows to break a value of schema `s`: rule by rule, and by size. */
export function mutationsOf(s: Schema): { rules: Mutation[]; size: Mutation[] } {
  const rules: Mutation[] = [];
  collect(s, [], rules, 0);
  // Size attacks on one top-level property (or on the whole value).
  const top = Object.keys((s.properties ?? {}) as object);
  const at = (label: string, r: fc.Arbitrary<unknown>): Mutation[] =>
    top.length
      ? top.map((k) => ({ label, path: [k], replacement: r }))
      : [{ label, path: [], replacement: r }];
  return {
    rules,
    size: [...at('deep-nesting', fc.constantFrom(deep(64), deep(2000))), ...at('huge-string', huge(70_000))],
  };
}

/** Sets (or deletes) the value at `path` in a copy of `base`, creating objects on the way. */
export function applyAt(base: unknown, path: readonly string[], value: unknown): unknown {
  if (!path.length) return value === DELETE ? undefined : value;
  const root = (base !== null && typeof base === 'object' ? structuredClone(base) : {}) as Record<
    string,
    unknown
  >;
  let node = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path.at(-1)!;
  if (value === DELETE) delete node[last];
  // defineProperty, so a "__proto__" key is an own property (as JSON.parse would make it).
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

/** A malformed value for `s`: a plausible base with one mutation applied. */
export function malformed(s: Schema): fc.Arbitrary<{ label: string; value: unknown }> {
  const { rules, size } = mutationsOf(s);
  // Size attacks are slow to send and mostly stop early (413, 414): one request in eight.
  const mutation = fc.oneof(
    { weight: 7, arbitrary: fc.constantFrom(...rules) },
    { weight: 1, arbitrary: fc.constantFrom(...size) },
  );
  return fc
    .tuple(plausible(s), mutation, fc.constantFrom(...EXTRA_KEYS))
    .chain(([base, m, extra]) =>
      m.label === 'extra-key'
        ? fc
            .jsonValue({ maxDepth: 1 })
            .map((v) => ({ label: m.label, value: applyAt(base, [...m.path, extra], v) }))
        : m.replacement.map((r) => ({ label: m.label, value: applyAt(base, m.path, r) })),
    );
}
