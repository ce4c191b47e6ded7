// The legal clock seen by staff: the deadline explanation, the urgency queue, 全市通办, 异地代收代办
// with forwarding, and re-derived due dates after a calendar change.
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseForwarding, serviceCase } from '../src/modules/cases/schema.ts';
import { lastReceiptPastPeriod } from '../src/modules/cases/sweeps.ts';
import { account } from '../src/modules/identity/schema.ts';
import { loadWorkingCalendar } from '../src/platform/calendar/store.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { addCalendarDays } from '../src/platform/time/business-date.ts';
import { actOn, caseOf, insertSubmittedCase, ok } from './case-fixtures.ts';
import {
  actions,
  clerkHeping,
  clerkHexi,
  company,
  comprehensiveClerkHeping,
  db,
  deliverAll,
  food,
  FOOD_NEW,
  lead,
  NATURAL,
  p,
  reviewer,
  row,
  runJob,
  today,
  useClockPlatform,
} from './cases-clock-setup.ts';
import { ADMIN } from './helpers.ts';
import { signIn } from './identity-callers.ts';

useClockPlatform();

describe('GET /api/v1/cases/{id}/deadline', () => {
  it('explains an accepted case; 409 before acceptance; 404 to staff who cannot see it', async () => {
    const id = await insertSubmittedCase(db(), { code: food, answers: FOOD_NEW, applicant: 'enterprise' });
    const before = await clerkHexi.request('GET', `/api/v1/cases/${id}/deadline`);
    expect(before.statusCode).toBe(409);
    expect(before.json()).toMatchObject({ code: 'CONFLICT' });
    ok(await actOn(clerkHexi, id, { action: 'accept' }));
    const d = ok(await reviewer.request('GET', `/api/v1/cases/${id}/deadline`));
    const r = await row(id);
    const cal = await loadWorkingCalendar(db());
    expect(d).toMatchObject({
      acceptedOn: today,
      statutoryLimit: { kind: 'period', value: 10, unit: 'working-days' },
      promisedLimit: { kind: 'period', value: 3, unit: 'working-days' },
      pauses: [],
      extensionDays: 0,
      statutoryDue: r.statutoryDue,
      promisedDue: r.promisedDue,
      paused: false,
    });
    expect(d.promisedDue).toBe(cal.addWorkingDays(today, 3).due);
    expect(d.urgency).toBe('yellow'); // 3 working days left, warning at 3
    for (const x of d.crossedDays) expect(cal.exceptionalDay(x.date)?.kind).toBe(x.kind);
    expect((await clerkHeping.request('GET', `/api/v1/cases/${id}/deadline`)).statusCode).toBe(404);
  });
});

