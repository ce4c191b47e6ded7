// Who holds a permission over an agency: the staff to tell when something of the agency needs
// them (an overdue case goes to those holding case.supervise — the agency's leads, 督办). A grant
// covers the agency when it names the agency, a region the agency lies in, or no scope at all.
import { and, eq, isNull, or } from 'drizzle-orm';
import type { Permission } from '../../platform/access/permissions.ts';
import type { Db } from '../../platform/db/database.ts';
import { isWithinRegion } from '../../platform/identifiers/region-code.ts';
import { account, rolePermission, staff, staffRole } from './schema.ts';

export interface StaffHolder {
  staffId: string;
  username: string;
  name: string;
  agencyId: string;
}

export async function staffHolding(
  db: Db,
  permission: Permission,
  of: { agencyId: string; regionCode: string },
): Promise<StaffHolder[]> {
  const rows = await db
    .select({
      staffId: staff.id,
      username: account.username,
      name: staff.name,
      agencyId: staff.agencyId,
      grantAgency: staffRole.agencyId,
      grantRegion: staffRole.regionCode,
      grantVenue: staffRole.venueId,
    })
    .from(staffRole)
    .innerJoin(rolePermission, eq(rolePermission.roleId, staffRole.roleId))
    .innerJoin(staff, eq(staff.id, staffRole.staffId))
    .innerJoin(account, eq(account.id, staff.id))
    .where(
      and(
        eq(rolePermission.permission, permission),
        isNull(account.disabledAt),
        or(eq(staffRole.agencyId, of.agencyId), and(isNull(staffRole.agencyId), isNull(staffRole.venueId))),
      ),
    );
  const holders = new Map<string, StaffHolder>();
  for (const r of rows) {
    const covers =
      r.grantAgency === of.agencyId ||
      (r.grantAgency === null &&
        r.grantVenue === null &&
        (r.grantRegion === null || isWithinRegion(of.regionCode, r.grantRegion)));
    if (covers)
      holders.set(r.staffId, {
        staffId: r.staffId,
        username: r.username,
        name: r.name,
        agencyId: r.agencyId,
      });
  }
  return [...holders.values()].sort((a, b) => a.username.localeCompare(b.username));
}
