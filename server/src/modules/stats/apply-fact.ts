// Keeps the rollup exact: under the fact's row lock, recompute what the source contributes now,
// add (new − old) to the rollup and store the new contributions. Reading the CURRENT source row
// makes the handler idempotent and order-free: a duplicated or late event finds nothing to change.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { WorkingCalendar } from '../../platform/calendar/working-days.ts';
import { loadWorkingCalendar } from '../../platform/calendar/store.ts';
import { serviceCase } from '../cases/schema.ts';
import { complaint } from '../complaints/schema.ts';
import { rating, rectification } from '../ratings/schema.ts';
import {
  caseContributions,
  complaintContributions,
  diff,
  ratingContributions,
  type Contribution,
  type Counter,
  type DayCounter,
} from './contributions.ts';
import { statsFact, statsRollup } from './schema.ts';

export type SourceType = 'case' | 'rating' | 'complaint';

const STATS_LOCK = 7_243_003;

const NO_DAYS: DayCounter = {
  workingDaysBetween: () => {
    throw new Error('the calendar is needed only for a concluded, accepted case');
  },
};

/** The current contributions of one source; [] when it does not exist (yet). */
export async function currentContributions(
  tx: Db,
  type: SourceType,
  id: string,
  calendar: () => Promise<DayCounter>,
): Promise<Contribution[]> {
  switch (type) {
    case 'case': {
      const [c] = await tx.select().from(serviceCase).where(eq(serviceCase.id, id));
      if (!c) return [];
      // Only a conclusion after acceptance counts working days: load the calendar just then.
      const days = c.concludedAt && c.acceptedOn ? await calendar() : NO_DAYS;
      return caseContributions(c, days);
    }
    case 'rating': {
      const [r] = await tx
        .select({ rating, rectification })
        .from(rating)
        .leftJoin(rectification, eq(rectification.ratingId, rating.id))
        .where(eq(rating.id, id));
      return r ? ratingContributions(r.rating, r.rectification) : [];
    }
    case 'complaint': {
      const [c] = await tx.select().from(complaint).where(eq(complaint.id, id));
      return c ? complaintContributions(c) : [];
    }
  }
}

/** Adds the deltas to the rollup, one row per key, in key order (diff sorts) so that two
 * transactions touching the same keys lock them in the same order and cannot deadlock. */
export async function addToRollup(tx: Db, deltas: readonly Contribution[]): Promise<void> {
  for (const d of deltas) {
    const set = Object.fromEntries(
      Object.keys(d.counters).map((c) => {
        const column = statsRollup[c as Counter];
        return [c, sql`${column} + excluded.${sql.identifier(column.name)}`];
      }),
    );
    await tx
      .insert(statsRollup)
      .values({ ...d.key, ...d.counters })
      .onConflictDoUpdate({
        target: [
          statsRollup.month,
          statsRollup.agencyId,
          statsRollup.regionCode,
          statsRollup.itemCode,
          statsRollup.channel,
        ],
        set,
      });
  }
}

/** Brings one source's share of the rollup up to date. Run it inside the caller's transaction. */
export async function applyFact(
  tx: Db,
  sourceType: SourceType,
  sourceId: string,
  calendar: () => Promise<WorkingCalendar> = () => loadWorkingCalendar(tx),
): Promise<void> {
  // One stats writer at a time across replicas. A delivery batch holds the fact and rollup rows
  // of its earlier events until it commits, so two replicas' batches handling one case's events
  // in opposite order (fact, then a rollup row another batch holds; and the reverse) deadlocked.
  await tx.execute(sql`select pg_advisory_xact_lock(${STATS_LOCK})`);
  await tx.insert(statsFact).values({ sourceType, sourceId, contributions: [] }).onConflictDoNothing();
  const [fact] = await tx
    .select({ contributions: statsFact.contributions })
    .from(statsFact)
    .where(and(eq(statsFact.sourceType, sourceType), eq(statsFact.sourceId, sourceId)))
    .for('update');
  const next = await currentContributions(tx, sourceType, sourceId, calendar);
  const deltas = diff(fact?.contributions ?? [], next);
  if (!deltas.length) return;
  await addToRollup(tx, deltas);
  await tx
    .update(statsFact)
    .set({ contributions: next, updatedAt: new Date() })
    .where(and(eq(statsFact.sourceType, sourceType), eq(statsFact.sourceId, sourceId)));
}
