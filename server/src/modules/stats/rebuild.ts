// Recomputes every fact and the whole rollup from the source tables: after a bulk load (the demo
// history), a restore, or a change of the counting rules. One transaction: the truncation locks
// both tables, so an event handler running meanwhile waits and then diffs against the rebuilt
// fact — the rollup is exact whichever commits first.
import { asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { loadWorkingCalendar } from '../../platform/calendar/store.ts';
import { serviceCase } from '../cases/schema.ts';
import { complaint } from '../complaints/schema.ts';
import { rating, rectification } from '../ratings/schema.ts';
import { addToRollup } from './apply-fact.ts';
import {
  caseContributions,
  complaintContributions,
  diff,
  ratingContributions,
  type Contribution,
} from './contributions.ts';
import { statsFact } from './schema.ts';

const BATCH = 500;

export interface RebuildCounts {
  cases: number;
  ratings: number;
  complaints: number;
}

type Batch = { id: string; contributions: Contribution[] }[];

/** Keyset over one source table by id; `load` answers the batch after `after`. */
async function eachBatch(
  load: (after: string | null) => Promise<Batch>,
  write: (batch: Batch) => Promise<void>,
): Promise<number> {
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const batch = await load(after);
    if (!batch.length) return total;
    await write(batch);
    total += batch.length;
    after = batch[batch.length - 1]!.id;
  }
}

export async function rebuildStats(db: Db): Promise<RebuildCounts> {
  const calendar = await loadWorkingCalendar(db);
  return db.transaction(async (tx) => {
    await tx.execute(sql`truncate stats_fact, stats_rollup`);
    const write = (sourceType: 'case' | 'rating' | 'complaint') => async (batch: Batch) => {
      await tx
        .insert(statsFact)
        .values(batch.map((b) => ({ sourceType, sourceId: b.id, contributions: b.contributions })));
      // diff([], all) sums the batch per key: one rollup upsert per key, not per source.
      await addToRollup(
        tx,
        diff(
          [],
          batch.flatMap((b) => b.contributions),
        ),
      );
    };
    const cases = await eachBatch(async (after) => {
      const rows = await tx
        .select()
        .from(serviceCase)
        .where(after ? gt(serviceCase.id, after) : undefined)
        .orderBy(asc(serviceCase.id))
        .limit(BATCH);
      return rows.map((c) => ({ id: c.id, contributions: caseContributions(c, calendar) }));
    }, write('case'));
    const ratings = await eachBatch(async (after) => {
      const rows = await tx
        .select({ rating, rectification })
        .from(rating)
        .leftJoin(rectification, eq(rectification.ratingId, rating.id))
        .where(after ? gt(rating.id, after) : undefined)
        .orderBy(asc(rating.id))
        .limit(BATCH);
      return rows.map((r) => ({
        id: r.rating.id,
        contributions: ratingContributions(r.rating, r.rectification),
      }));
    }, write('rating'));
    const complaints = await eachBatch(async (after) => {
      const rows = await tx
        .select()
        .from(complaint)
        .where(after ? gt(complaint.id, after) : undefined)
        .orderBy(asc(complaint.id))
        .limit(BATCH);
      return rows.map((c) => ({ id: c.id, contributions: complaintContributions(c) }));
    }, write('complaint'));
    return { cases, ratings, complaints };
  });
}
