// The rollup stays exact: a few hundred random sources, their events duplicated and shuffled,
// mutations redelivered late, and the result compared with a brute-force SQL recount written
// independently of the counting code (stats-recount.ts). rebuildStats must agree too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { EventHandlers } from '../src/platform/outbox/handlers.ts';
import { publish, type OutboxEvent } from '../src/platform/outbox/publish.ts';
import { applyFact, type SourceType } from '../src/modules/stats/apply-fact.ts';
import { statsHandlers } from '../src/modules/stats/facts.handler.ts';
import { rebuildStats } from '../src/modules/stats/rebuild.ts';
import { serviceCase } from '../src/modules/cases/schema.ts';
import { drainOutbox } from './bundle-fixtures.ts';
import { ON_POSTGRES, testPlatform, type TestPlatform } from './helpers.ts';
import { bruteForceRollup, storedRollup } from './stats-recount.ts';
import {
  advanceComplaint,
  insertCase,
  insertComplaint,
  insertFollowUp,
  insertRating,
  mutateCase,
  prng,
  setRectification,
  type Rng,
} from './stats-fixtures.ts';

const SEED = Number(process.env.STATS_SEED ?? 20260408);

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform();
  // Bring whatever the template holds (demo history) into the rollup first.
  await rebuildStats(p.database.db);
});
afterAll(() => p?.dispose());

type Sent = { type: string; payload: Record<string, unknown> };
const SOURCE_EVENTS: Record<SourceType, { types: string[]; field: string }> = {
  case: { types: ['case.status-changed', 'case.concluded', 'case.accepted'], field: 'caseId' },
  rating: { types: ['rating.created', 'rectification.changed'], field: 'ratingId' },
  complaint: { types: ['complaint.changed'], field: 'complaintId' },
};

/** One to three events naming the source, of any of its event types. */
function eventsFor(r: Rng, type: SourceType, id: string): Sent[] {
  const { types, field } = SOURCE_EVENTS[type];
  return Array.from({ length: 1 + r.int(3) }, () => ({ type: r.pick(types), payload: { [field]: id } }));
}

/** Delivers through the module's registered handlers, each event in its own transaction. */
async function deliver(handlers: EventHandlers, events: Sent[]) {
  for (const e of events) {
    const event: OutboxEvent = { id: crypto.randomUUID(), attempts: 0, createdAt: new Date(), ...e };
    const list = handlers.for(e.type);
    expect(list.length).toBeGreaterThan(0);
    await p.database.db.transaction(async (tx) => {
      for (const h of list) await h.handle(event, tx);
    });
  }
}

describe('event-maintained rollup', () => {
  it('equals a brute-force recount after duplicated, shuffled and late events, and equals a rebuild', async () => {
    const db = p.database.db;
    const r = prng(SEED);
    const handlers = new EventHandlers();
    statsHandlers(handlers);

    const cases: string[] = [];
    for (let i = 0; i < 240; i++) cases.push(await insertCase(db, r));
    const ratings: string[] = [];
    for (let i = 0; i < 160; i++) ratings.push(await insertRating(db, r, cases[i]!));
    for (const id of ratings) if (r.chance(0.5)) await setRectification(db, r, id);
    const followUps: string[] = [];
    for (const id of ratings.slice(0, 15)) followUps.push(await insertFollowUp(db, r, id));
    const complaints: string[] = [];
    for (let i = 0; i < 140; i++) complaints.push(await insertComplaint(db, r));

    const first: Sent[] = [
      ...cases.flatMap((id) => eventsFor(r, 'case', id)),
      ...[...ratings, ...followUps].flatMap((id) => eventsFor(r, 'rating', id)),
      ...complaints.flatMap((id) => eventsFor(r, 'complaint', id)),
    ];
    // Hold some events back: delivered late, after the sources changed again.
    r.shuffle(first);
    const late = first.splice(0, Math.floor(first.length / 4));

    await deliver(handlers, first);
    expect(await storedRollup(db)).not.toEqual([]);

    const second: Sent[] = [];
    const mutate = async (
      type: SourceType,
      ids: string[],
      p: number,
      change: (id: string) => Promise<void>,
    ) => {
      for (const id of ids) {
        if (!r.chance(p)) continue;
        await change(id);
        second.push(...eventsFor(r, type, id));
      }
    };
    await mutate('case', cases, 0.4, (id) => mutateCase(db, r, id));
    await mutate('rating', ratings, 0.3, (id) => setRectification(db, r, id));
    await mutate('complaint', complaints, 0.5, (id) => advanceComplaint(db, r, id));
    await deliver(handlers, r.shuffle([...second, ...late]));

    const expected = await bruteForceRollup(db);
    expect(expected.length).toBeGreaterThan(50);
    expect(await storedRollup(db)).toEqual(expected);

    await rebuildStats(db);
    expect(await storedRollup(db)).toEqual(expected);
  }, 300_000);

  it('is kept through the real outbox: a published event is applied once however often it is sent', async () => {
    const db = p.database.db;
    const r = prng(SEED + 1);
    await rebuildStats(db); // independent of the previous test's outcome
    const id = await insertCase(db, r);
    for (let round = 0; round < 3; round++) {
      await mutateCase(db, r, id);
      await db.transaction(async (tx) => {
        await publish(tx, { type: 'case.status-changed', payload: { caseId: id } });
        await publish(tx, { type: 'case.status-changed', payload: { caseId: id } });
      });
      await drainOutbox(p);
      expect(await storedRollup(db)).toEqual(await bruteForceRollup(db));
    }
  }, 120_000);

  it('a draft contributes nothing and a source that disappears takes its share back', async () => {
    const db = p.database.db;
    const before = await storedRollup(db);
    const r = prng(SEED + 2);
    const id = await insertCase(db, r);
    await db
      .update(serviceCase)
      .set({ status: 'accepted', receivedOn: '2026-02-02', acceptedOn: '2026-02-03' })
      .where(eq(serviceCase.id, id));
    await db.transaction((tx) => applyFact(tx, 'case', id));
    expect(await storedRollup(db)).not.toEqual(before);
    await db.update(serviceCase).set({ status: 'draft' }).where(eq(serviceCase.id, id));
    await db.transaction((tx) => applyFact(tx, 'case', id));
    expect(await storedRollup(db)).toEqual(before);
    await db.update(serviceCase).set({ status: 'submitted' }).where(eq(serviceCase.id, id));
    await db.transaction((tx) => applyFact(tx, 'case', id));
    await db.delete(serviceCase).where(eq(serviceCase.id, id));
    await db.transaction((tx) => applyFact(tx, 'case', id));
    expect(await storedRollup(db)).toEqual(before);
  });
});

describe.runIf(ON_POSTGRES)('concurrency (PostgreSQL)', () => {
  it('two applyFact on the same source in parallel transactions stay exact', async () => {
    const db = p.database.db;
    const r = prng(SEED + 3);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await insertCase(db, r));
    for (let round = 0; round < 3; round++) {
      for (const id of ids) await mutateCase(db, r, id);
      // Every source applied by four transactions at once; different sources share rollup keys.
      await Promise.all(
        ids.flatMap((id) =>
          Array.from({ length: 4 }, () => db.transaction((tx) => applyFact(tx, 'case', id))),
        ),
      );
      expect(await storedRollup(db)).toEqual(await bruteForceRollup(db));
    }
  }, 180_000);
});
