// The statistics routes: numbers from the rollup, scope per grant, period errors, the Excel
// export and the monthly bulletin (PDF read back with pdftotext, workbook with exceljs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, lt } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { auditLog } from '../src/platform/audit/schema.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { businessDate } from '../src/platform/time/business-date.ts';
import { serviceCase } from '../src/modules/cases/schema.ts';
import { agency } from '../src/modules/masterdata/schema.ts';
import { rating, rectification } from '../src/modules/ratings/schema.ts';
import { applyFact } from '../src/modules/stats/apply-fact.ts';
import { rebuildStats } from '../src/modules/stats/rebuild.ts';
import type { StatsReport } from '../src/modules/stats/stats.schemas.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';
import { operator, signIn, type Caller } from './identity-callers.ts';
import { compact, pdfText, popplerAvailable } from './pdf-tools.ts';
import { insertCase, prng } from './stats-fixtures.ts';

let p: TestPlatform;
let op: Caller;
let lead: Caller; // agency-lead of hx-xzspj: stats.read scoped to that agency
let hexi: string;
const ITEM = 'STXROUTE';

const overview = (c: Caller, query: string) => c.request('GET', `/api/v1/stats/overview?${query}`);

/** Two cases of hx-xzspj in 2026-03 (one concluded on time), one negative rating left open. */
async function seedKnownRows() {
  const db = p.database.db;
  const r = prng(7);
  const ids = [await insertCase(db, r), await insertCase(db, r)];
  const common = {
    agencyId: 'hx-xzspj',
    regionCode: '120103',
    implementationCode: ITEM,
    channel: 'pc' as const,
  };
  await db
    .update(serviceCase)
    .set({
      ...common,
      status: 'accepted',
      receivedOn: '2026-03-02',
      acceptedOn: '2026-03-03',
      concludedAt: null,
      delivery: null,
      pickupVenueId: null,
      exemptMaterialCount: 1,
    })
    .where(eq(serviceCase.id, ids[0]!));
  await db
    .update(serviceCase)
    .set({
      ...common,
      status: 'concluded',
      receivedOn: '2026-03-02',
      acceptedOn: '2026-03-02',
      concludedAt: new Date('2026-03-02T06:00:00Z'),
      onTime: true,
      delivery: null,
      pickupVenueId: null,
      exemptMaterialCount: 0,
    })
    .where(eq(serviceCase.id, ids[1]!));
  const ratingId = uuidv7();
  await db.insert(rating).values({
    id: ratingId,
    kind: 'case',
    caseId: ids[1]!,
    agencyId: 'hx-xzspj',
    regionCode: '120103',
    implementationCode: ITEM,
    caseChannel: 'pc',
    channel: 'sms',
    level: 5,
    ratedOn: '2026-03-05',
  });
  // Open and long past its final due date: the bulletin lists hx-xzspj as overdue.
  await db.insert(rectification).values({
    id: uuidv7(),
    ratingId,
    agencyId: 'hx-xzspj',
    regionCode: '120103',
    status: 'rectifying',
    openedOn: '2026-03-05',
    stepDue: '2026-03-10',
    finalDue: '2026-03-20',
  });
  await db.transaction(async (tx) => {
    for (const id of ids) await applyFact(tx, 'case', id);
    await applyFact(tx, 'rating', ratingId);
  });
}

beforeAll(async () => {
  p = await testPlatform();
  await rebuildStats(p.database.db);
  op = operator(p.app);
  lead = await signIn(p.app, 'lead-hxsp');
  const [a] = await p.database.db.select().from(agency).where(eq(agency.id, 'hx-xzspj'));
  hexi = a!.name;
  await seedKnownRows();
});
afterAll(() => p?.dispose());

const lastAudit = async (action: string) =>
  (
    await p.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action)))
      .orderBy(desc(auditLog.id))
      .limit(1)
  )[0];

