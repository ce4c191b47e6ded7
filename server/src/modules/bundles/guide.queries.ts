// Reads for the public guide beyond the versions in force (plan.queries.ts): the filter of the
// list, and the venues with a 一件事 window, in the order the bundle lists them.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { venue } from '../masterdata/schema.ts';
import type { BundleTarget, LifeEvent } from './codes.ts';

export interface BundleLifeEventFilter {
  target?: BundleTarget;
  lifeEvent?: LifeEvent;
}

/** The venues of `ids` that exist (unknown ids are left out), in the order given. */
export async function bundleVenues(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; name: string; address: string }[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: venue.id, name: venue.name, address: venue.address })
    .from(venue)
    .where(inArray(venue.id, [...new Set(ids)]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const v = byId.get(id);
    return v ? [v] : [];
  });
}
