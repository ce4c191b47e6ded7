// The legal clock's sweeps end to end: deemed acceptance (§32), a sweep that meets a bad case,
// 容缺 expiry and overdue with 督办 — through the registered jobs and handlers.
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { serviceCase } from '../src/modules/cases/schema.ts';
import {
  lastReceiptPastPeriod,
  sweepDeemedAcceptance,
  sweepDeficiencyExpiry,
  sweepOverdue,
} from '../src/modules/cases/sweeps.ts';
import { loadWorkingCalendar } from '../src/platform/calendar/store.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { localFileStorage } from '../src/platform/storage/local-file-storage.ts';
import { addCalendarDays } from '../src/platform/time/business-date.ts';
import { actOn, caseOf, insertSubmittedCase, ok } from './case-fixtures.ts';
import {
  actions,
  clerkHexi,
  company,
  db,
  deliverAll,
  eventsOf,
  food,
  FOOD_NEW,
  lead,
  NATURAL,
  p,
  row,
  runJob,
  today,
  useClockPlatform,
} from './cases-clock-setup.ts';

useClockPlatform();

describe('deemed acceptance (行政许可法 §32)', () => {
  it('the sweep accepts, as of the day of receipt, a case nobody answered within 5 working days', async () => {
    const cal = await loadWorkingCalendar(db());
    const lastPast = lastReceiptPastPeriod(cal, today, 5);
    expect(cal.addWorkingDays(lastPast, 5).due < today).toBe(true);
    const old = await insertSubmittedCase(db(), {
      code: food,
      answers: FOOD_NEW,
      receivedOn: lastPast,
      applicant: 'enterprise',
    });
    const edge = await insertSubmittedCase(db(), {
      code: food,
      answers: FOOD_NEW,
      receivedOn: addCalendarDays(lastPast, 1),
      applicant: 'enterprise',
    });
    const yesterday = await insertSubmittedCase(db(), {
      code: food,
      answers: FOOD_NEW,
      receivedOn: addCalendarDays(today, -1),
      applicant: 'enterprise',
    });

    await runJob('cases.deemed-acceptance');

    const accepted = await row(old);
    expect(accepted).toMatchObject({
      status: 'accepted',
      deemedAccepted: true,
      acceptedOn: lastPast,
      seq: 2,
    });
    // The clock runs from receipt: 3 / 10 working days after the day of receipt.
    expect(accepted.promisedDue).toBe(cal.addWorkingDays(lastPast, 3).due);
    expect(accepted.statutoryDue).toBe(cal.addWorkingDays(lastPast, 10).due);
    const [, deem] = await actions(old);
    expect(deem).toMatchObject({
      action: 'deem-accept',
      actorKind: 'system',
      channel: 'system',
      toStatus: 'accepted',
    });
    expect(deem!.detail).toMatchObject({ deemed: true, receivedOn: lastPast, workingDays: 5 });
    const detail = await caseOf(clerkHexi, old);
    expect(detail.documents.map((d: { kind: string }) => d.kind)).toContain('acceptance-notice');
    const [event] = await eventsOf('case.accepted', old);
    expect(event!.payload).toMatchObject({ deemed: true, acceptedOn: lastPast, agencyId: 'hx-xzspj' });
    const [message] = await queryRows<{ title: string }>(
      db(),
      sql`select title from site_message where case_id = ${old}`,
    );
    expect(message!.title).toContain('视为受理');

    // The day after the last one past the period, and yesterday's: untouched.
    for (const id of [edge, yesterday]) expect(await row(id)).toMatchObject({ status: 'submitted', seq: 1 });

    // A second run finds nothing more to do.
    await runJob('cases.deemed-acceptance');
    expect((await row(old)).seq).toBe(2);
  });

  it('a case a clerk holds locked is skipped, and accepted by a later run', async () => {
    const cal = await loadWorkingCalendar(db());
    const id = await insertSubmittedCase(db(), {
      code: food,
      answers: FOOD_NEW,
      receivedOn: lastReceiptPastPeriod(cal, today, 5),
      applicant: 'enterprise',
    });
    if (p.database.kind === 'postgres') {
      // Another connection holds the row (a clerk acting): SKIP LOCKED leaves it alone.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let locked!: () => void;
      const isLocked = new Promise<void>((r) => (locked = r));
      const holder = db().transaction(async (tx) => {
        await tx.select().from(serviceCase).where(eq(serviceCase.id, id)).for('update');
        locked();
        await held;
      });
      await isLocked;
      await runJob('cases.deemed-acceptance');
      expect((await row(id)).status).toBe('submitted');
      release();
      await holder;
    }
    await runJob('cases.deemed-acceptance');
    expect((await row(id)).status).toBe('accepted');
  });
});