describe('GET /api/v1/stats/overview', () => {
  it('sums the rollup by the dimension, with labels, rates and a total', async () => {
    const res = await overview(op, `from=2026-03&to=2026-03&by=agency&itemCode=${ITEM}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<StatsReport>();
    expect(body.rows).toHaveLength(1);
    const row = body.rows[0]!;
    expect(row).toMatchObject({
      key: 'hx-xzspj',
      label: hexi,
      received: 2,
      accepted: 2,
      concluded: 1,
      onTimeRate: 1,
      avgWorkingDays: 0,
      instantShare: 1,
      fullyOnlineShare: 1,
      exemptMaterials: 1,
      ratings: 1,
      satisfactionRate: 0,
      ratingsNegative: 1,
      rectificationRate: 0,
      revisitRate: null, // nothing rectified yet: no denominator
      complaints: 0,
      complaintAnsweredRate: null,
    });
    expect(body.total).toMatchObject({ key: '', label: '合计', received: 2, concluded: 1 });
  });

  it('groups by month and channel with their labels', async () => {
    const byMonth = (
      await overview(op, `from=2026-01&to=2026-04&by=month&itemCode=${ITEM}`)
    ).json<StatsReport>();
    expect(byMonth.rows.map((r) => [r.key, r.label])).toEqual([['2026-03', '2026年3月']]);
    const byChannel = (
      await overview(op, `from=2026-03&to=2026-03&by=channel&itemCode=${ITEM}`)
    ).json<StatsReport>();
    expect(byChannel.rows.map((r) => r.label)).toEqual(['电脑端网上办理']);
  });

  it('shows an agency-scoped reader only its agency, and 404s filters outside the scope', async () => {
    const mine = (await overview(lead, 'from=2025-12&to=2026-10&by=agency')).json<StatsReport>();
    expect(mine.rows.map((r) => r.key)).toEqual(['hx-xzspj']);
    const city = (await overview(op, 'from=2025-12&to=2026-10&by=agency')).json<StatsReport>();
    expect(city.rows.length).toBeGreaterThan(1);
    expect((await overview(lead, 'from=2026-01&to=2026-10&by=agency&agencyId=hp-xzspj')).statusCode).toBe(
      404,
    );
    expect((await overview(lead, 'from=2026-01&to=2026-10&by=agency&regionCode=120101')).statusCode).toBe(
      404,
    );
    expect((await overview(op, 'from=2026-01&to=2026-10&by=agency&agencyId=no-such')).statusCode).toBe(404);
    // Overlapping filters are fine and still cut to the scope.
    const hexiRegion = (
      await overview(lead, 'from=2025-12&to=2026-10&by=agency&regionCode=120103')
    ).json<StatsReport>();
    expect(hexiRegion.rows.map((r) => r.key)).toEqual(['hx-xzspj']);
  });

  it('rejects a bad period with STATS_RANGE_INVALID and bad parameters with 400', async () => {
    for (const q of ['from=2026-05&to=2026-04', 'from=2023-01&to=2026-01']) {
      const res = await overview(op, `${q}&by=agency`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().code).toBe('STATS_RANGE_INVALID');
    }
    expect((await overview(op, 'from=2023-02&to=2026-01&by=agency')).statusCode).toBe(200); // 36 months
    expect((await overview(op, 'from=2026-13&to=2026-01&by=agency')).statusCode).toBe(400);
    expect((await overview(op, 'from=2026-01&to=2026-02&by=venue')).statusCode).toBe(400);
    expect((await overview(op, 'from=2026-01&to=2026-02')).statusCode).toBe(400);
  });
});

async function workbook(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('GET /api/v1/stats/overview/export', () => {
  it('answers an xlsx with zh headers, the rows, percentages formatted, and audits it', async () => {
    const res = await op.request(
      'GET',
      `/api/v1/stats/overview/export?from=2026-03&to=2026-03&by=agency&itemCode=${ITEM}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="tongban-stats-agency-2026-03-2026-03.xlsx"',
    );
    const ws = (await workbook(res.rawPayload)).getWorksheet('统计表')!;
    const header = ws.getRow(1).values as unknown[];
    expect(header.slice(1, 6)).toEqual(['部门代码', '部门', '收件数', '受理数', '办结数']);
    const onTimeCol = header.indexOf('按时办结率');
    expect(ws.getRow(2).getCell(2).value).toBe(hexi);
    expect(ws.getRow(2).getCell(onTimeCol).value).toBe(1);
    expect(ws.getRow(2).getCell(onTimeCol).numFmt).toBe('0.0%');
    expect(ws.getRow(3).getCell(2).value).toBe('合计');
    expect((await lastAudit('stats.export'))?.detail).toMatchObject({ by: 'agency', itemCode: ITEM });
  });

  it('applies the same period check', async () => {
    const res = await op.request('GET', '/api/v1/stats/overview/export?from=2026-05&to=2026-04&by=agency');
    expect(res.statusCode).toBe(400);
  });
});

describe('GET /api/v1/stats/bulletins/:month', () => {
  it.runIf(popplerAvailable())(
    'renders the PDF with the title, the agencies and the overdue list',
    async () => {
      const res = await op.request('GET', '/api/v1/stats/bulletins/2026-03');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe('attachment; filename="tongban-bulletin-2026-03.pdf"');
      const text = compact(pdfText(res.rawPayload));
      expect(text).toContain('天津市政务服务“好差评”与办件情况通报（2026年3月）');
      expect(text).toContain(compact(hexi));
      expect(text).toContain('存在整改超期或诉求超期的部门');
      expect((await lastAudit('stats.bulletin'))?.detail).toMatchObject({ month: '2026-03', format: 'pdf' });
    },
  );

  it('gives the same bulletin as a workbook, scoped to the reader', async () => {
    const res = await lead.request('GET', '/api/v1/stats/bulletins/2026-03?format=xlsx');
    expect(res.statusCode, res.body).toBe(200);
    const wb = await workbook(res.rawPayload);
    expect(wb.getWorksheet('总体情况')!.getCell('A1').value).toBe(
      '天津市政务服务“好差评”与办件情况通报（2026年3月）',
    );
    const ranking = wb.getWorksheet('部门排名')!;
    const names = ranking.getColumn(2).values.slice(2);
    expect(names).toEqual([hexi]); // the lead sees only its own agency
    const overdue = wb.getWorksheet('超期部门')!;
    const open = await p.database.db
      .select()
      .from(rectification)
      .where(and(eq(rectification.agencyId, 'hx-xzspj'), lt(rectification.finalDue, businessDate())));
    const stillOpen = open.filter((x) => !['closed', 'dismissed'].includes(x.status)).length;
    expect(stillOpen).toBeGreaterThanOrEqual(1);
    expect(overdue.getRow(2).values).toEqual([undefined, hexi, stillOpen, expect.any(Number)]);
    expect(overdue.rowCount).toBe(2);
  });

  it('rejects a month not yet begun and a bad format', async () => {
    expect((await op.request('GET', '/api/v1/stats/bulletins/2099-01')).statusCode).toBe(400);
    expect((await op.request('GET', '/api/v1/stats/bulletins/2026-03?format=doc')).statusCode).toBe(400);
    expect((await op.request('GET', '/api/v1/stats/bulletins/2026-3')).statusCode).toBe(400);
  });
});
