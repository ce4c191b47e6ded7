// The service guide (办事指南) of a published implementation: its content in force on a date,
// with the agency and the places that accept it (hours, address, windows). The portal, the
// print view and the window workbench all read this one answer.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { agency, region, serviceWindow, venue } from '../masterdata/schema.ts';
import { findVersionInForce } from './versions.queries.ts';

export async function getGuide(db: Db, code: string, on: string = businessDate()) {
  const found = await findVersionInForce(db, code, on);
  if (!found) throw notFound(`no published implementation ${code} in force on ${on}`);
  const venueIds = found.content.acceptingVenues.map((v) => v.venueId);
  const [[owner], [place], venues, windows] = await Promise.all([
    db
      .select({ id: agency.id, name: agency.name, nameEn: agency.nameEn, uscc: agency.uscc })
      .from(agency)
      .where(eq(agency.id, found.agencyId)),
    db.select({ code: region.code, name: region.name }).from(region).where(eq(region.code, found.regionCode)),
    venueIds.length
      ? db.select().from(venue).where(inArray(venue.id, venueIds))
      : Promise.resolve([] as (typeof venue.$inferSelect)[]),
    venueIds.length
      ? db.select().from(serviceWindow).where(inArray(serviceWindow.venueId, venueIds))
      : Promise.resolve([] as (typeof serviceWindow.$inferSelect)[]),
  ]);
  const byId = new Map(venues.map((v) => [v.id, v]));
  return {
    implementationCode: found.code,
    versionId: found.versionId,
    version: found.version,
    effectiveFrom: found.effectiveFrom!,
    agency: owner!,
    region: place!,
    content: found.content,
    venues: found.content.acceptingVenues.flatMap((a) => {
      const v = byId.get(a.venueId);
      if (!v) return [];
      const listed = new Set(a.windowCodes ?? []);
      return [
        {
          id: v.id,
          name: v.name,
          kind: v.kind,
          address: v.address,
          phone: v.phone,
          hours: v.hours,
          mode: a.mode,
          windows: windows
            .filter((w) => w.venueId === v.id && (listed.size === 0 || listed.has(w.code)))
            .map((w) => ({ code: w.code, name: w.name, type: w.type })),
        },
      ];
    }),
  };
}