describe('a sweep and a bad case', () => {
  it('logs the case that fails and goes on with the rest', async () => {
    const cal = await loadWorkingCalendar(db());
    const lastPast = lastReceiptPastPeriod(cal, today, 5);
    const bad = await insertSubmittedCase(db(), {
      code: food,
      answers: FOOD_NEW,
      receivedOn: addCalendarDays(lastPast, -1), // first in the sweep's order
      applicant: 'enterprise',
    });
    const good = await insertSubmittedCase(db(), {
      code: food,
      answers: FOOD_NEW,
      receivedOn: lastPast,
      applicant: 'enterprise',
    });
    // A case pinned to a version that does not exist: its action fails.
    await db().update(serviceCase).set({ versionId: uuidv7() }).where(eq(serviceCase.id, bad));
    const errors: unknown[] = [];
    const log = { error: (o: unknown) => errors.push(o) } as unknown as Parameters<
      typeof sweepDeemedAcceptance
    >[0]['log'];
    const storage = localFileStorage(join(p.config.dataDir, 'files'));
    const r = await sweepDeemedAcceptance({ db: db(), storage, log });
    expect(r.failed).toBe(1);
    expect(r.acted).toContain(good);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ meta: { sweep: 'deemed-acceptance', caseId: bad } });
    expect((await row(bad)).status).toBe('submitted'); // its transaction rolled back alone
    expect((await row(good)).status).toBe('accepted');
    // Out of the way of the other tests' sweeps.
    await db().update(serviceCase).set({ status: 'withdrawn' }).where(eq(serviceCase.id, bad));
  });
});

describe('容缺 expiry', () => {
  it('terminates a case whose deadline to supply passed with materials outstanding, and tells the applicant', async () => {
    const expired = await insertSubmittedCase(db(), {
      code: food,
      answers: FOOD_NEW,
      applicant: 'enterprise',
      withoutMaterials: ['layout-plan'],
    });
    const running = await insertSubmittedCase(db(), {
      code: food,
      answers: FOOD_NEW,
      applicant: 'enterprise',
      withoutMaterials: ['layout-plan'],
    });
    for (const id of [expired, running]) {
      const c = ok(await actOn(clerkHexi, id, { action: 'accept', missingMaterials: ['layout-plan'] }));
      expect(c.outstandingMaterials).toEqual(['layout-plan']);
      expect(c.deficiencyDue >= today).toBe(true);
    }
    // Time passes for one of them: its deadline to supply was yesterday.
    await db()
      .update(serviceCase)
      .set({ deficiencyDue: addCalendarDays(today, -1) })
      .where(eq(serviceCase.id, expired));

    const storage = localFileStorage(join(p.config.dataDir, 'files'));
    const r = await sweepDeficiencyExpiry({ db: db(), storage });
    expect(r.acted).toEqual([expired]);
    expect(r.failed).toBe(0);

    const c = await caseOf(clerkHexi, expired);
    expect(c.status).toBe('terminated');
    expect(c.actions.at(-1)).toMatchObject({ action: 'terminate', actorKind: 'system' });
    expect(c.actions.at(-1).detail).toMatchObject({ outstandingMaterials: ['layout-plan'] });
    expect(c.documents.map((d: { kind: string }) => d.kind)).toContain('termination-notice');
    const [message] = await queryRows<{ title: string; body: string }>(
      db(),
      sql`select title, body from site_message where case_id = ${expired} order by created_at desc limit 1`,
    );
    expect(message!.title).toContain('终止');
    expect((await row(running)).status).toBe('accepted');
    // Through the registered job too: nothing left to do.
    await runJob('cases.deficiency-expiry');
    expect((await row(running)).status).toBe('accepted');
  });
});

describe('overdue (督办)', () => {
  it('marks an open case past its promised due date, publishes case.overdue, and the agency lead is notified', async () => {
    // Received three weeks ago and deemed accepted as of then: 1 working day promised.
    const id = await insertSubmittedCase(db(), {
      code: company,
      answers: NATURAL,
      receivedOn: addCalendarDays(today, -21),
      applicant: 'enterprise',
    });
    const onTime = await insertSubmittedCase(db(), {
      code: company,
      answers: NATURAL,
      applicant: 'enterprise',
    });
    await runJob('cases.deemed-acceptance');
    ok(await actOn(clerkHexi, onTime, { action: 'accept' }));
    expect((await row(id)).promisedDue! < today).toBe(true);

    const storage = localFileStorage(join(p.config.dataDir, 'files'));
    const r = await sweepOverdue({ db: db(), storage });
    expect(r.acted).toContain(id);
    expect(r.acted).not.toContain(onTime);
    const marked = await row(id);
    expect(marked.overdueSince).toBe(today);
    expect((await actions(id)).at(-1)).toMatchObject({ action: 'mark-overdue', actorKind: 'system' });
    const [event] = await eventsOf('case.overdue', id);
    expect(event!.payload).toMatchObject({ agencyId: 'hx-xzspj', promisedDue: marked.promisedDue });
    expect((await row(onTime)).overdueSince).toBeNull();

    // Marked once: the job finds nothing more.
    await runJob('cases.overdue');
    expect((await actions(id)).filter((a) => a.action === 'mark-overdue')).toHaveLength(1);

    await deliverAll();
    const [notified] = await queryRows<{ detail: { recipients: { username: string }[] } }>(
      db(),
      sql`select detail from audit_log where action = 'case.overdue.notify' and resource_id = ${id}`,
    );
    expect(notified!.detail.recipients.map((x) => x.username)).toEqual(['lead-hxsp']);

    // The queue shows it red.
    const queue = ok(await lead.request('GET', '/api/v1/cases/queue?view=agency'));
    expect(queue.items.find((x: { id: string }) => x.id === id)).toMatchObject({ urgency: 'red' });
  });
});
