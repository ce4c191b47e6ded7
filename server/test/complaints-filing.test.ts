// Filing and access (issue #8): anonymous filing, bad input (400, nothing written), staff filing
// online (403), the encrypted phone, case links, idempotent retries, another citizen and another
// agency (404), the masked queue and the audited unmasked read, and the metrics on a known set.
import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { serviceCase } from '../src/modules/cases/schema.ts';
import { complaint } from '../src/modules/complaints/schema.ts';
import { seedDemoComplaints } from '../src/modules/complaints/seed/demo-complaints.ts';
import { personalDataCrypto } from '../src/platform/crypto/personal-data.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { personId } from './case-fixtures.ts';
import {
  act,
  actOk,
  BASE,
  detail,
  hotlineOrder,
  okJson,
  rowOf,
  useComplaintWorld,
} from './complaints-setup.ts';
import { operator } from './identity-callers.ts';

const w = useComplaintWorld();
const DEMO_TITLES = [
  '小区供暖不热，报修无人处理',
  '办理食品经营许可多次往返',
  '办事指南材料清单与窗口要求不一致',
  '办件进度长时间未更新',
  '窗口工作人员解释不耐心',
  '咨询养老保险补缴政策',
];
const count = async () =>
  Number((await w.p.database.db.select({ n: sql<number>`count(*)::int` }).from(complaint))[0]!.n);

describe('demo data', () => {
  it('holds orders in every state the demo promises, and seeding again adds none', async () => {
    const db = w.p.database.db;
    const demo = await db.select().from(complaint).where(inArray(complaint.title, DEMO_TITLES));
    expect(demo.map((c) => c.status).sort()).toEqual([
      'closed',
      'dispatched',
      'received',
      'replied',
      'returned',
      'signed',
    ]);
    expect(demo.find((c) => c.status === 'received')).toMatchObject({ channel: 'hotline', anonymous: true });
    const replied = demo.find((c) => c.status === 'replied')!;
    expect(replied.complainantId).toBe(await personId(db, 'zhangsan'));
    expect(replied.caseId).not.toBeNull();
    expect(demo.find((c) => c.status === 'dispatched')!.agencyId).toBe('hx-xzspj');
    expect(demo.find((c) => c.status === 'returned')!.returnCount).toBe(1);
    const before = await count();
    await seedDemoComplaints(db, personalDataCrypto(w.p.config));
    expect(await count()).toBe(before);
  });
});

