// The ledger (台账) and escalation (督办): who sees which rows, masking, filters and keyset pages,
// the detail with its audited read, the Excel export, and escalation once per overdue step.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sweepEscalations } from '../src/modules/ratings/rectification.handler.ts';
import { DEMO_PERSONS } from '../src/modules/identity/demo-accounts.ts';
import { DEMO_RATINGS } from '../src/modules/ratings/seed/demo-ratings.ts';
import { personalDataCrypto } from '../src/platform/crypto/personal-data.ts';
import { addCalendarDays } from '../src/platform/time/business-date.ts';
import { ok } from './case-fixtures.ts';
import { testConfig } from './helpers.ts';
import { rectificationOf } from './rating-fixtures.ts';
import {
  acted,
  auditOf,
  db,
  dueAfter,
  handler,
  lead,
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
import type { Caller } from './identity-callers.ts';

useRectificationPlatform();

type Row = { id: string; agencyId: string; status: string; overdue: boolean; rater: { name: string | null } };
const list = async (c: Caller, query = '') =>
  ok(await c.request('GET', `/api/v1/rectifications${query}`)) as { items: Row[]; nextCursor: string | null };

describe('the ledger', () => {
  it('shows the demo rectifications to the agency handler on a fresh start', async () => {
    const open = await rectificationOf(db(), DEMO_RATINGS.open);
    const closed = await rectificationOf(db(), DEMO_RATINGS.closed);
    expect(open?.status).toBe('verifying');
    expect(closed?.status).toBe('closed');
    const ids = (await list(handler)).items.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([open!.id, closed!.id]));
  });

  it('is agency-scoped for rating.handle and stats.read, city-wide for rating.supervise; masked', async () => {
    const mine = await opened({ rater: 'zhangsan' });
    const other = await opened({ agencyId: 'tj-scjgw', regionCode: '120000' });
    const byHandler = await list(handler, '?limit=200');
    expect(byHandler.items.every((r) => r.agencyId === 'hx-xzspj')).toBe(true);
    expect(byHandler.items.map((r) => r.id)).toContain(mine.id);
    const byLead = await list(lead, '?limit=200');
    expect(byLead.items.map((r) => r.id)).toContain(mine.id);
    expect(byLead.items.map((r) => r.id)).not.toContain(other.id);
    const byOffice = await list(office, '?limit=200');
    expect(byOffice.items.map((r) => r.id)).toEqual(expect.arrayContaining([mine.id, other.id]));
    expect((await reviewer.request('GET', '/api/v1/rectifications')).statusCode).toBe(403);
    expect((await zhangsan.request('GET', '/api/v1/rectifications')).statusCode).toBe(403);
    const res = await handler.request('GET', '/api/v1/rectifications?limit=200');
    expect(res.body).not.toContain('张三');
    for (const person of DEMO_PERSONS) expect(res.body).not.toContain(person.idNumber);
    expect(byHandler.items.find((r) => r.id === mine.id)!.rater.name).toBe('张*');
  });

  it('filters by status, agency and overdue; pages by keyset without repeats', async () => {
    const a = await opened();
    await acted(handler, a.id, { action: 'verify' });
    const rectifying = await list(office, '?status=rectifying&limit=200');
    expect(rectifying.items.every((r) => r.status === 'rectifying')).toBe(true);
    expect(rectifying.items.map((r) => r.id)).toContain(a.id);
    const scjg = await list(office, '?agencyId=tj-scjgw&limit=200');
    expect(scjg.items.every((r) => r.agencyId === 'tj-scjgw')).toBe(true);
    const overdue = await list(office, '?overdue=true&limit=200');
    expect(overdue.items.every((r) => r.overdue)).toBe(true);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(handler, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual((await list(handler, '?limit=200')).items.map((r) => r.id));
    expect((await handler.request('GET', '/api/v1/rectifications?cursor=nonsense')).statusCode).toBe(400);
    expect((await handler.request('GET', '/api/v1/rectifications?status=open')).statusCode).toBe(400);
  });

  it('the detail has the rating text, the log and the allowed actions; its read is audited', async () => {
    const r = await opened({ comment: '材料清单前后说法不一' });
    const d = ok(await handler.request('GET', `/api/v1/rectifications/${r.id}`));
    expect(d.rating.comment).toBe('材料清单前后说法不一');
    expect(d.actions.map((a: { action: string }) => a.action)).toEqual(['open']);
    expect(d.allowedActions).toEqual(['verify', 'appeal']);
    expect(ok(await office.request('GET', `/api/v1/rectifications/${r.id}`)).allowedActions).toEqual([]);
    expect(ok(await lead.request('GET', `/api/v1/rectifications/${r.id}`)).allowedActions).toEqual([]);
    const reads = await auditOf('rectification.read', r.id);
    expect(reads.length).toBe(3);
  });

  it('exports the ledger in scope as a workbook exceljs opens', async () => {
    const res = await handler.request('GET', '/api/v1/rectifications/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('差评整改台账')!;
    const rows = (await list(handler, '?limit=200')).items;
    expect(ws.rowCount).toBe(rows.length + 1);
    expect(ws.getRow(1).getCell(1).value).toBe('评价等级');
    const raters = ws.getColumn(7).values.slice(2);
    expect(raters).toContain('张*');
    expect(raters.join()).not.toContain('张三');
    expect((await reviewer.request('GET', '/api/v1/rectifications/export')).statusCode).toBe(403);
  });
});

describe('escalation (督办)', () => {
  const { cipher } = personalDataCrypto(testConfig());

  it('escalates an overdue step once, tells supervisors and the office, and again for the next step', async () => {
    const r = await opened();
    const sweep = (on: string) => sweepEscalations({ db: db(), cipher, today: on });
    expect((await sweep(r.stepDue)).escalated).not.toContain(r.id); // due today: not yet overdue
    const late = addCalendarDays(r.stepDue, 1);
    expect((await sweep(late)).escalated).toContain(r.id);
    expect((await sweep(late)).escalated).not.toContain(r.id);
    expect((await sweep(addCalendarDays(late, 5))).escalated).not.toContain(r.id);
    let row = await rowOf(r.id);
    expect(row).toMatchObject({ status: 'verifying', escalations: 1, seq: 2 });
    expect(row.escalatedAt).not.toBeNull();
    expect((await logOf(r.id)).map((a) => [a.action, a.actorKind])).toEqual([
      ['open', 'system'],
      ['escalate', 'system'],
    ]);
    const [notice] = await auditOf('rectification.escalated.notify', r.id);
    const told = (notice!.detail.recipients as { username: string }[]).map((x) => x.username);
    expect(told).toEqual(expect.arrayContaining(['lead-hxsp', 'office-admin']));
    expect(
      ok(await office.request('GET', `/api/v1/rectifications?overdue=true&limit=200`)).items,
    ).toBeDefined();

    // The next step is a new clock: escalated again only once it too is overdue.
    await acted(handler, r.id, { action: 'verify', seq: 2 });
    row = await rowOf(r.id);
    expect(row.escalatedAt).toBeNull();
    expect(row.stepDue).toBe(await dueAfter(today, 10));
    expect((await sweep(row.stepDue)).escalated).not.toContain(r.id);
    expect((await sweep(addCalendarDays(row.stepDue, 1))).escalated).toContain(r.id);
    expect((await rowOf(r.id)).escalations).toBe(2);
  });

  it('runs as a registered job every ten minutes', () => {
    expect(p.handlers.for('job.ratings.rectification-escalation').length).toBe(1);
  });
});
