// Bundle statistics: per bundle, its cases by aggregate status, the sub-cases started, and the
// form fields, materials and visits saved (stored on each bundle case at submission), with the
// designed per-case savings of the version in force. Two GROUP BY queries over all bundles in
// scope (index bundle_case_bundle), never a query per case.
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Principal } from '../../platform/access/principal.ts';
import type { Db } from '../../platform/db/database.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { covers } from '../catalog/catalog-access.ts';
import type { BundleStats } from './bundles.schemas.ts';
import type { BundleCaseStatus } from './codes.ts';
import type { Savings } from './plan.ts';
import { typicalSavings } from './plan-build.ts';
import { findBundleInForce, loadMemberVersions, missingMembers } from './plan.queries.ts';
import { bundle, bundleCase, bundleMemberCase, type BundleRow } from './schema.ts';
import { placeOf } from './versions.read.ts';

const latestName = sql<string | null>`(
  select v.content->>'name' from bundle_version v where v.bundle_id = ${bundle.id}
  order by v.version desc limit 1)`;

const zero = () => ({ fields: 0, materials: 0, visits: 0 });
const NO_SAVINGS = (): Savings => ({ separately: zero(), bundled: zero(), saved: zero() });

/** The designed savings of one case (the whole plan of the version in force), and its name. */
async function designed(db: Db, b: BundleRow, today: string) {
  const found = await findBundleInForce(db, b.code, today);
  if (!found) return undefined;
  const versions = await loadMemberVersions(db, found.version.content, today);
  const savings = missingMembers(found.version.content, versions).length
    ? NO_SAVINGS()
    : typicalSavings(found.version.content, versions);
  return { name: found.version.content.name, savings };
}

async function casesByStatus(db: Db, ids: string[]) {
  return db
    .select({
      bundleId: bundleCase.bundleId,
      status: bundleCase.status,
      cases: count(),
      savedFields: sql<number>`coalesce(sum(${bundleCase.savedFields}), 0)`.mapWith(Number),
      savedMaterials: sql<number>`coalesce(sum(${bundleCase.savedMaterials}), 0)`.mapWith(Number),
      savedVisits: sql<number>`coalesce(sum(${bundleCase.savedVisits}), 0)`.mapWith(Number),
    })
    .from(bundleCase)
    .where(inArray(bundleCase.bundleId, ids))
    .groupBy(bundleCase.bundleId, bundleCase.status);
}

async function subCasesStarted(db: Db, ids: string[]) {
  const rows = await db
    .select({ bundleId: bundleCase.bundleId, started: count() })
    .from(bundleMemberCase)
    .innerJoin(bundleCase, eq(bundleCase.id, bundleMemberCase.bundleCaseId))
    .where(and(inArray(bundleCase.bundleId, ids), eq(bundleMemberCase.state, 'started')))
    .groupBy(bundleCase.bundleId);
  return new Map(rows.map((r) => [r.bundleId, r.started]));
}

export async function bundleStats(ctx: { db: Db; principal: Principal }): Promise<BundleStats> {
  const today = businessDate();
  // A city-wide stats.read grant covers every bundle; others, those of their agency or region.
  const all = await ctx.db.select({ row: bundle, latestName }).from(bundle).orderBy(bundle.code);
  const visible = all.filter(({ row }) => covers(ctx.principal, 'stats.read', placeOf(row)));
  if (!visible.length) return { items: [] };
  const ids = visible.map(({ row }) => row.id);
  const byStatus = await casesByStatus(ctx.db, ids);
  const started = await subCasesStarted(ctx.db, ids);
  const items: BundleStats['items'] = [];
  for (const { row: b, latestName: name } of visible) {
    const rows = byStatus.filter((r) => r.bundleId === b.id);
    const plan = await designed(ctx.db, b, today);
    // Bundles never published and never applied for are no statistic yet.
    if (!plan && !rows.length) continue;
    const of = (s: BundleCaseStatus) => rows.find((r) => r.status === s)?.cases ?? 0;
    const sum = (k: 'savedFields' | 'savedMaterials' | 'savedVisits') => rows.reduce((n, r) => n + r[k], 0);
    items.push({
      code: b.code,
      name: plan?.name ?? name ?? b.code,
      cases: rows.reduce((n, r) => n + r.cases, 0),
      inProgress: of('in-progress'),
      concluded: of('concluded'),
      partlyRefused: of('partly-refused'),
      refused: of('refused'),
      subCases: started.get(b.id) ?? 0,
      savedFields: sum('savedFields'),
      savedMaterials: sum('savedMaterials'),
      savedVisits: sum('savedVisits'),
      perCase: plan?.savings ?? NO_SAVINGS(),
    });
  }
  return { items };
}
