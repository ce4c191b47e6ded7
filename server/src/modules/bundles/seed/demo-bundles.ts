// The demo bundles (seed/*.ts), each inserted as one published version on DEMO_EFFECTIVE_FROM
// with its publication action, like the demo catalog. Idempotent: a bundle whose code exists is
// left alone, so a restart (or an installation that added bundles of its own) never duplicates.
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { DEMO_EFFECTIVE_FROM } from '../../catalog/seed/types.ts';
import { bundle, bundleVersion, bundleVersionAction } from '../schema.ts';
import { DEMO_BUNDLES, seedBundleCode, type SeedBundle } from './index.ts';

async function insertBundle(tx: Db, seed: SeedBundle, now: Date): Promise<void> {
  const id = uuidv7();
  const versionId = uuidv7();
  await tx.insert(bundle).values({
    id,
    code: seedBundleCode(seed),
    regionCode: seed.regionCode,
    leadAgencyId: seed.content.leadAgencyId,
    createdBy: 'system',
  });
  await tx.insert(bundleVersion).values({
    id: versionId,
    bundleId: id,
    version: 1,
    status: 'published',
    content: seed.content,
    effectiveFrom: DEMO_EFFECTIVE_FROM,
    createdBy: 'system',
    publishedAt: now,
  });
  await tx.insert(bundleVersionAction).values({
    id: uuidv7(),
    versionId,
    action: 'publish',
    actorId: 'system',
    actorName: '演示数据 · Demo data',
    comment: null,
    detail: { effectiveFrom: DEMO_EFFECTIVE_FROM },
  });
}

export async function seedDemoBundles(db: Db, seeds: readonly SeedBundle[] = DEMO_BUNDLES): Promise<void> {
  if (!seeds.length) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table bundle in exclusive mode`); // two replicas starting together
    const codes = seeds.map(seedBundleCode);
    const existing = new Set(
      (await tx.select({ code: bundle.code }).from(bundle).where(inArray(bundle.code, codes))).map(
        (r) => r.code,
      ),
    );
    const now = new Date();
    for (const seed of seeds) if (!existing.has(seedBundleCode(seed))) await insertBundle(tx, seed, now);
  });
}
