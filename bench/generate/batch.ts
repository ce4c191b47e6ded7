// The rows of one batch (cases or people), made by a PRNG seeded with the batch number — a
// resumed run makes the same rows — and committed in ONE transaction with its bench_progress
// row: a batch is either wholly in the database and marked done, or not at all.
import { setImmediate as tick } from 'node:timers/promises';
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import {
  caseAction,
  caseMaterial,
  caseSpecialProcedure,
  serviceCase,
} from '../../server/src/modules/cases/schema.ts';
import { account, enterprise, person } from '../../server/src/modules/identity/schema.ts';
import { rating, rectification, rectificationAction } from '../../server/src/modules/ratings/schema.ts';
import {
  COUNTERS,
  diff,
  ratingContributions,
  type Contribution,
} from '../../server/src/modules/stats/contributions.ts';
import type { HistoryCase } from '../../server/src/modules/stats/seed/history-cases.ts';
import { batchRandom } from './random.ts';
import { buildRatings } from '../../server/src/modules/stats/seed/history-feedback.ts';
import { statsFact, statsRollup } from '../../server/src/modules/stats/schema.ts';
import { buildCase } from './case-build.ts';
import type { GenContext } from './context.ts';
import { CopyBuffer } from './copy.ts';
import { enterpriseFacts, personFacts, personRows, PERSONS_PER_ENTERPRISE } from './people.ts';

const ROLLUP_KEY = ['month', 'agency_id', 'region_code', 'item_code', 'channel'];

export class Batch {
  private readonly buffers = new Map<PgTable, CopyBuffer>();
  private readonly contributions: Contribution[] = [];
  /** A statistics fact: its row now, its contributions summed into the rollup at commit. */
  fact(sourceType: 'case' | 'rating', sourceId: unknown, contributions: Contribution[]): void {
    this.add(statsFact, { sourceType, sourceId, contributions });
    for (const c of contributions) this.contributions.push(c);
  }
  add(table: PgTable, row: Record<string, unknown>): void {
    let b = this.buffers.get(table);
    if (!b) this.buffers.set(table, (b = new CopyBuffer(table, Object.keys(row))));
    b.add(row);
  }
  counts(): Record<string, number> {
    return Object.fromEntries([...this.buffers.values()].map((b) => [b.table, b.count]));
  }
  /** The batch's contributions summed per key (the server's diff) and added to the rollup: batches
   * commit exactly once, so the rollup ends as the sum of every fact, as rebuildStats makes it. */
  private async addToRollup(client: pg.PoolClient): Promise<void> {
    const deltas = diff([], this.contributions);
    if (!deltas.length) return;
    const columns = getTableColumns(statsRollup);
    const buffer = new CopyBuffer(statsRollup, [
      'month',
      'agencyId',
      'regionCode',
      'itemCode',
      'channel',
      ...COUNTERS,
    ]);
    for (const d of deltas)
      buffer.add({ ...d.key, ...Object.fromEntries(COUNTERS.map((c) => [c, d.counters[c] ?? 0])) });
    await client.query('create temp table bench_rollup_delta (like stats_rollup) on commit drop');
    await buffer.copy(client, 'bench_rollup_delta');
    const names = COUNTERS.map((c) => columns[c].name);
    // Key order (diff sorts): two builders touching the same keys lock them in the same order.
    await client.query(
      `insert into stats_rollup select * from bench_rollup_delta order by ${ROLLUP_KEY.join(', ')}
       on conflict (${ROLLUP_KEY.join(', ')}) do update set ${names.map((n) => `${n} = stats_rollup.${n} + excluded.${n}`).join(', ')}`,
    );
  }

  async commit(pool: pg.Pool, phase: string, batch: number, seconds: number): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('set local synchronous_commit = off');
      for (const b of this.buffers.values()) await b.copy(client);
      await this.addToRollup(client);
      await client.query('insert into bench_progress (phase, batch, rows, seconds) values ($1, $2, $3, $4)', [
        phase,
        batch,
        JSON.stringify(this.counts()),
        seconds,
      ]);
      await client.query('commit');
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }
}

/** Cases [b × size, …): rows, logs, materials, ratings (with rectifications) and statistics facts. */
export async function buildCaseBatch(g: GenContext, b: number, size: number, total: number): Promise<Batch> {
  const r = batchRandom(g.seed, 1, b);
  const out = new Batch();
  const concluded: HistoryCase[] = [];
  const end = Math.min(total, (b + 1) * size);
  for (let i = b * size; i < end; i++) {
    const c = buildCase(r, g, i, g.volume.dayOf(i, total));
    out.add(serviceCase, c.row);
    for (const a of c.actions) out.add(caseAction, a);
    for (const m of c.materials) out.add(caseMaterial, m);
    if (c.special) out.add(caseSpecialProcedure, c.special);
    out.fact('case', c.row.id, c.fact);
    if (c.history) concluded.push(c.history);
    // Yield now and then: the previous batch's COPY streams out meanwhile.
    if (i % 50 === 0) await tick();
  }
  const feedback = buildRatings(r, g.cal, g.today, concluded);
  const rects = new Map(feedback.rectifications.map((x) => [x.ratingId, x]));
  for (const x of feedback.ratings) {
    out.add(rating, x);
    const rect = rects.get(x.id!) ?? null;
    const facts = ratingContributions(
      {
        ...x,
        followUpOf: null,
        implementationCode: x.implementationCode ?? null,
        caseChannel: x.caseChannel ?? null,
      } as never,
      rect ? { status: rect.status!, revisitSatisfied: rect.revisitSatisfied ?? null } : null,
    );
    out.fact('rating', x.id, facts);
  }
  for (const x of feedback.rectifications) out.add(rectification, x);
  for (const x of feedback.rectificationActions) out.add(rectificationAction, x);
  return out;
}

/** Persons [b × size, …) with their accounts, and the enterprises they represent. */
export async function buildPeopleBatch(
  g: GenContext,
  b: number,
  size: number,
  createdAt: Date,
): Promise<Batch> {
  const out = new Batch();
  const end = Math.min(g.pop.persons, (b + 1) * size);
  const persons: Record<string, unknown>[] = [];
  for (let j = b * size; j < end; j++) {
    const rows = personRows(personFacts(g.seed, j), j, g.cipher, g.hash, createdAt);
    out.add(account, rows.account);
    persons.push(rows.person);
    if (j % 50 === 0) await tick();
  }
  // person references account: the accounts are copied first.
  for (const p of persons) out.add(person, p);
  const first = Math.ceil((b * size) / PERSONS_PER_ENTERPRISE);
  const last = Math.min(g.pop.enterprises, Math.ceil(end / PERSONS_PER_ENTERPRISE));
  for (let k = first; k < last; k++) {
    const e = enterpriseFacts(g.seed, k);
    out.add(enterprise, {
      id: e.id,
      uscc: e.uscc,
      name: e.name,
      legalRepPersonId: personFacts(g.seed, e.legalRep).id,
      verifiedAt: createdAt,
    });
  }
  return out;
}
