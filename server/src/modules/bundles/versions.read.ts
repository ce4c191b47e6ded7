// Reading bundle definitions for catalog staff: scope (a bundle belongs to its lead agency and
// its region, as an implementation does; rows outside every grant answer 404), the version
// summaries, one version's detail with its review log, and the publication rules run now.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { STAFF_PERMISSIONS, coversAny, type CatalogCtx } from '../catalog/catalog-access.ts';
import type { RuleFailure } from '../catalog/rule-failure.ts';
import { availableActions, versionState } from '../catalog/version-workflow.ts';
import { agency, venue } from '../masterdata/schema.ts';
import { agencyNames } from '../masterdata/queries.ts';
import type { AdminBundleSummary, BundleVersionDetail } from './bundles.schemas.ts';
import type { BundleContent } from './content.ts';
import { loadMemberVersions } from './plan.queries.ts';
import { checkBundle } from './rules.ts';
import {
  bundle,
  bundleVersion,
  bundleVersionAction,
  type BundleRow,
  type BundleVersionRow,
} from './schema.ts';

/** Where a bundle belongs, for covers(): its lead agency and its region. */
export const placeOf = (b: BundleRow) => ({ agencyId: b.leadAgencyId, regionCode: b.regionCode });

export const visibleTo = (ctx: CatalogCtx, b: BundleRow) =>
  coversAny(ctx.principal, STAFF_PERMISSIONS, placeOf(b));

/** The bundle by code if some catalog grant of the caller covers it; else 404. */
export async function bundleInScope(ctx: CatalogCtx, db: Db, code: string): Promise<BundleRow> {
  const [row] = await db.select().from(bundle).where(eq(bundle.code, code));
  if (!row || !visibleTo(ctx, row)) throw notFound(`bundle ${code}`);
  return row;
}

/** A version and its bundle if the caller's grants cover the bundle; 404 otherwise. */
export async function bundleVersionInScope(ctx: CatalogCtx, db: Db, id: string, lock = false) {
  const query = db
    .select({ version: bundleVersion, bundle })
    .from(bundleVersion)
    .innerJoin(bundle, eq(bundle.id, bundleVersion.bundleId))
    .where(eq(bundleVersion.id, id));
  const [row] = lock ? await query.for('update', { of: bundleVersion }) : await query;
  if (!row || !visibleTo(ctx, row.bundle)) throw notFound(`bundle version ${id}`);
  return row;
}

export const bundleVersionSummary = (v: BundleVersionRow, today: string) => ({
  id: v.id,
  version: v.version,
  status: v.status,
  state: versionState(v, today),
  effectiveFrom: v.effectiveFrom,
  effectiveTo: v.effectiveTo,
  updatedAt: v.updatedAt.toISOString(),
  publishedAt: v.publishedAt?.toISOString() ?? null,
});

/** The bundles with every version, newest first; named after their newest version. */
export async function adminSummaries(
  db: Db,
  rows: BundleRow[],
  today: string,
): Promise<AdminBundleSummary[]> {
  if (!rows.length) return [];
  const versions = await db
    .select()
    .from(bundleVersion)
    .where(
      inArray(
        bundleVersion.bundleId,
        rows.map((b) => b.id),
      ),
    )
    .orderBy(desc(bundleVersion.version));
  const names = await agencyNames(
    db,
    rows.map((b) => b.leadAgencyId),
  );
  return rows.map((b) => {
    const mine = versions.filter((v) => v.bundleId === b.id);
    return {
      code: b.code,
      name: mine[0]?.content.name ?? b.code,
      regionCode: b.regionCode,
      leadAgencyId: b.leadAgencyId,
      leadAgencyName: names.get(b.leadAgencyId) ?? b.leadAgencyId,
      versions: mine.map((v) => bundleVersionSummary(v, today)),
    };
  });
}

/** The publication rules of `content` against the catalog and master data as of `date`. */
export async function bundleRuleFailures(
  db: Db,
  content: BundleContent,
  date: string,
): Promise<RuleFailure[]> {
  const versions = await loadMemberVersions(db, content, date);
  const agencyIds = [content.leadAgencyId, ...[...versions.values()].map((v) => v.agencyId)];
  const agencies = await db
    .select({ id: agency.id })
    .from(agency)
    .where(inArray(agency.id, [...new Set(agencyIds)]));
  const venues = content.venueIds.length
    ? await db
        .select({ id: venue.id })
        .from(venue)
        .where(inArray(venue.id, [...new Set(content.venueIds)]))
    : [];
  const agencySet = new Set(agencies.map((a) => a.id));
  const venueSet = new Set(venues.map((v) => v.id));
  return checkBundle(content, {
    versions,
    agencyExists: (id) => agencySet.has(id),
    venueExists: (id) => venueSet.has(id),
  });
}

export async function bundleVersionDetail(
  db: Db,
  b: BundleRow,
  v: BundleVersionRow,
  today: string,
): Promise<BundleVersionDetail> {
  const actions = await db
    .select()
    .from(bundleVersionAction)
    .where(eq(bundleVersionAction.versionId, v.id))
    .orderBy(asc(bundleVersionAction.at), asc(bundleVersionAction.id));
  return {
    ...bundleVersionSummary(v, today),
    bundleCode: b.code,
    regionCode: b.regionCode,
    content: v.content,
    availableActions: availableActions(v.status),
    actions: actions.map((a) => ({
      id: a.id,
      action: a.action,
      actorName: a.actorName,
      comment: a.comment,
      at: a.at.toISOString(),
    })),
    failures: await bundleRuleFailures(db, v.content, today),
  };
}
