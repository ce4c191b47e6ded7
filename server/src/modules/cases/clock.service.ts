// The clock of one case, read from the database: the limits of its pinned version and situation,
// its special procedures, its extension, on the current working-day calendar.
import { asc, eq } from 'drizzle-orm';
import { loadWorkingCalendar } from '../../platform/calendar/store.ts';
import type { Db } from '../../platform/db/database.ts';
import { explainDeadline, type DeadlineExplanation } from './deadline.ts';
import { situationOf, type PinnedVersion } from './pinned-version.ts';
import { caseSpecialProcedure, type ServiceCaseRow } from './schema.ts';

type Clocked = Pick<ServiceCaseRow, 'id' | 'answers' | 'acceptedOn' | 'extensionDays'>;

/** The explanation of the case's due dates, or null before acceptance. */
export async function caseDeadline(
  db: Db,
  c: Clocked,
  version: PinnedVersion,
  today: string,
): Promise<DeadlineExplanation | null> {
  if (!c.acceptedOn) return null;
  // One query after another: `db` may be a transaction.
  const calendar = await loadWorkingCalendar(db);
  const procedures = await db
    .select({
      kind: caseSpecialProcedure.kind,
      from: caseSpecialProcedure.startedOn,
      to: caseSpecialProcedure.endedOn,
    })
    .from(caseSpecialProcedure)
    .where(eq(caseSpecialProcedure.caseId, c.id))
    .orderBy(asc(caseSpecialProcedure.startedOn));
  const situation = situationOf(version, c.answers);
  return explainDeadline(calendar, {
    acceptedOn: c.acceptedOn,
    statutoryLimit: situation.statutoryLimit,
    promisedLimit: situation.promisedLimit,
    pauses: procedures,
    extensionDays: c.extensionDays,
    today,
  });
}
