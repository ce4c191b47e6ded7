// The complaint loop end to end (issue #8): dispatch, sign, reply, unsolved reopens, solved
// closes; returns up to the limit then designation; the return deadline; supervision once per
// missed deadline; merging duplicates.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { complaint } from '../src/modules/complaints/schema.ts';
import { superviseOverdue } from '../src/modules/complaints/supervision.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { outboxEvent } from '../src/platform/outbox/schema.ts';
import { siteMessage } from '../src/modules/cases/schema.ts';
import { personId } from './case-fixtures.ts';
import {
  act,
  actOk,
  actionsOf,
  BASE,
  detail,
  hotlineOrder,
  okJson,
  rowOf,
  useComplaintWorld,
} from './complaints-setup.ts';

const w = useComplaintWorld();
const AGENCY = 'hx-xzspj';

describe('the full loop with reopening', () => {
  it('zhangsan files online, the hotline dispatches, the agency signs and replies, unsolved reopens, solved closes', async () => {
    const db = w.p.database.db;
    const filed = okJson(
      await w.zhangsan.req('POST', '/api/v1/complaints', { ...BASE, contactPhone: '13800000001' }),
      201,
    );
    expect(filed.complaintNumber).toMatch(/^BBCS\d{14}$/);
    const id = filed.id as string;

    // Dispatch: sign and return deadlines set; the handler now sees it.
    let d = await actOk(w.hotline, id, { action: 'dispatch', agencyId: AGENCY });
    expect(d.status).toBe('dispatched');
    expect(d.agencyId).toBe(AGENCY);
    expect(d.signDue).not.toBeNull();
    const queue = okJson(await w.handler.req('GET', '/api/v1/admin/complaints?status=dispatched'));
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(queue.items.find((i: { id: string }) => i.id === id).contactPhone).toBe('138****0001');

    // The handler may sign or return; not dispatch (403: the role never dispatches).
    expect((await detail(w.handler, id)).allowedActions).toEqual(['sign', 'return']);
    expect((await act(w.handler, id, { action: 'dispatch', agencyId: AGENCY })).statusCode).toBe(403);
    d = await actOk(w.handler, id, { action: 'sign' });
    expect(d.status).toBe('signed');
    expect(d.replyDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(d.explainDue <= d.replyDue).toBe(true);
    // A stale seq is refused.
    const stale = await w.handler.req('POST', `/api/v1/admin/complaints/${id}/actions`, {
      seq: 0,
      action: 'reply',
      replyKind: 'resolved',
      comment: 'x',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('COMPLAINT_CHANGED');
    // Reply needs its text.
    expect((await act(w.handler, id, { action: 'reply', replyKind: 'resolved' })).statusCode).toBe(400);
    d = await actOk(w.handler, id, {
      action: 'reply',
      replyKind: 'resolved',
      comment: '已协调窗口当场办理。',
    });
    expect(d.status).toBe('replied');
    expect(d.repliedOnTime).toBe(true);
    const sms = await db.select().from(outboxEvent).where(eq(outboxEvent.type, 'notification.sms'));
    expect(sms.length).toBeGreaterThan(0);

    // Unsolved: back to the same agency, signed, with new deadlines.
    let mine = okJson(await w.zhangsan.req('GET', `/api/v1/complaints/${id}`));
    expect(mine.mayConfirm).toBe(true);
    expect(mine.replyText).toBe('已协调窗口当场办理。');
    mine = okJson(
      await w.zhangsan.req('POST', `/api/v1/complaints/${id}/confirmation`, {
        solved: false,
        comment: '没有解决',
      }),
    );
    expect(mine.status).toBe('signed');
    expect(mine.reopenCount).toBe(1);
    expect(mine.agencyId).toBe(AGENCY);
    // Confirming again is not possible now.
    expect(
      (await w.zhangsan.req('POST', `/api/v1/complaints/${id}/confirmation`, { solved: true })).statusCode,
    ).toBe(409);

    await actOk(w.handler, id, { action: 'reply', replyKind: 'resolved', comment: '已办结营业执照变更。' });
    mine = okJson(await w.zhangsan.req('POST', `/api/v1/complaints/${id}/confirmation`, { solved: true }));
    expect(mine.status).toBe('closed');
    expect(mine.solved).toBe(true);

    const log = await actionsOf(w, id);
    expect(log.map((a) => a.action)).toEqual([
      'file',
      'dispatch',
      'sign',
      'reply',
      'confirm',
      'reply',
      'confirm',
    ]);
    expect(log.map((a) => a.seq)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(log.map((a) => a.toStatus)).toEqual([
      'received',
      'dispatched',
      'signed',
      'replied',
      'signed',
      'replied',
      'closed',
    ]);
    const events = await db
      .select()
      .from(outboxEvent)
      .where(
        sql`${outboxEvent.type} = 'complaint.changed' and ${outboxEvent.payload}->>'complaintId' = ${id}`,
      );
    expect(events).toHaveLength(7);
    expect(events[0]!.payload).toEqual({ complaintId: id, from: null, to: 'received', action: 'file' });
    const audits = await db.select().from(auditLog).where(eq(auditLog.resourceId, id));
    expect(
      audits.filter((a) => a.action.startsWith('complaint.') && a.action !== 'complaint.contact.read'),
    ).toHaveLength(7);
    const zs = await personId(db, 'zhangsan');
    const messages = await db.select().from(siteMessage).where(eq(siteMessage.recipientId, zs));
    expect(messages.some((m) => m.title.includes(filed.complaintNumber) && m.title.includes('已办结'))).toBe(
      true,
    );
  });

  it('an agent records the return visit for a caller without an account', async () => {
    const { id } = await hotlineOrder(w);
    await actOk(w.hotline, id, { action: 'dispatch', agencyId: AGENCY });
    await actOk(w.handler, id, { action: 'sign' });
    await actOk(w.handler, id, {
      action: 'reply',
      replyKind: 'explained',
      comment: '依法不能办理，已说明理由。',
    });
    expect((await act(w.hotline, id, { action: 'revisit' })).statusCode).toBe(400);
    const d = await actOk(w.hotline, id, { action: 'revisit', solved: true, comment: '来电人表示认可' });
    expect(d.status).toBe('closed');
  });
});

describe('returns and designation', () => {
  it('allows returns up to the limit, then the dispatch designates and no return is possible', async () => {
    const { id } = await hotlineOrder(w);
    for (let i = 1; i <= 3; i++) {
      await actOk(w.hotline, id, { action: 'dispatch', agencyId: AGENCY });
      expect((await act(w.handler, id, { action: 'return' }, w.hotline)).statusCode).toBe(400); // reason needed
      const r = okJson(
        await act(w.handler, id, { action: 'return', comment: `非本单位职责 ${i}` }, w.hotline),
      );
      expect(r).toBeDefined();
      const row = await rowOf(w, id);
      expect(row.status).toBe('returned');
      expect(row.returnCount).toBe(i);
    }
    // At the limit, the allowed actions show designation only, and a dispatch becomes one.
    expect((await detail(w.hotline, id)).allowedActions).toEqual(['designate', 'merge']);
    const d = await actOk(w.hotline, id, { action: 'dispatch', agencyId: AGENCY });
    expect(d.designated).toBe(true);
    expect((await actionsOf(w, id)).at(-1)!.action).toBe('designate');
    const refused = await act(w.handler, id, { action: 'return', comment: '仍非本单位职责' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('COMPLAINT_RETURN_NOT_ALLOWED');
    expect((await rowOf(w, id)).returnCount).toBe(3);
  });

  it('refuses a return after the return deadline, and one after designation', async () => {
    const { id } = await hotlineOrder(w);
    await actOk(w.hotline, id, { action: 'dispatch', agencyId: AGENCY });
    await w.p.database.db
      .update(complaint)
      .set({ returnDue: new Date(Date.now() - 60_000) })
      .where(eq(complaint.id, id));
    const late = await act(w.handler, id, { action: 'return', comment: '错派' });
    expect(late.statusCode).toBe(422);
    expect(late.json().code).toBe('COMPLAINT_RETURN_NOT_ALLOWED');
    expect((await rowOf(w, id)).status).toBe('dispatched');

    const other = await hotlineOrder(w);
    await actOk(w.hotline, other.id, { action: 'designate', agencyId: AGENCY });
    const r = await act(w.handler, other.id, { action: 'return', comment: '错派' });
    expect(r.statusCode).toBe(422);
  });
});

describe('supervision (督办)', () => {
  it('supervises a late signature once, and a missed reply date once', async () => {
    const db = w.p.database.db;
    const { id } = await hotlineOrder(w, { urgency: 'life-property' });
    const d = await actOk(w.hotline, id, { action: 'dispatch', agencyId: AGENCY });
    const signDue = new Date(d.signDue as string);
    expect(signDue.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(signDue.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);

    expect((await superviseOverdue(db, new Date(signDue.getTime() - 1000))).supervised).not.toContain(id);
    const late = new Date(signDue.getTime() + 60_000);
    expect((await superviseOverdue(db, late)).supervised).toContain(id);
    expect((await superviseOverdue(db, new Date(late.getTime() + 60_000))).supervised).not.toContain(id);
    const row = await rowOf(w, id);
    expect(row.supervisions).toBe(1);
    expect(row.status).toBe('dispatched');
    const notice = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.action} = 'complaint.supervise.notify' and ${auditLog.resourceId} = ${id}`);
    expect(notice).toHaveLength(1);
    expect((notice[0]!.detail as { recipients: string[] }).recipients).toEqual(
      expect.arrayContaining(['handler-hxsp', 'lead-hxsp']),
    );

    // Signed: past the reply date, one more notice (the explain date passed unseen with it).
    const signed = await actOk(w.handler, id, { action: 'sign' });
    const afterReplyDue = new Date(Date.parse(`${signed.replyDue}T00:00:00+08:00`) + 86_400_000 + 60_000);
    expect((await superviseOverdue(db, afterReplyDue)).supervised).toContain(id);
    expect(
      (await superviseOverdue(db, new Date(afterReplyDue.getTime() + 3_600_000))).supervised,
    ).not.toContain(id);
    expect((await rowOf(w, id)).supervisions).toBe(2);
    expect((await actionsOf(w, id)).filter((a) => a.action === 'supervise').map((a) => a.actorKind)).toEqual([
      'system',
      'system',
    ]);
    expect((await detail(w.handler, id)).overdue).toBe(false); // the real clock: not late yet
  });
});

describe('merging duplicates', () => {
  it('merges an open order into another, tells the complainant, and refuses bad targets', async () => {
    const a = okJson(await w.zhangsan.req('POST', '/api/v1/complaints', BASE), 201);
    const b = await hotlineOrder(w);
    expect(
      (await act(w.hotline, a.id, { action: 'merge', targetNumber: a.complaintNumber })).statusCode,
    ).toBe(400);
    expect(
      (await act(w.hotline, a.id, { action: 'merge', targetNumber: 'BBCS20990101999999' })).statusCode,
    ).toBe(400);
    const d = await actOk(w.hotline, a.id, { action: 'merge', targetNumber: b.complaintNumber });
    expect(d.status).toBe('merged');
    expect(d.mergedIntoNumber).toBe(b.complaintNumber);
    const mine = okJson(await w.zhangsan.req('GET', `/api/v1/complaints/${a.id}`));
    expect(mine.mergedIntoNumber).toBe(b.complaintNumber);
    const c = await hotlineOrder(w);
    const intoMerged = await act(w.hotline, c.id, { action: 'merge', targetNumber: a.complaintNumber });
    expect(intoMerged.statusCode).toBe(400);
    expect((await act(w.hotline, a.id, { action: 'dispatch', agencyId: AGENCY })).statusCode).toBe(409);
  });
});
