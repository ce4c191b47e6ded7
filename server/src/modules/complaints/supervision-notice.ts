// 督办 notices: an order past a deadline is brought to the agency's handlers and leads. Staff have
// no inbox or phone in the platform yet, so (as for overdue cases, cases/sweeps.ts) the notice is
// an audit entry naming the recipients, which the supervision views read.
import { eq } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { staffHolding } from '../identity/staff-holding.ts';
import { agency } from '../masterdata/schema.ts';
import type { ComplaintRow } from './schema.ts';

export async function notifyAgency(tx: Db, c: ComplaintRow, kind: string): Promise<string[]> {
  if (!c.agencyId) return [];
  const [a] = await tx
    .select({ regionCode: agency.regionCode })
    .from(agency)
    .where(eq(agency.id, c.agencyId));
  const at = { agencyId: c.agencyId, regionCode: a?.regionCode ?? c.regionCode };
  const holders = [
    ...(await staffHolding(tx, 'complaint.handle', at)),
    ...(await staffHolding(tx, 'case.supervise', at)),
  ];
  const usernames = [...new Set(holders.map((h) => h.username))];
  await recordAudit(tx, SYSTEM_ACTOR, {
    action: 'complaint.supervise.notify',
    purpose: 'supervise overdue complaints (督办)',
    resource: { type: 'complaint', id: c.id },
    detail: { number: c.complaintNumber, agencyId: c.agencyId, kind, recipients: usernames },
  });
  return usernames;
}
