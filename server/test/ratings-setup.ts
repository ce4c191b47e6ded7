// Shared setup of the ratings-*.test.ts files: a platform with demo data, callers (live bindings,
// set in beforeAll), a case of zhangsan concluded on the spot at clerk-hexi's window (through the
// real action, so `case.concluded` is published and delivered), and small look-ups.
import { and, count, eq, isNotNull, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { ratingDeps, type RatingDeps } from '../src/modules/ratings/deps.ts';
import { tokenOf } from '../src/modules/ratings/invitations.service.ts';
import { rating, ratingInvitation } from '../src/modules/ratings/schema.ts';
import type { Db } from '../src/platform/db/database.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { ratingHandlers } from '../src/modules/ratings/invitations.handler.ts';
import { deliverDueEvents } from '../src/platform/outbox/deliver.ts';
import { EventHandlers } from '../src/platform/outbox/handlers.ts';
import { actOn, implementationCode, insertSubmittedCase, ok, personId } from './case-fixtures.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { anonymous, signIn, type Caller } from './identity-callers.ts';

export let p: TestPlatform;
export let db: Db;
export let deps: RatingDeps;
export let zhangsan: Caller;
export let lisi: Caller;
export let clerk: Caller;
export let reviewer: Caller;
export let anon: Caller;
export let zhangsanId: string;
let individual: string;

export function useRatingsPlatform() {
  beforeAll(async () => {
    p = await testPlatform();
    db = p.database.db;
    deps = ratingDeps(p.config);
    [zhangsan, lisi, clerk, reviewer] = await Promise.all([
      signIn(p.app, 'zhangsan'),
      signIn(p.app, 'lisi'),
      signIn(p.app, 'clerk-hexi'),
      signIn(p.app, 'reviewer-hxsp'),
    ]);
    anon = anonymous(p.app);
    zhangsanId = await personId(db, 'zhangsan');
    individual = await implementationCode(db, 'hx-xzspj', '个体工商户设立登记');
  });
  afterAll(() => p?.dispose());
}

/**
 * Delivers due events to the ratings handlers only, so these tests do not depend on other
 * modules' subscribers (each event's handlers share one savepoint); fails on a ratings error.
 */
export async function drainRatings(): Promise<void> {
  const handlers = new EventHandlers();
  ratingHandlers(handlers, { config: p.config, database: p.database, logger: p.logger });
  while ((await deliverDueEvents(db, handlers, { batchSize: 50, maxAttempts: 5 })) > 0);
  const failed = await db
    .select({ lastError: outboxEvent.lastError })
    .from(outboxEvent)
    .where(
      and(
        eq(outboxEvent.type, 'case.concluded'),
        isNotNull(outboxEvent.lastError),
        eq(outboxEvent.status, 'pending'),
      ),
    );
  expect(failed).toEqual([]);
}

/** A submitted (not concluded) case of zhangsan. */
export const submittedCase = () =>
  insertSubmittedCase(db, {
    code: individual,
    applicant: 'zhangsan',
    answers: { operator: 'person', premises: 'shop' },
  });

/** A case of zhangsan, concluded on the spot by clerk-hexi; the outbox is drained (invitation made). */
export async function concludedCase(): Promise<string> {
  const id = await submittedCase();
  ok(await actOn(clerk, id, { action: 'accept-and-conclude' }));
  await drainRatings();
  return id;
}

export async function invitationOf(caseId: string, channel = 'sms') {
  const [inv] = await db
    .select()
    .from(ratingInvitation)
    .where(and(eq(ratingInvitation.caseId, caseId), eq(ratingInvitation.channel, channel as 'sms')));
  expect(inv, `invitation of ${caseId} via ${channel}`).toBeDefined();
  return inv!;
}

export const tokenFor = async (caseId: string) => tokenOf(deps, await invitationOf(caseId));

export const ratingsOf = (caseId: string) => db.select().from(rating).where(eq(rating.caseId, caseId));

export async function countOf(table: PgTable, where?: SQL) {
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return row!.n;
}

export const GOOD = { level: 1, scores: { overall: 5, efficiency: 5 }, comment: '办事很快，窗口很热情' };
