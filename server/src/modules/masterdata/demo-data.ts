// Loads the demo master data into an empty database, in one transaction (so a crash leaves
// nothing half-loaded); a database that already has regions is left alone.
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { agency, region, serviceWindow, venue } from './schema.ts';
import { agencies, regions, venues } from './seed/index.ts';

export async function loadMasterDataDemo(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table region in exclusive mode`); // two replicas starting together
    const [any] = await tx.select({ code: region.code }).from(region).limit(1);
    if (any) return;
    // Foreign keys are checked at the end of each statement, so parents may come in any order.
    await tx.insert(region).values(
      regions.map((r) => ({
        code: r.code,
        name: r.name,
        nameEn: r.nameEn,
        level: r.level,
        parentCode: r.parentCode,
        retired: r.retired ?? false,
        successorCode: r.successorCode ?? null,
        sample: r.sample ?? false,
      })),
    );
    await tx.insert(agency).values(agencies.map((a) => ({ ...a })));
    await tx.insert(venue).values(
      venues.map(({ windows: _w, unverified: _u, geo, ...v }) => ({
        ...v,
        lat: geo?.lat ?? null,
        lng: geo?.lng ?? null,
      })),
    );
    await tx.insert(serviceWindow).values(
      venues.flatMap((v) =>
        v.windows.map((w) => ({
          venueId: v.id,
          code: w.code,
          name: w.name,
          type: w.type,
          agencyId: w.agencyId ?? null,
        })),
      ),
    );
  });
}
