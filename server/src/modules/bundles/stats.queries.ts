// Bundle statistics: per bundle, its cases by aggregate status, the sub-cases started, and the
// form fields, materials and visits saved (stored on each bundle case at submission), with the
// designed per-case savings of the version in force.
import type { Principal } from '../../platform/access/principal.ts';
import type { Db } from '../../platform/db/database.ts';
import type { BundleStats } from './bundles.schemas.ts';

export async function bundleStats(_ctx: { db: Db; principal: Principal }): Promise<BundleStats> {
  throw new Error('not implemented');
}
