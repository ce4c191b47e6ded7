// The clock of one case, read from the database: the limits of its pinned version and situation,
// its special procedures, its extension, on the current working-day calendar.
import { asc, eq } from 'drizzle-orm';
import { loadWorkingCalendar } from '../../platform/calendar/store.ts';
import type { Db } from '../../platform/db/database.ts';
import { resolveSetting } from '../../platform/settings/service.ts';
import { explainDeadline, urgencyOf, type DeadlineExplanation, type Urgency } from './deadline.ts';
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
  const [calendar, procedures] = await Promise.all([
    loadWorkingCalendar(db),
    db
      .select({
        kind: caseSpecialProcedure.kind,
        from: caseSpecialProcedure.startedOn,
        to: caseSpecialProcedure.endedOn,
      })
      .from(caseSpecialProcedure)
      .where(eq(caseSpecialProcedure.caseId, c.id))
      .orderBy(asc(caseSpecialProcedure.startedOn)),
  ]);
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

/** The queue colour of an open case, by the agency's warning setting. */
export async function caseUrgency(
  db: Db,
  c: Pick<ServiceCaseRow, 'promisedDue' | 'regionCode' | 'agencyId'>,
  today: string,
): Promise<Urgency | null> {
  if (!c.promisedDue) return null;
  const warning = await resolveSetting(db, 'case.deadline-warning-working-days', {
    regionCode: c.regionCode,
    agencyId: c.agencyId,
  });
  return urgencyOf(await loadWorkingCalendar(db), c.promisedDue, today, Number(warning.value));
}