describe('the staff queue', () => {
  // Open cases of 河西's venue at two stages: two accepted by operation of law (§32) on different
  // days, so with promised due dates, and two submitted today, not yet dated.
  beforeAll(async () => {
    const cal = await loadWorkingCalendar(db());
    const lastPast = lastReceiptPastPeriod(cal, today, 5);
    for (const receivedOn of [lastPast, addCalendarDays(lastPast, -7)])
      await insertSubmittedCase(db(), { code: food, answers: FOOD_NEW, applicant: 'enterprise', receivedOn });
    await runJob('cases.deemed-acceptance');
    for (let i = 0; i < 2; i++)
      await insertSubmittedCase(db(), { code: food, answers: FOOD_NEW, applicant: 'enterprise' });
  });

  it('sorts by urgency, pages by cursor, and shows only cases in scope', async () => {
    const all = ok(await clerkHexi.request('GET', '/api/v1/cases/queue?view=venue&limit=200'));
    expect(all.items.length).toBeGreaterThan(3);
    const dues = all.items.map((x: { promisedDue: string | null }) => x.promisedDue);
    const dated = dues.filter((x: string | null) => x !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dues.slice(dated.length).every((x: string | null) => x === null)).toBe(true); // undated last
    for (const x of all.items) {
      expect(x.acceptingVenueId).toBe('zwfw-120103');
      expect(['submitted', 'correction-requested', 'accepted', 'reviewed', 'suspended']).toContain(x.status);
      expect(x.applicantName).not.toBe('张三'); // masked (enterprise names stay whole)
      if (x.promisedDue) expect(['green', 'yellow', 'red']).toContain(x.urgency);
      else expect(x.urgency).toBeNull();
    }

    // Page by page (limit 2) gives the same rows in the same order.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const url = `/api/v1/cases/queue?view=venue&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = ok(await clerkHexi.request('GET', url));
      paged.push(...page.items.map((x: { id: string }) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.items.map((x: { id: string }) => x.id));

    // Filter by status.
    const submitted = ok(await clerkHexi.request('GET', '/api/v1/cases/queue?view=venue&status=submitted'));
    expect(submitted.items.every((x: { status: string }) => x.status === 'submitted')).toBe(true);
    expect((await clerkHexi.request('GET', '/api/v1/cases/queue?status=nonsense')).statusCode).toBe(400);
    expect((await clerkHexi.request('GET', '/api/v1/cases/queue?cursor=bad')).statusCode).toBe(400);

    // 和平's clerk sees none of 河西's cases.
    const heping = ok(await clerkHeping.request('GET', '/api/v1/cases/queue?view=venue&limit=200'));
    const hexiIds = new Set(all.items.map((x: { id: string }) => x.id));
    expect(heping.items.filter((x: { id: string }) => hexiIds.has(x.id))).toEqual([]);

    // The agency lead's agency-wide view: every open case of hx-xzspj; a lead works at no venue.
    const agency = ok(await lead.request('GET', '/api/v1/cases/queue?view=agency&limit=200'));
    expect(agency.items.length).toBeGreaterThanOrEqual(all.items.length);
    expect(agency.items.every((x: { agencyId: string }) => x.agencyId === 'hx-xzspj')).toBe(true);
    expect((await lead.request('GET', '/api/v1/cases/queue?view=venue')).statusCode).toBe(400);
    // A window clerk asking for their agency's view (河西区政务服务办) still sees only what their
    // venue grant covers: no case of the 审批局 at another venue.
    const clerkAgency = ok(await clerkHexi.request('GET', '/api/v1/cases/queue?view=agency&limit=200'));
    expect(clerkAgency.items).toEqual([]);

    // Applicants have no queue.
    const zhangsan = await signIn(p.app, 'zhangsan');
    expect((await zhangsan.request('GET', '/api/v1/cases/queue')).statusCode).toBe(403);
  });
});

describe('全市通办', () => {
  it('a city-wide item accepted at another district’s comprehensive window routes to the competent agency, seen by both', async () => {
    const sl = await comprehensiveClerkHeping();
    const id = await insertSubmittedCase(db(), {
      code: company,
      answers: NATURAL,
      applicant: 'enterprise',
      acceptingVenueId: 'zwfw-120101',
    });
    const c = ok(await actOn(sl, id, { action: 'accept' }));
    expect(c).toMatchObject({ status: 'accepted', agencyId: 'hx-xzspj', acceptingVenueId: 'zwfw-120101' });
    expect(c.actions.at(-1)).toMatchObject({ action: 'accept', venueId: 'zwfw-120101', actorName: '高敏' });
    // Front desk (the accepting venue) and back office (the competent agency) both see it.
    const front = ok(await sl.request('GET', '/api/v1/cases/queue?view=venue&limit=200'));
    expect(front.items.map((x: { id: string }) => x.id)).toContain(id);
    const back = ok(await lead.request('GET', '/api/v1/cases/queue?view=agency&limit=200'));
    expect(back.items.map((x: { id: string }) => x.id)).toContain(id);
    expect((await caseOf(reviewer, id)).id).toBe(id);
    // 河西's window is not a participant.
    expect((await clerkHexi.request('GET', `/api/v1/cases/${id}`)).statusCode).toBe(404);
  });
});

describe('异地代收代办', () => {
  it('the accepting window forwards the paper materials and the competent agency confirms receipt', async () => {
    const id = await insertSubmittedCase(db(), {
      code: company,
      answers: NATURAL,
      applicant: 'enterprise',
      acceptingVenueId: 'zwfw-120101',
    });
    // What filing at a cross-region window records (apply.service.ts): the forwarding record.
    await db()
      .insert(caseForwarding)
      .values({ id: uuidv7(), caseId: id, fromVenueId: 'zwfw-120101', toAgencyId: 'hx-xzspj' });

    const early = await actOn(reviewer, id, { action: 'confirm-receipt' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'CASE_FORWARDING_STATE' });
    expect((await actOn(clerkHeping, id, { action: 'forward' })).statusCode).toBe(400);

    const sent = ok(
      await actOn(clerkHeping, id, {
        action: 'forward',
        forwarding: { courier: 'EMS', trackingNumber: 'EA123456789CN' },
      }),
    );
    expect(sent.status).toBe('submitted');
    expect(sent.forwarding).toMatchObject({
      courier: 'EMS',
      trackingNumber: 'EA123456789CN',
      receivedAt: null,
    });
    expect(sent.forwarding.sentAt).not.toBeNull();
    expect(sent.actions.at(-1)).toMatchObject({ action: 'forward', venueId: 'zwfw-120101' });

    const again = await actOn(clerkHeping, id, {
      action: 'forward',
      forwarding: { courier: 'SF', trackingNumber: '1' },
    });
    expect(again.statusCode).toBe(409);
    // The accepting window cannot confirm for the agency.
    expect((await actOn(clerkHeping, id, { action: 'confirm-receipt' })).statusCode).toBe(403);

    const got = ok(await actOn(reviewer, id, { action: 'confirm-receipt' }));
    expect(got.forwarding.receivedAt).not.toBeNull();
    const [f] = await db().select().from(caseForwarding).where(eq(caseForwarding.caseId, id));
    const [rev] = await db().select().from(account).where(eq(account.username, 'reviewer-hxsp'));
    expect(f!.receivedBy).toBe(rev!.id);
    expect(got.actions.at(-1)).toMatchObject({ action: 'confirm-receipt', actorKind: 'staff' });
    expect((await actOn(reviewer, id, { action: 'confirm-receipt' })).statusCode).toBe(409);
  });

  it('a case accepted in its own district has nothing to forward', async () => {
    const id = await insertSubmittedCase(db(), { code: company, answers: NATURAL, applicant: 'enterprise' });
    const res = await actOn(clerkHexi, id, {
      action: 'forward',
      forwarding: { courier: 'EMS', trackingNumber: '1' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CASE_FORWARDING_STATE' });
  });
});

// Last: it changes the calendar.
describe('calendar changes', () => {
  it('re-derives the due dates of open cases the changed day touches, and logs it on each case', async () => {
    const id = await insertSubmittedCase(db(), { code: food, answers: FOOD_NEW, applicant: 'enterprise' });
    ok(await actOn(clerkHexi, id, { action: 'accept' }));
    const before = await row(id);
    const cal = await loadWorkingCalendar(db());
    const firstDay = cal.addWorkingDays(today, 1).due; // inside both periods
    // A case whose periods end before the changed day stays as it is.
    const untouched = (
      await db()
        .select({ id: serviceCase.id, promisedDue: serviceCase.promisedDue, seq: serviceCase.seq })
        .from(serviceCase)
        .where(and(eq(serviceCase.status, 'accepted'), sql`${serviceCase.statutoryDue} < ${firstDay}`))
    ).at(0);

    const res = await p.app.inject({
      method: 'PUT',
      url: `/api/v1/calendar/days/${firstDay}`,
      headers: { ...ADMIN, 'content-type': 'application/json' },
      payload: JSON.stringify({ kind: 'rest', name: '临时休息日', reason: '市政府通知（测试）' }),
    });
    expect(res.statusCode, res.body).toBe(200);
    await deliverAll();

    const after = await row(id);
    const newCal = await loadWorkingCalendar(db());
    expect(after.promisedDue).toBe(newCal.addWorkingDays(today, 3).due);
    expect(after.promisedDue! > before.promisedDue!).toBe(true);
    expect(after.statutoryDue! > before.statutoryDue!).toBe(true);
    const last = (await actions(id)).at(-1)!;
    expect(last).toMatchObject({
      action: 'recompute-deadline',
      actorKind: 'system',
      fromStatus: 'accepted',
      toStatus: 'accepted',
    });
    expect(last.detail).toMatchObject({
      before: { promisedDue: before.promisedDue, statutoryDue: before.statutoryDue },
      after: { promisedDue: after.promisedDue, statutoryDue: after.statutoryDue },
    });
    expect(String(last.detail.reason)).toContain(firstDay);
    const d = ok(await clerkHexi.request('GET', `/api/v1/cases/${id}/deadline`));
    expect(d.crossedDays).toContainEqual({ date: firstDay, kind: 'rest', name: '临时休息日' });

    if (untouched) {
      const u = await row(untouched.id);
      expect([u.promisedDue, u.seq]).toEqual([untouched.promisedDue, untouched.seq]);
    }

    // Delivering the same change again logs nothing more (only real changes are logged).
    const seq = after.seq;
    await db().transaction(async (tx) => {
      for (const h of p.handlers.for('calendar.changed'))
        await h.handle(
          {
            id: uuidv7(),
            type: 'calendar.changed',
            payload: { dates: [firstDay] },
            attempts: 1,
            createdAt: new Date(),
          },
          tx,
        );
    });
    expect((await row(id)).seq).toBe(seq);
  });
});
