// Shared setup of the cases-clock-*.test.ts files: the platform and staff callers (live
// bindings, set in beforeAll), the demo item codes, and running jobs, outbox delivery and look-ups.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect } from 'vitest';
import { caseAction, serviceCase } from '../src/modules/cases/schema.ts';
import { account, staff, staffRole } from '../src/modules/identity/schema.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { deliverDueEvents } from '../src/platform/outbox/deliver.ts';
import { businessDate } from '../src/platform/time/business-date.ts';
import { implementationCode } from './case-fixtures.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { signIn, type Caller } from './identity-callers.ts';

export let p: TestPlatform;
export let clerkHexi: Caller;
export let clerkHeping: Caller;
export let reviewer: Caller;
export let lead: Caller;
export let food: string; // 食品经营许可 (hx-xzspj): 10 / 3 working days, 容缺
export let company: string; // 有限责任公司设立登记 (hx-xzspj): 3 / 1 working days, 全市通办
export const today = businessDate();
export const FOOD_NEW = { kind: 'new', category: 'catering' };
export const NATURAL = { shareholders: 'natural' };

/** A fresh platform (demo data), the item codes and the signed-in staff, per test file. */
export function useClockPlatform() {
  beforeAll(async () => {
    p = await testPlatform();
    food = await implementationCode(p.database.db, 'hx-xzspj', '食品经营许可');
    company = await implementationCode(p.database.db, 'hx-xzspj', '有限责任公司设立登记');
    clerkHexi = await signIn(p.app, 'clerk-hexi');
    clerkHeping = await signIn(p.app, 'clerk-heping');
    reviewer = await signIn(p.app, 'reviewer-hxsp');
    lead = await signIn(p.app, 'lead-hxsp');
  });
  afterAll(() => p.dispose());
}

export const db = () => p.database.db;
export const row = async (id: string) =>
  (await db().select().from(serviceCase).where(eq(serviceCase.id, id)))[0]!;
export const actions = async (id: string) =>
  db().select().from(caseAction).where(eq(caseAction.caseId, id)).orderBy(caseAction.seq);

/** Runs a registered job the way a scheduler tick's event would be delivered. */
export async function runJob(name: string) {
  const [handler] = p.handlers.for(`job.${name}`);
  expect(handler, name).toBeDefined();
  await db().transaction((tx) =>
    handler!.handle(
      { id: uuidv7(), type: `job.${name}`, payload: { job: name }, attempts: 1, createdAt: new Date() },
      tx,
    ),
  );
}

/** Delivers the outbox until it is empty of due events (handlers of every module run). */
export async function deliverAll() {
  for (let i = 0; i < 20; i++)
    if ((await deliverDueEvents(db(), p.handlers, { batchSize: 50, maxAttempts: 5 })) === 0) return;
}

export const eventsOf = (type: string, caseId: string) =>
  queryRows<{ payload: Record<string, unknown> }>(
    db(),
    sql`select payload from outbox_event where type = ${type} and payload->>'caseId' = ${caseId}`,
  );

/** A comprehensive-window clerk at 和平区政务服务中心 (SL01), like the demo staff. */
export async function comprehensiveClerkHeping(): Promise<Caller> {
  const [model] = await db().select().from(account).where(eq(account.username, 'clerk-heping'));
  const id = uuidv7();
  await db()
    .insert(account)
    .values({ id, kind: 'staff', username: 'clerk-heping-sl', passwordHash: model!.passwordHash });
  await db()
    .insert(staff)
    .values({ id, name: '高敏', agencyId: 'hp-zwfwb', venueId: 'zwfw-120101', windowCode: 'SL01' });
  await db()
    .insert(staffRole)
    .values({ id: uuidv7(), staffId: id, roleId: 'window-clerk', venueId: 'zwfw-120101' });
  return signIn(p.app, 'clerk-heping-sl');
}
