// The demo bundles pass their own publication rules against the demo catalog (the seed, not the
// database), each saves the applicant something, and the loader inserts each bundle once with a
// published version in force (the test database is built with the demo data).
import { and, eq, inArray } from 'drizzle-orm';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../test/helpers.ts';
import type { Database } from '../../../platform/db/database.ts';
import { DEMO_CATALOG } from '../../catalog/seed/index.ts';
import { DEMO_EFFECTIVE_FROM } from '../../catalog/seed/types.ts';
import { agencies, venues } from '../../masterdata/seed/index.ts';
import { BundleContent } from '../content.ts';
import type { MemberVersion } from '../plan.ts';
import { buildPlan } from '../plan-build.ts';
import { checkBundle, type BundleRuleFacts } from '../rules.ts';
import { bundle, bundleVersion } from '../schema.ts';
import { seedDemoBundles } from './demo-bundles.ts';
import { DEMO_BUNDLES, seedBundleCode, type SeedBundle } from './index.ts';
import { demoCodeOf, member } from './members.ts';

const agencyIds = new Set(agencies.map((a) => a.id));
const venueIds = new Set(venues.map((v) => v.id));

/** Every demo implementation by its implementation code. */
const DEMO_BY_CODE = new Map(DEMO_CATALOG.implementations.map((s) => [demoCodeOf(s), s]));

/** Each member's demo implementation as the version it would be pinned to. */
function versionsOf(seed: SeedBundle): Map<string, MemberVersion> {
  return new Map(
    seed.content.members.map((m) => {
      const s = DEMO_BY_CODE.get(m.implementationCode);
      if (!s) throw new Error(`${seed.content.name}: no demo implementation ${m.implementationCode}`);
      const version: MemberVersion = {
        member: m,
        implementationCode: m.implementationCode,
        versionId: `seed-${m.id}`,
        agencyId: s.agencyId,
        regionCode: s.regionCode,
        content: s.content,
      };
      return [m.id, version];
    }),
  );
}

describe.each(DEMO_BUNDLES.map((b) => [b.content.name, b] as const))('demo bundle %s', (_name, seed) => {
  const versions = versionsOf(seed);

  it('is valid content that passes every publication rule', () => {
    expect([...Value.Errors(BundleContent, seed.content)].map((e) => e.message)).toEqual([]);
    const facts: BundleRuleFacts = {
      versions,
      agencyExists: (id) => agencyIds.has(id),
      venueExists: (id) => venueIds.has(id),
    };
    expect(checkBundle(seed.content, facts).map((f) => `${f.path}: ${f.zh}`)).toEqual([]);
  });

  it('names implementations of the city or of its own district', () => {
    for (const mv of versions.values()) expect(['120000', seed.regionCode]).toContain(mv.regionCode);
  });

  it('saves form fields or materials against applying for each member separately', () => {
    const { saved } = buildPlan(seed.content, versions, null).savings;
    expect(saved.fields + saved.materials).toBeGreaterThan(0);
  });
});

describe('the demo bundle seed', () => {
  it('gives every bundle its own code', () => {
    const codes = DEMO_BUNDLES.map(seedBundleCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^YJS120103\d{3}$/.test(c))).toBe(true);
  });

  it('refuses a member that names no demo implementation, or an unknown agency', () => {
    expect(() => member('x', 'hx-gafj', '不存在的事项')).toThrow(/0 demo implementations/);
    expect(() => member('x', 'no-such-agency', '出生登记（户口）')).toThrow();
  });
});

describe('the demo bundle loader', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
  });
  afterAll(() => database.close());

  it('has published each bundle once, in force from the demo date, and a second run adds nothing', async () => {
    const codes = DEMO_BUNDLES.map(seedBundleCode);
    const published = () =>
      database.db
        .select({ code: bundle.code, from: bundleVersion.effectiveFrom })
        .from(bundle)
        .innerJoin(bundleVersion, eq(bundleVersion.bundleId, bundle.id))
        .where(and(inArray(bundle.code, codes), eq(bundleVersion.status, 'published')));
    expect((await published()).map((r) => r.code).sort()).toEqual([...codes].sort());
    expect((await published()).every((r) => r.from === DEMO_EFFECTIVE_FROM)).toBe(true);
    await seedDemoBundles(database.db);
    expect(await published()).toHaveLength(codes.length);
  });
});
