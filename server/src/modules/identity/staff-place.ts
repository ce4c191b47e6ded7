// Where a staff member works (agency, venue, window): what case handling records on each action
// and checks against an implementation's accepting venues.
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { staff } from './schema.ts';

export interface StaffPlace {
  name: string;
  agencyId: string;
  venueId: string | null;
  windowCode: string | null;
}

export async function findStaffPlace(db: Db, staffId: string): Promise<StaffPlace | undefined> {
  const [row] = await db
    .select({
      name: staff.name,
      agencyId: staff.agencyId,
      venueId: staff.venueId,
      windowCode: staff.windowCode,
    })
    .from(staff)
    .where(eq(staff.id, staffId));
  return row;
}
