// Docs move with code: every configuration variable appears in the README's table with its default.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_SPEC, type ConfigVar } from '../src/platform/config/spec.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README configuration table', () => {
  it.each((CONFIG_SPEC as readonly ConfigVar[]).map((v) => [v.name, v] as const))(
    'documents %s',
    (name, v) => {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, `README row for ${name}`).toBeDefined();
      expect(row).toContain(v.default === undefined ? '| — |' : `| \`${v.default}\` |`);
    },
  );
});
