// Loading what a plan is built from: the bundle version in force today (by code), and each
// member's implementation version in force (catalog/versions.queries.ts findVersionInForce).
import type { Db } from '../../platform/db/database.ts';
import type { BundleContent } from './content.ts';
import type { MemberVersion } from './plan.ts';
import type { BundleRow, BundleVersionRow } from './schema.ts';

/** The bundle and its version in force on `today`, or undefined. */
export async function findBundleInForce(
  _db: Db,
  _code: string,
  _today: string,
): Promise<{ bundle: BundleRow; version: BundleVersionRow } | undefined> {
  throw new Error('not implemented');
}

/** The bundle in force or BUNDLE_NOT_IN_FORCE (404 NOT_FOUND when no bundle has the code). */
export async function getBundleInForce(
  _db: Db,
  _code: string,
  _today: string,
): Promise<{ bundle: BundleRow; version: BundleVersionRow }> {
  throw new Error('not implemented');
}

/** Each member's implementation version in force on `today`; members without one are left out. */
export async function loadMemberVersions(
  _db: Db,
  _content: BundleContent,
  _today: string,
): Promise<Map<string, MemberVersion>> {
  throw new Error('not implemented');
}
