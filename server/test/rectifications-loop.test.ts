// The rectification loop of a negative rating end to end, on the working-day clock: opening on
// `rating.created`, verify → rectify → feedback → revisit → closed, the rater's own answer, the
// appeal both ways, the anonymous path, and every refusal leaving the rectification unchanged.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { siteMessage } from '../src/modules/cases/schema.ts';
import { openRectification } from '../src/modules/ratings/rectification.service.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { ok, personId } from './case-fixtures.ts';
import { ADMIN } from './helpers.ts';
import { insertRating, rectificationOf } from './rating-fixtures.ts';
import {
  act,
  acted,
  auditOf,
  changedEvents,
  db,
  deliverAll,
  dueAfter,
  handler,
  lead,
  lisi,
  logOf,
  office,
  opened,
  p,
  reviewer,
  rowOf,
  today,
  useRectificationPlatform,
  zhangsan,
} from './rectifications-setup.ts';

useRectificationPlatform();

/** The request fails with `status`/`code` and the rectification and its log stay as they were. */
async function refused(
  id: string,
  send: () => Promise<{ statusCode: number; body: string }>,
  status: number,
  code?: string,
) {
  const before = { row: await rowOf(id), log: (await logOf(id)).length };
  const res = await send();
  expect(res.statusCode, res.body).toBe(status);
  const problem = JSON.parse(res.body) as { code: string; titleZh: string; allowedActions?: string[] };
  if (code) expect(problem.code).toBe(code);
  expect(problem.titleZh).toMatch(/\p{Script=Han}/u);
  expect({ row: await rowOf(id), log: (await logOf(id)).length }).toEqual(before);
  return problem;
}

describe('opening', () => {
  it('a negative rating opens a rectification for its agency, on the working-day clock, once', async () => {
    const r = await opened({ level: 4 });
    expect(r).toMatchObject({ status: 'verifying', agencyId: 'hx-xzspj', seq: 1, openedOn: today });
    expect(r.stepDue).toBe(await dueAfter(today, 2));
    expect(r.finalDue).toBe(await dueAfter(today, 15));
    expect((await logOf(r.id)).map((a) => [a.action, a.actorKind])).toEqual([['open', 'system']]);
    expect((await changedEvents(r.id)).map((e) => e.payload)).toEqual([
      { rectificationId: r.id, ratingId: r.ratingId, from: null, to: 'verifying', action: 'open' },
    ]);
    const [notice] = await auditOf('rectification.opened.notify', r.id);
    expect((notice!.detail.recipients as { username: string }[]).map((x) => x.username)).toContain(
      'handler-hxsp',
    );
    // Redelivery (or a second call) opens nothing more.
    expect(await db().transaction((tx) => openRectification(tx, r.ratingId))).toBeNull();
    expect((await logOf(r.id)).length).toBe(1);
  });

  it('a rating that is not negative opens nothing', async () => {
    const ratingId = await insertRating(db(), { level: 3 });
    await deliverAll();
    expect(await rectificationOf(db(), ratingId)).toBeUndefined();
  });

  it('a negative 追评 joins the open rectification of its rating, and opens one once that is closed', async () => {
    const first = await opened({ rater: null });
    const joined = await insertRating(db(), { level: 5, rater: null, followUpOf: first.ratingId });
    await deliverAll();
    expect(await rectificationOf(db(), joined)).toBeUndefined();
    await acted(handler, first.id, { action: 'verify' });
    await acted(handler, first.id, { action: 'rectify', kind: 'fixed', measures: '已改' });
    await acted(handler, first.id, { action: 'feedback', message: '已改' });
    expect((await rowOf(first.id)).status).toBe('closed');
    // A new rating row (the unique index allows one follow-up per rating: a fresh original).
    const second = await opened({ rater: null });
    await acted(handler, second.id, { action: 'verify' });
    await acted(handler, second.id, { action: 'rectify', kind: 'fixed', measures: '已改' });
    await acted(handler, second.id, { action: 'feedback', message: '已改' });
    const later = await insertRating(db(), { level: 4, rater: null, followUpOf: second.ratingId });
    await deliverAll();
    expect((await rectificationOf(db(), later))?.status).toBe('verifying');
  });

  it('due dates skip weekends and holidays (国庆 2026)', async () => {
    const ratingId = await insertRating(db(), { level: 5 });
    const [row] = await db().transaction(async (tx) => [
      await openRectification(tx, ratingId, { today: '2026-09-30' }),
    ]);
    // 10-01…10-07 are holidays: the 2nd working day after 09-30 is Friday 10-09.
    expect(row).toMatchObject({ openedOn: '2026-09-30', stepDue: '2026-10-09' });
    expect(row!.finalDue).toBe(await dueAfter('2026-09-30', 15));
  });
});

