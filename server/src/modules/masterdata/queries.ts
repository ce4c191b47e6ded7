// Read queries for master data. Lists use keyset pagination on their sort key.
import { and, asc, eq, gt, ilike, inArray, like, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { decodeCursor, likeEscape, page } from '../../platform/http/cursor.ts';
import { subtreePrefix } from './region-prefix.ts';
import { agency, region, serviceWindow, venue } from './schema.ts';

export interface ListInput {
  limit: number;
  cursor?: string;
  q?: string;
}

const nameLike = (
  col: Parameters<typeof ilike>[0],
  colEn: Parameters<typeof ilike>[0],
  q: string | undefined,
) => (q ? or(ilike(col, `%${likeEscape(q)}%`), ilike(colEn, `%${likeEscape(q)}%`)) : undefined);

export async function listRegions(
  db: Db,
  input: ListInput & { parentCode?: string; level?: string; includeRetired?: boolean },
) {
  const after = decodeCursor(input.cursor, 1);
  const where: (SQL | undefined)[] = [
    input.parentCode ? eq(region.parentCode, input.parentCode) : undefined,
    input.level ? eq(region.level, input.level as 'county') : undefined,
    input.includeRetired ? undefined : eq(region.retired, false),
    nameLike(region.name, region.nameEn, input.q),
    after ? gt(region.code, after[0]!) : undefined,
  ];
  const rows = await db
    .select({
      code: region.code,
      name: region.name,
      nameEn: region.nameEn,
      level: region.level,
      parentCode: region.parentCode,
      retired: region.retired,
    })
    .from(region)
    .where(and(...where))
    .orderBy(asc(region.code))
    .limit(input.limit + 1);
  return page(rows, input.limit, (r) => [r.code]);
}

export async function listAgencies(db: Db, input: ListInput & { regionCode?: string; parentId?: string }) {
  const after = decodeCursor(input.cursor, 1);
  const rows = await db
    .select()
    .from(agency)
    .where(
      and(
        input.regionCode ? like(agency.regionCode, `${subtreePrefix(input.regionCode)}%`) : undefined,
        input.parentId ? eq(agency.parentId, input.parentId) : undefined,
        nameLike(agency.name, agency.nameEn, input.q),
        after ? gt(agency.id, after[0]!) : undefined,
      ),
    )
    .orderBy(asc(agency.id))
    .limit(input.limit + 1);
  return page(rows, input.limit, (r) => [r.id]);
}

const venueColumns = {
  id: venue.id,
  code: venue.code,
  name: venue.name,
  nameEn: venue.nameEn,
  kind: venue.kind,
  regionCode: venue.regionCode,
  managingAgencyId: venue.managingAgencyId,
  address: venue.address,
  phone: venue.phone,
  hours: venue.hours,
};

export async function listVenues(db: Db, input: ListInput & { regionCode?: string; kind?: string }) {
  const after = decodeCursor(input.cursor, 2);
  const rows = await db
    .select(venueColumns)
    .from(venue)
    .where(
      and(
        input.regionCode ? like(venue.regionCode, `${subtreePrefix(input.regionCode)}%`) : undefined,
        input.kind ? eq(venue.kind, input.kind as 'service-centre') : undefined,
        nameLike(venue.name, venue.nameEn, input.q),
        after
          ? or(gt(venue.regionCode, after[0]!), and(eq(venue.regionCode, after[0]!), gt(venue.id, after[1]!)))
          : undefined,
      ),
    )
    .orderBy(asc(venue.regionCode), asc(venue.id))
    .limit(input.limit + 1);
  return page(rows, input.limit, (r) => [r.regionCode, r.id]);
}

/** A venue with its windows; throws NOT_FOUND. */
export async function getVenue(db: Db, id: string) {
  const [found] = await db.select(venueColumns).from(venue).where(eq(venue.id, id));
  if (!found) throw notFound(`venue ${id}`);
  const windows = await db
    .select({
      code: serviceWindow.code,
      name: serviceWindow.name,
      type: serviceWindow.type,
      agencyId: serviceWindow.agencyId,
    })
    .from(serviceWindow)
    .where(eq(serviceWindow.venueId, id))
    .orderBy(asc(serviceWindow.code));
  return { ...found, windows };
}

/** One window of a venue with the venue's region, if both exist (`find*` may return nothing). */
export async function findWindow(db: Db, venueId: string, code: string) {
  const [found] = await db
    .select({ type: serviceWindow.type, agencyId: serviceWindow.agencyId, regionCode: venue.regionCode })
    .from(serviceWindow)
    .innerJoin(venue, eq(venue.id, serviceWindow.venueId))
    .where(and(eq(serviceWindow.venueId, venueId), eq(serviceWindow.code, code)));
  return found;
}

/** Names of agencies by id (for lists and notices); unknown ids are left out. */
export async function agencyNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: agency.id, name: agency.name })
    .from(agency)
    .where(inArray(agency.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names of venues by id; unknown ids are left out. */
export async function venueNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: venue.id, name: venue.name })
    .from(venue)
    .where(inArray(venue.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