describe('filing online', () => {
  it('takes an anonymous report without contact data and stores nobody', async () => {
    const filed = okJson(await w.anon.req('POST', '/api/v1/complaints', { ...BASE, anonymous: true }), 201);
    expect(filed.status).toBe('received');
    const row = await rowOf(w, filed.id);
    expect(row).toMatchObject({
      channel: 'online',
      anonymous: true,
      complainantId: null,
      contactPhoneEnc: null,
    });
  });

  it('encrypts the phone, keeps a masked copy and links the complainant’s own case', async () => {
    const db = w.p.database.db;
    const zs = await personId(db, 'zhangsan');
    const [own] = await db.select().from(serviceCase).where(eq(serviceCase.applicantId, zs)).limit(1);
    expect(own).toBeDefined();
    const filed = okJson(
      await w.zhangsan.req('POST', '/api/v1/complaints', {
        ...BASE,
        caseId: own!.id,
        contactName: '张三',
        contactPhone: '13800000001',
      }),
      201,
    );
    const row = await rowOf(w, filed.id);
    expect(row.complainantId).toBe(zs);
    expect(row.caseId).toBe(own!.id);
    expect(row.implementationCode).toBe(own!.implementationCode);
    expect(row.contactPhoneMasked).toBe('138****0001');
    expect(row.contactPhoneEnc).not.toContain('13800000001');
    // lisi may not link zhangsan's case (the same answer as for a case that does not exist).
    const before = await count();
    const r = await w.lisi.req('POST', '/api/v1/complaints', { ...BASE, caseId: own!.id });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].path).toBe('/body/caseId');
    expect(await count()).toBe(before);
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    const before = await count();
    const bad: Record<string, unknown>[] = [
      { ...BASE, category: 'nonsense' },
      { ...BASE, content: 'x'.repeat(2001) },
      { ...BASE, content: '   ' },
      { ...BASE, regionCode: '12010' },
      { ...BASE, regionCode: '999999' },
      { ...BASE, contactPhone: '12345678901' },
      { ...BASE, implementationCode: 'NO-SUCH-CODE' },
      { ...BASE, anonymous: true, contactPhone: '13800000009' },
      { ...BASE, complex: true }, // staff only
      { ...BASE, extra: 1 },
      { title: 'x' },
    ];
    for (const body of bad) {
      const r = await w.zhangsan.req('POST', '/api/v1/complaints', body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
    const raw = await w.zhangsan.req('POST', '/api/v1/complaints', '{"title":', {
      'content-type': 'application/json',
    });
    expect(raw.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('sends staff and the operator to the admin entry (403)', async () => {
    for (const s of [w.hotline, w.clerk]) {
      const r = await s.req('POST', '/api/v1/complaints', BASE);
      expect(r.statusCode).toBe(403);
      expect(r.json().code).toBe('COMPLAINT_FILING_STAFF');
    }
    expect((await operator(w.p.app).request('POST', '/api/v1/complaints', BASE)).statusCode).toBe(403);
    // …and a window clerk without complaint.dispatch cannot use the admin entry either.
    expect(
      (await w.clerk.req('POST', '/api/v1/admin/complaints', { ...BASE, channel: 'window' })).statusCode,
    ).toBe(403);
  });

  it('honours Idempotency-Key: a retry returns the first order', async () => {
    const before = await count();
    const key = { 'idempotency-key': `cmp-${Date.now()}` };
    const first = okJson(await w.zhangsan.req('POST', '/api/v1/complaints', BASE, key), 201);
    const again = okJson(await w.zhangsan.req('POST', '/api/v1/complaints', BASE, key), 201);
    expect(again).toEqual(first);
    expect(await count()).toBe(before + 1);
    const other = await w.zhangsan.req('POST', '/api/v1/complaints', { ...BASE, title: '另一件事' }, key);
    expect(other.statusCode).toBe(422);
    const hot = { 'idempotency-key': `hot-${Date.now()}` };
    const h1 = okJson(
      await w.hotline.req('POST', '/api/v1/admin/complaints', { ...BASE, channel: 'hotline' }, hot),
      201,
    );
    const h2 = okJson(
      await w.hotline.req('POST', '/api/v1/admin/complaints', { ...BASE, channel: 'hotline' }, hot),
      201,
    );
    expect(h2.id).toBe(h1.id);
  });
});

describe('who sees what', () => {
  it('answers 404 to another citizen and to another agency’s handler', async () => {
    const mine = okJson(await w.zhangsan.req('POST', '/api/v1/complaints', BASE), 201);
    expect((await w.lisi.req('GET', `/api/v1/complaints/${mine.id}`)).statusCode).toBe(404);
    expect(
      (await w.lisi.req('POST', `/api/v1/complaints/${mine.id}/confirmation`, { solved: true })).statusCode,
    ).toBe(404);
    const listed = okJson(await w.lisi.req('GET', '/api/v1/complaints/mine'));
    expect(listed.items.map((i: { id: string }) => i.id)).not.toContain(mine.id);
    expect(okJson(await w.zhangsan.req('GET', '/api/v1/complaints/mine?limit=1')).nextCursor).not.toBeNull();

    // Not yet dispatched: the handler does not see it; dispatched elsewhere: still not.
    expect((await w.handler.req('GET', `/api/v1/admin/complaints/${mine.id}`)).statusCode).toBe(404);
    await actOk(w.hotline, mine.id, { action: 'dispatch', agencyId: 'tj-scjgw' });
    expect((await w.handler.req('GET', `/api/v1/admin/complaints/${mine.id}`)).statusCode).toBe(404);
    const seq = (await detail(w.hotline, mine.id)).seq;
    const r = await w.handler.req('POST', `/api/v1/admin/complaints/${mine.id}/actions`, {
      seq,
      action: 'sign',
    });
    expect(r.statusCode).toBe(404);
    const queue = okJson(await w.handler.req('GET', '/api/v1/admin/complaints?limit=200'));
    expect(queue.items.every((i: { agencyId: string }) => i.agencyId === 'hx-xzspj')).toBe(true);
    // Persons have no staff queue.
    expect((await w.zhangsan.req('GET', '/api/v1/admin/complaints')).statusCode).toBe(403);
    expect((await act(w.hotline, mine.id, { action: 'sign' })).statusCode).toBe(403);
  });

  it('masks the phone in lists and views; unmasks only with a purpose and personal-data.read, audited', async () => {
    const { id } = await hotlineOrder(w, { contactName: '赵女士', contactPhone: '13912345678' });
    const d = await detail(w.hotline, id);
    expect(d.contactPhone).toBe('139****5678');
    expect(d.phoneUnmasked).toBe(false);
    const withPurpose = okJson(
      await w.hotline.req(
        'GET',
        `/api/v1/admin/complaints/${id}?purpose=${encodeURIComponent('回访来电人')}`,
      ),
    );
    expect(withPurpose.contactPhone).toBe('139****5678'); // no personal-data.read
    const op = okJson(
      await operator(w.p.app).request(
        'GET',
        `/api/v1/admin/complaints/${id}?purpose=${encodeURIComponent('回访来电人')}`,
      ),
    );
    expect(op.contactPhone).toBe('13912345678');
    expect(op.phoneUnmasked).toBe(true);
    const reads = await w.p.database.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.resourceId} = ${id} and ${auditLog.action} like 'complaint.contact.%'`);
    expect(reads.map((r) => r.action).sort()).toEqual([
      'complaint.contact.read',
      'complaint.contact.read',
      'complaint.contact.read-unmasked',
    ]);
  });
});

describe('metrics', () => {
  it('computes the rates over a known set of orders', async () => {
    const db = w.p.database.db;
    const ids: string[] = [];
    const order = async () => {
      const { id } = await hotlineOrder(w);
      ids.push(id);
      return id;
    };
    // 4 orders: one left received, three dispatched; two replied (one closed solved, one
    // reopened as unsolved and replied again); one merged (left out).
    await order();
    const a = await order();
    const b = await order();
    const c = await order();
    const m = await order();
    for (const id of [a, b, c]) await actOk(w.hotline, id, { action: 'dispatch', agencyId: 'hx-xzspj' });
    for (const id of [a, b]) {
      await actOk(w.handler, id, { action: 'sign' });
      await actOk(w.handler, id, { action: 'reply', replyKind: 'resolved', comment: '已办理' });
    }
    await actOk(w.hotline, a, { action: 'revisit', solved: true });
    await actOk(w.hotline, b, { action: 'revisit', solved: false });
    await actOk(w.handler, b, { action: 'reply', replyKind: 'explained', comment: '已说明' });
    await actOk(w.hotline, m, { action: 'merge', targetNumber: (await rowOf(w, c)).complaintNumber });
    // Move the set to a day nobody else uses; b signed 30 minutes after dispatch, a 10.
    await db
      .update(complaint)
      .set({ receivedAt: new Date('2025-03-10T02:00:00Z'), replyDue: '2025-03-17' })
      .where(inArray(complaint.id, ids));
    await db
      .update(complaint)
      .set({ dispatchedAt: sql`signed_at - interval '10 minutes'` })
      .where(eq(complaint.id, a));
    await db
      .update(complaint)
      .set({ dispatchedAt: sql`signed_at - interval '30 minutes'`, repliedOnTime: false })
      .where(eq(complaint.id, b));

    const s = okJson(await w.hotline.req('GET', '/api/v1/stats/complaints?from=2025-03-10&to=2025-03-10'));
    expect(s).toMatchObject({
      received: 4,
      dispatched: 3,
      replied: 2,
      closed: 1,
      repliedOnTime: 1,
      confirmed: 2,
      solved: 1,
      answeredRate: 0.6667,
      handledRate: 0.25,
      onTimeRate: 0.5,
      satisfiedRate: 0.5,
      returnVisitRate: 1,
      averageSignMinutes: 20,
      byChannel: [{ channel: 'hotline', received: 4 }],
    });
    // Scoped: a handler has neither stats.read nor complaint.dispatch; bad ranges are 400.
    expect((await w.handler.req('GET', '/api/v1/stats/complaints')).statusCode).toBe(403);
    expect(
      (await w.hotline.req('GET', '/api/v1/stats/complaints?from=2025-03-11&to=2025-03-10')).statusCode,
    ).toBe(400);
    expect(
      (await w.hotline.req('GET', '/api/v1/stats/complaints?from=2024-01-01&to=2025-03-10')).statusCode,
    ).toBe(400);
    expect((await w.hotline.req('GET', '/api/v1/stats/complaints?from=2025-02-30')).statusCode).toBe(400);
  });
});