describe('the whole loop', () => {
  it('verify → rectify → feedback (the rater told) → revisit → closed, each step due in working days', async () => {
    const r = await opened();
    let d = await acted(handler, r.id, { action: 'verify', seq: 1, comment: '调取录像，属实' });
    expect(d).toMatchObject({ status: 'rectifying', seq: 2, stepDue: await dueAfter(today, 10) });
    d = await acted(handler, r.id, { action: 'rectify', kind: 'fixed', measures: '窗口可当场更正采集表' });
    expect(d).toMatchObject({ status: 'feedback', stepDue: await dueAfter(today, 1) });
    const raterId = await personId(db(), 'zhangsan');
    const before = await db().select().from(siteMessage).where(eq(siteMessage.recipientId, raterId));
    d = await acted(handler, r.id, { action: 'feedback', message: '已整改：窗口可当场更正。' });
    expect(d).toMatchObject({ status: 'revisiting', stepDue: await dueAfter(today, 2) });
    const after = await db().select().from(siteMessage).where(eq(siteMessage.recipientId, raterId));
    expect(after.length).toBe(before.length + 1);
    expect(after.find((m) => !before.some((b) => b.id === m.id))!.body).toContain('已整改：窗口可当场更正。');
    d = await acted(handler, r.id, { action: 'revisit', satisfied: true, comment: '电话回访满意' });
    expect(d.status).toBe('closed');
    const row = await rowOf(r.id);
    expect(row).toMatchObject({
      status: 'closed',
      seq: 5,
      revisitSatisfied: true,
      measures: '窗口可当场更正采集表',
    });
    expect(row.closedAt).not.toBeNull();
    expect((await logOf(r.id)).map((a) => `${a.seq}:${a.action}:${a.toStatus}`)).toEqual([
      '1:open:verifying',
      '2:verify:rectifying',
      '3:rectify:feedback',
      '4:feedback:revisiting',
      '5:revisit:closed',
    ]);
    expect((await changedEvents(r.id)).map((e) => `${e.payload.from}>${e.payload.to}`)).toEqual([
      'null>verifying',
      'verifying>rectifying',
      'rectifying>feedback',
      'feedback>revisiting',
      'revisiting>closed',
    ]);
    expect((await auditOf('rectification.verify', r.id)).length).toBe(1);
    const sms = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from outbox_event where type = 'notification.sms' and created_at >= ${row.createdAt}`,
    );
    expect(sms[0]!.n).toBeGreaterThan(0);
  });

  it('the rater answers the return visit online; nobody else can', async () => {
    const r = await opened();
    await acted(handler, r.id, { action: 'verify' });
    await acted(handler, r.id, {
      action: 'rectify',
      kind: 'explained',
      measures: '法规要求本人到场，无法网上办理',
    });
    await acted(handler, r.id, { action: 'feedback', message: '依据……须本人到场，特此说明。' });
    expect(ok(await zhangsan.request('GET', `/api/v1/me/rectifications/${r.id}`))).toMatchObject({
      status: 'revisiting',
      canRevisit: true,
    });
    await refused(
      r.id,
      () => lisi.request('POST', `/api/v1/me/rectifications/${r.id}/revisit`, { satisfied: true }),
      404,
    );
    await refused(
      r.id,
      () => handler.request('POST', `/api/v1/me/rectifications/${r.id}/revisit`, { satisfied: true }),
      404,
    );
    const v = ok(
      await zhangsan.request('POST', `/api/v1/me/rectifications/${r.id}/revisit`, {
        satisfied: false,
        comment: '还是不方便',
      }),
    );
    expect(v).toMatchObject({ status: 'closed', revisitSatisfied: false, canRevisit: false });
    const last = (await logOf(r.id)).at(-1)!;
    expect(last).toMatchObject({ action: 'revisit', actorKind: 'rater', comment: '还是不方便' });
    await refused(
      r.id,
      () => zhangsan.request('POST', `/api/v1/me/rectifications/${r.id}/revisit`, { satisfied: true }),
      409,
      'RECTIFICATION_ACTION_NOT_ALLOWED',
    );
  });

  it('an anonymous rating skips the return visit: feedback closes it, with the reason recorded', async () => {
    const r = await opened({ rater: null });
    await acted(handler, r.id, { action: 'verify' });
    await acted(handler, r.id, { action: 'rectify', kind: 'fixed', measures: '增设引导员' });
    const d = await acted(handler, r.id, { action: 'feedback', message: '已增设引导员' });
    expect(d.status).toBe('closed');
    const last = (await logOf(r.id)).at(-1)!;
    expect(last).toMatchObject({ action: 'feedback', toStatus: 'closed' });
    expect(last.detail).toMatchObject({ closedBecause: expect.stringContaining('anonymous') });
    const detail = ok(await handler.request('GET', `/api/v1/rectifications/${r.id}`));
    expect(detail.rater).toEqual({ type: null, name: null, anonymous: true });
  });
});

describe('appeals, decided by the service office', () => {
  it('upheld: dismissed (not counted); the handler cannot decide it', async () => {
    const r = await opened();
    await refused(
      r.id,
      () => act(handler, r.id, { action: 'appeal', reason: 'malicious' }),
      400,
      'VALIDATION_FAILED',
    );
    const d = await acted(handler, r.id, {
      action: 'appeal',
      reason: 'malicious',
      explanation: '评价人当日并未到窗口',
    });
    expect(d).toMatchObject({ status: 'appealed', stepDue: await dueAfter(today, 3) });
    const [told] = await auditOf('rectification.appeal.notify', r.id);
    expect((told!.detail.recipients as { username: string }[]).map((x) => x.username)).toContain(
      'office-admin',
    );
    await refused(
      r.id,
      () => act(handler, r.id, { action: 'decide-appeal', outcome: 'upheld', comment: 'x' }),
      403,
      'FORBIDDEN',
    );
    await refused(
      r.id,
      () => act(office, r.id, { action: 'decide-appeal', comment: '无' }),
      400,
      'VALIDATION_FAILED',
    );
    const done = await acted(office, r.id, {
      action: 'decide-appeal',
      outcome: 'upheld',
      comment: '经查叫号记录，申诉成立',
    });
    expect(done.status).toBe('dismissed');
    expect((await rowOf(r.id)).closedAt).not.toBeNull();
  });

  it('rejected: back to rectifying with the rectify deadline', async () => {
    const r = await opened();
    await acted(handler, r.id, { action: 'appeal', reason: 'mistaken', explanation: '可能评错了对象' });
    const d = await acted(office, r.id, {
      action: 'decide-appeal',
      outcome: 'rejected',
      comment: '理由不充分',
    });
    expect(d).toMatchObject({ status: 'rectifying', stepDue: await dueAfter(today, 10) });
  });
});

describe('refusals change nothing', () => {
  it('wrong role 403, wrong agency 404, stale seq 409, not allowed now 409, missing fields 400', async () => {
    const r = await opened();
    const other = await opened({ agencyId: 'tj-scjgw', regionCode: '120000' });
    await refused(r.id, () => act(reviewer, r.id, { action: 'verify' }), 403, 'FORBIDDEN');
    await refused(r.id, () => act(lead, r.id, { action: 'verify' }), 403, 'FORBIDDEN');
    await refused(r.id, () => act(office, r.id, { action: 'verify' }), 403, 'FORBIDDEN');
    await refused(r.id, () => act(zhangsan, r.id, { action: 'verify' }), 403);
    await refused(other.id, () => act(handler, other.id, { action: 'verify' }), 404, 'NOT_FOUND');
    await refused(
      other.id,
      () => handler.request('GET', `/api/v1/rectifications/${other.id}`),
      404,
      'NOT_FOUND',
    );
    await refused(r.id, () => act(handler, r.id, { action: 'verify', seq: 7 }), 409, 'RECTIFICATION_CHANGED');
    const problem = await refused(
      r.id,
      () => act(handler, r.id, { action: 'feedback', message: '先反馈' }),
      409,
      'RECTIFICATION_ACTION_NOT_ALLOWED',
    );
    expect(problem.allowedActions).toEqual(['verify', 'appeal']);
    await acted(handler, r.id, { action: 'verify' });
    await refused(
      r.id,
      () => act(handler, r.id, { action: 'rectify', kind: 'fixed' }),
      400,
      'VALIDATION_FAILED',
    );
    await refused(r.id, () => act(handler, r.id, { action: 'escalate' }), 400, 'VALIDATION_FAILED');
  });

  it('an Idempotency-Key replays the first answer and acts once', async () => {
    const r = await opened();
    const send = () =>
      p.app.inject({
        method: 'POST',
        url: `/api/v1/rectifications/${r.id}/actions`,
        headers: { ...ADMIN, 'idempotency-key': `rect-${r.id.slice(-12)}` },
        payload: { action: 'verify' },
      });
    expect((await send()).statusCode).toBe(200);
    expect((await send()).statusCode).toBe(200);
    expect((await logOf(r.id)).length).toBe(2);
  });
});
