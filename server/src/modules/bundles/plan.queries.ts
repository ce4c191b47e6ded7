// Loading what a plan is built from: the bundle version in force today (by code), and each
// member's implementation version in force (catalog/versions.queries.ts inForceOn), read in one
// query for all members (a bundle has at most 20).
import { and, desc, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { implementation, implementationVersion } from '../catalog/schema.ts';
import { inForceOn } from '../catalog/versions.queries.ts';
import type { BundleContent } from './content.ts';
import type { MemberVersion } from './plan.ts';
import { bundle, bundleVersion, type BundleRow, type BundleVersionRow } from './schema.ts';

/** Condition: a published bundle version in force on `date` (retired ones until their end). */
export const bundleInForceOn = (date: string) =>
  and(
    inArray(bundleVersion.status, ['published', 'retired']),
    lte(bundleVersion.effectiveFrom, date),
    or(isNull(bundleVersion.effectiveTo), gt(bundleVersion.effectiveTo, date)),
  );

/** The bundle and its version in force on `today`, or undefined. */
export async function findBundleInForce(
  db: Db,
  code: string,
  today: string,
): Promise<{ bundle: BundleRow; version: BundleVersionRow } | undefined> {
  const [row] = await db
    .select({ bundle, version: bundleVersion })
    .from(bundle)
    .innerJoin(bundleVersion, eq(bundleVersion.bundleId, bundle.id))
    .where(and(eq(bundle.code, code), bundleInForceOn(today)))
    .orderBy(desc(bundleVersion.effectiveFrom))
    .limit(1);
  return row;
}

/** The bundle in force or BUNDLE_NOT_IN_FORCE (404 NOT_FOUND when no bundle has the code). */
export async function getBundleInForce(
  db: Db,
  code: string,
  today: string,
): Promise<{ bundle: BundleRow; version: BundleVersionRow }> {
  const found = await findBundleInForce(db, code, today);
  if (found) return found;
  const [exists] = await db.select({ id: bundle.id }).from(bundle).where(eq(bundle.code, code));
  if (!exists) throw notFound(`bundle ${code}`);
  throw new AppError('BUNDLE_NOT_IN_FORCE', {
    detail: `no version of bundle ${code} is in force on ${today}`,
  });
}

/** Every bundle version in force on `today` with its bundle (the public list). */
export async function bundlesInForce(db: Db, today: string) {
  const rows = await db
    .select({ bundle, version: bundleVersion })
    .from(bundle)
    .innerJoin(bundleVersion, eq(bundleVersion.bundleId, bundle.id))
    .where(bundleInForceOn(today))
    .orderBy(bundle.code, desc(bundleVersion.effectiveFrom));
  // A successor may start the day its predecessor ends: keep the latest start per bundle.
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!latest.has(r.bundle.id)) latest.set(r.bundle.id, r);
  return [...latest.values()];
}

/** Each member's implementation version in force on `today`; members without one are left out. */
export async function loadMemberVersions(
  db: Db,
  content: BundleContent,
  today: string,
): Promise<Map<string, MemberVersion>> {
  const codes = [...new Set(content.members.map((m) => m.implementationCode))];
  if (!codes.length) return new Map();
  const rows = await db
    .select({
      code: implementation.code,
      agencyId: implementation.agencyId,
      regionCode: implementation.regionCode,
      versionId: implementationVersion.id,
      content: implementationVersion.content,
    })
    .from(implementation)
    .innerJoin(implementationVersion, eq(implementationVersion.implementationId, implementation.id))
    .where(and(inArray(implementation.code, codes), inForceOn(today)))
    .orderBy(desc(implementationVersion.effectiveFrom));
  const byCode = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!byCode.has(r.code)) byCode.set(r.code, r);
  const versions = new Map<string, MemberVersion>();
  for (const member of content.members) {
    const v = byCode.get(member.implementationCode);
    if (v)
      versions.set(member.id, {
        member,
        implementationCode: v.code,
        versionId: v.versionId,
        agencyId: v.agencyId,
        regionCode: v.regionCode,
        content: v.content,
      });
  }
  return versions;
}

/** The members of `content` without a version in force (empty: the bundle can be planned). */
export const missingMembers = (content: BundleContent, versions: ReadonlyMap<string, MemberVersion>) =>
  content.members.filter((m) => !versions.has(m.id)).map((m) => m.id);
