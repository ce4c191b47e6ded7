// Plausible values for a JSON schema (the base a mutation breaks) and hostile strings mixed into
// them: SQL and script injection, NUL bytes, lone surrogates, bidi overrides, astral characters.
import fc from 'fast-check';

export type Schema = Record<string, unknown>;

export const HOSTILE_STRINGS: readonly string[] = [
  "' OR '1'='1' --",
  "'); drop table account; --",
  '1; select pg_sleep(5)',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'a\u0000b',
  '\u0000',
  '\ud800',
  '\udfff\ud800',
  '\u202egnp.exe',
  '\ufeff\u200b\u00ad',
  '𠮷野家🙂',
  '../../../etc/passwd',
  '${jndi:ldap://x}{{7*7}}',
  '%00%27%22',
  '\\',
  ' ',
  '',
];

const FORMAT_SAMPLES: Record<string, fc.Arbitrary<string>> = {
  uuid: fc.uuid({ version: 7 }),
  date: fc.constantFrom('2026-03-02', '2025-12-31'),
  'date-time': fc.constantFrom('2026-03-02T09:30:00+08:00', '2026-01-01T00:00:00Z'),
  email: fc.constantFrom('zhang.san@example.cn', 'a@b.co'),
  uri: fc.constantFrom('https://example.cn/cb', 'https://a.example/x?y=1'),
  time: fc.constantFrom('09:30:00', '17:00:00+08:00'),
};

export const typesOf = (s: Schema): string[] =>
  Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];

export const alternativesOf = (s: Schema): Schema[] | undefined =>
  (s.anyOf ?? s.oneOf) as Schema[] | undefined;

function stringFor(s: Schema): fc.Arbitrary<string> {
  if (typeof s.format === 'string' && FORMAT_SAMPLES[s.format]) return FORMAT_SAMPLES[s.format]!;
  if (typeof s.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(s.pattern, 'u'));
    } catch {
      return fc.string();
    }
  }
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  const max = typeof s.maxLength === 'number' ? s.maxLength : 40;
  const fits = HOSTILE_STRINGS.filter((h) => h.length >= min && h.length <= max);
  const plain = fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, 24)), unit: 'grapheme' });
  return fits.length ? fc.oneof(plain, fc.constantFrom(...fits)) : plain;
}

function numberFor(s: Schema, integer: boolean): fc.Arbitrary<number> {
  const min = typeof s.minimum === 'number' ? s.minimum : -1000;
  const max = typeof s.maximum === 'number' ? s.maximum : Math.max(min, 1000);
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectFor(s: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const required = new Set((s.required ?? []) as string[]);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, sub] of Object.entries(props)) model[k] = plausible(sub, depth + 1);
  return fc.record(model, { requiredKeys: Object.keys(props).filter((k) => required.has(k)) });
}

/** A value that is meant to satisfy `s` (usually does); strings lean hostile where they fit. */
export function plausible(s: Schema, depth = 0): fc.Arbitrary<unknown> {
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const alts = alternativesOf(s);
  if (alts?.length) return fc.oneof(...alts.map((a) => plausible(a, depth)));
  if (depth > 6) return fc.constant(null);
  const type = typesOf(s).find((t) => t !== 'null') ?? (s.properties ? 'object' : undefined);
  switch (type) {
    case 'string':
      return stringFor(s);
    case 'integer':
      return numberFor(s, true);
    case 'number':
      return numberFor(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = (s.items ?? {}) as Schema;
      const minLength = typeof s.minItems === 'number' ? s.minItems : 0;
      const maxLength = Math.max(minLength, Math.min(typeof s.maxItems === 'number' ? s.maxItems : 3, 3));
      return fc.array(plausible(items, depth + 1), { minLength, maxLength });
    }
    case 'object':
      return objectFor(s, depth);
    default:
      return fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null));
  }
}
