// Shared setup of the rectifications-*.test.ts files: the platform, the signed-in callers (live
// bindings set in beforeAll), outbox delivery, and opening a rectification from a rating.
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { rectification, rectificationAction } from '../src/modules/ratings/schema.ts';
import { loadWorkingCalendar } from '../src/platform/calendar/store.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { deliverDueEvents } from '../src/platform/outbox/deliver.ts';
import { businessDate } from '../src/platform/time/business-date.ts';
import { ok } from './case-fixtures.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { signIn, type Caller } from './identity-callers.ts';
import { insertRating, rectificationOf, type RatingFixture } from './rating-fixtures.ts';

export let p: TestPlatform;
export let handler: Caller; // handler-hxsp: rating.handle in hx-xzspj
export let office: Caller; // office-admin: rating.supervise and stats.read city-wide
export let lead: Caller; // lead-hxsp: stats.read in hx-xzspj, no rating permission
export let reviewer: Caller; // reviewer-hxsp: no rating or statistics permission
export let zhangsan: Caller;
export let lisi: Caller;
export const today = businessDate();

export function useRectificationPlatform() {
  beforeAll(async () => {
    p = await testPlatform();
    handler = await signIn(p.app, 'handler-hxsp');
    office = await signIn(p.app, 'office-admin');
    lead = await signIn(p.app, 'lead-hxsp');
    reviewer = await signIn(p.app, 'reviewer-hxsp');
    zhangsan = await signIn(p.app, 'zhangsan');
    lisi = await signIn(p.app, 'lisi');
  });
  afterAll(() => p.dispose());
}

export const db = () => p.database.db;

export async function deliverAll() {
  for (let i = 0; i < 20; i++)
    if ((await deliverDueEvents(db(), p.handlers, { batchSize: 50, maxAttempts: 5 })) === 0) return;
}

/** A rating recorded and its event delivered: the rectification it opened. */
export async function opened(f: RatingFixture = {}) {
  const ratingId = await insertRating(db(), f);
  await deliverAll();
  const row = await rectificationOf(db(), ratingId);
  if (!row) throw new Error('no rectification opened');
  return row;
}

export const rowOf = async (id: string) =>
  (await db().select().from(rectification).where(eq(rectification.id, id)))[0]!;

export const logOf = (id: string) =>
  db()
    .select()
    .from(rectificationAction)
    .where(eq(rectificationAction.rectificationId, id))
    .orderBy(asc(rectificationAction.seq));

export const act = (caller: Caller, id: string, body: Record<string, unknown>) =>
  caller.request('POST', `/api/v1/rectifications/${id}/actions`, body);

/** Acts and expects 200; returns the detail. */
export async function acted(caller: Caller, id: string, body: Record<string, unknown>) {
  return ok(await act(caller, id, body)) as { status: string; seq: number; stepDue: string };
}

export async function dueAfter(from: string, n: number) {
  return (await loadWorkingCalendar(db())).addWorkingDays(from, n).due;
}

export const changedEvents = (id: string) =>
  queryRows<{ payload: Record<string, unknown> }>(
    db(),
    sql`select payload from outbox_event where type = 'rectification.changed'
        and payload->>'rectificationId' = ${id} order by created_at, id`,
  );

export const auditOf = (action: string, id: string) =>
  queryRows<{ detail: Record<string, unknown>; actor_id: string | null }>(
    db(),
    sql`select detail, actor_id from audit_log where action = ${action} and resource_id = ${id} order by id`,
  );
