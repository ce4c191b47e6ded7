// A staff member's grants: every permission of every role granted to them, with the grant's scope.
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { isPermission } from '../../platform/access/permissions.ts';
import type { Grant } from '../../platform/access/principal.ts';
import { rolePermission, staffRole } from './schema.ts';

export async function loadGrants(db: Db, staffId: string): Promise<Grant[]> {
  const rows = await db
    .select({
      permission: rolePermission.permission,
      agencyId: staffRole.agencyId,
      regionCode: staffRole.regionCode,
      venueId: staffRole.venueId,
    })
    .from(staffRole)
    .innerJoin(rolePermission, eq(rolePermission.roleId, staffRole.roleId))
    .where(eq(staffRole.staffId, staffId));
  return rows.flatMap((r) =>
    isPermission(r.permission)
      ? [
          {
            permission: r.permission,
            scope: { agencyId: r.agencyId, regionCode: r.regionCode, venueId: r.venueId },
          },
        ]
      : [],
  );
}
