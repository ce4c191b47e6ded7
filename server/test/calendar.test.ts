// The working-day calendar through HTTP: computations on the official notices, the year's
// exceptional days, and the administrator's amendments and imports — audited, published as
// `calendar.changed`, and seen by the very next computation.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/platform/db/query.ts';
import { ADMIN, testPlatform, type TestPlatform } from './helpers.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform();
});
afterAll(() => p.dispose());

const get = (url: string) => p.app.inject({ method: 'GET', url });
const put = (url: string, body: unknown, headers: Record<string, string> = ADMIN) =>
  p.app.inject({
    method: 'PUT',
    url,
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify(body),
  });

async function due(from: string, days: number) {
  const res = await get(`/api/v1/calendar/working-days?from=${from}&days=${days}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { from: string; days: number; due: string; provisional: boolean };
}

/** Audit rows and outbox events so far: a rejected request must add neither. */
async function trail() {
  const [r] = await queryRows<{ audit: number; events: number }>(
    p.database.db,
    sql`select (select count(*) from audit_log)::int as audit, (select count(*) from outbox_event)::int as events`,
  );
  return r!;
}

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  status: number,
  code: string,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  expect(res.json()).toMatchObject({ status, code });
}

describe('GET /api/v1/calendar/working-days', () => {
  it('counts working days on the official notice: 2025-09-26 + 5 is 2025-10-10', async () => {
    // 09-28 (Sunday) is worked, 10-01..08 are off: 28, 29, 30, 9, 10.
    expect(await due('2025-09-26', 5)).toEqual({
      from: '2025-09-26',
      days: 5,
      due: '2025-10-10',
      provisional: false,
    });
    expect(await due('2025-09-26', 0)).toEqual({
      from: '2025-09-26',
      days: 0,
      due: '2025-09-26',
      provisional: false,
    });
  });

  it('marks an answer provisional when it touches a year without a loaded notice', async () => {
    expect(await due('2031-03-03', 3)).toMatchObject({ due: '2031-03-06', provisional: true });
    expect(await due('2026-12-29', 5)).toMatchObject({ provisional: true }); // runs into 2027
    expect(await due('2026-12-21', 3)).toMatchObject({ provisional: false }); // stays in 2026
  });

  it.each([
    ['from=2025-02-30&days=1', 'CALENDAR_DATE_INVALID'],
    ['from=2025-1-1&days=1', 'CALENDAR_DATE_INVALID'],
    ['from=tomorrow&days=1', 'CALENDAR_DATE_INVALID'],
    ['days=1', 'VALIDATION_FAILED'],
    ['from=2025-01-01', 'VALIDATION_FAILED'],
    ['from=2025-01-01&days=-1', 'VALIDATION_FAILED'],
    ['from=2025-01-01&days=3651', 'VALIDATION_FAILED'],
    ['from=2025-01-01&days=1.5', 'VALIDATION_FAILED'],
    ['from=2025-01-01&days=99999999999999999999', 'VALIDATION_FAILED'],
    ['from=9999-12-31&days=1', 'CALENDAR_DAYS_OUT_OF_RANGE'], // the due date would be in year 10000
    ['from=9999-12-20&days=3650', 'CALENDAR_DAYS_OUT_OF_RANGE'],
  ])('answers %s with 400 %s', async (query, code) => {
    expectProblem(await get(`/api/v1/calendar/working-days?${query}`), 400, code);
  });

  it('names the bad field', async () => {
    const res = await get('/api/v1/calendar/working-days?from=2025-02-30&days=1');
    expect(res.json().errors).toEqual([expect.objectContaining({ path: '/query/from' })]);
  });
});

describe('GET /api/v1/calendar/working-days/count', () => {
  it('counts working days in (from, to], negated backwards', async () => {
    expect((await get('/api/v1/calendar/working-days/count?from=2025-09-30&to=2025-10-10')).json()).toEqual({
      from: '2025-09-30',
      to: '2025-10-10',
      days: 2,
      provisional: false,
    });
    expect(
      (await get('/api/v1/calendar/working-days/count?from=2025-10-10&to=2025-09-30')).json(),
    ).toMatchObject({ days: -2 });
    expectProblem(
      await get('/api/v1/calendar/working-days/count?from=0001-01-01&to=9999-12-31'),
      400,
      'CALENDAR_DAYS_OUT_OF_RANGE',
    );
    expectProblem(
      await get('/api/v1/calendar/working-days/count?from=2025-01-01&to=2025-13-01'),
      400,
      'CALENDAR_DATE_INVALID',
    );
  });
});

describe('GET /api/v1/calendar/days', () => {
  it("lists the year's rest and work days with their notice", async () => {
    const res = await get('/api/v1/calendar/days?year=2025');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: 2025, loaded: true, source: '国办发明电〔2024〕12号' });
    const source = '国办发明电〔2024〕12号';
    expect(body.days).toContainEqual({ date: '2025-10-07', kind: 'rest', name: '国庆节、中秋节', source });
    expect(body.days).toContainEqual({ date: '2025-09-28', kind: 'work', name: '国庆节、中秋节', source });
    const dates = body.days.map((d: { date: string }) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d: string) => d.startsWith('2025-'))).toBe(true);
  });

  it('answers a year without a notice as not loaded, and refuses years out of range', async () => {
    expect((await get('/api/v1/calendar/days?year=2031')).json()).toEqual({
      year: 2031,
      loaded: false,
      source: null,
      days: [],
    });
    expectProblem(await get('/api/v1/calendar/days?year=1800'), 400, 'VALIDATION_FAILED');
    expectProblem(await get('/api/v1/calendar/days?year=twenty'), 400, 'VALIDATION_FAILED');
  });
});

describe('PUT /api/v1/calendar/days/{date}', () => {
  const amend = (date: string, body: unknown, headers?: Record<string, string>) =>
    put(`/api/v1/calendar/days/${date}`, body, headers);

  it('amends a date: audited, published, and the next computation already follows it', async () => {
    expect((await due('2025-09-26', 5)).due).toBe('2025-10-10'); // warms the cache
    const res = await amend(
      '2025-10-10',
      { kind: 'rest', name: '临时调整', reason: '市政府通知（测试）' },
      { ...ADMIN, 'x-request-id': 'amend-req-0001' },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      day: { date: '2025-10-10', kind: 'rest', name: '临时调整', source: '市政府通知（测试）' },
    });
    expect((await due('2025-09-26', 5)).due).toBe('2025-10-11'); // 10-10 off; Saturday 10-11 is worked

    const [audit] = await queryRows<Record<string, unknown>>(
      p.database.db,
      sql`select actor_type, actor_id, action, resource_type, resource_id, request_id, detail from audit_log where action = 'calendar.day.amend'`,
    );
    expect(audit).toEqual({
      actor_type: 'operator',
      actor_id: 'operator',
      action: 'calendar.day.amend',
      resource_type: 'calendar-day',
      resource_id: '2025-10-10',
      request_id: 'amend-req-0001',
      detail: { before: null, after: { kind: 'rest', name: '临时调整' }, reason: '市政府通知（测试）' },
    });
    const events = await queryRows<{ payload: unknown }>(
      p.database.db,
      sql`select payload from outbox_event where type = 'calendar.changed'`,
    );
    expect(events).toEqual([{ payload: { dates: ['2025-10-10'] } }]);
  });

  it('removes an exceptional day with kind null, and answers 404 for a day that is not exceptional', async () => {
    const res = await amend('2025-10-10', { kind: null, name: '撤销', reason: '撤销临时调整' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ day: null });
    expect((await due('2025-09-26', 5)).due).toBe('2025-10-10');
    expect(
      (await queryRows(p.database.db, sql`select 1 from audit_log where action = 'calendar.day.remove'`))
        .length,
    ).toBe(1);

    const before = await trail();
    expectProblem(
      await amend('2025-10-10', { kind: null, name: '撤销', reason: '再次撤销' }),
      404,
      'NOT_FOUND',
    );
    expect(await trail()).toEqual(before);
  });

  it("keeps an official day's notice year when it is amended", async () => {
    const res = await amend('2025-10-08', { kind: 'work', name: '改为上班', reason: '测试修订' });
    expect(res.statusCode).toBe(200);
    const [row] = await queryRows<{ notice_year: number; kind: string }>(
      p.database.db,
      sql`select notice_year, kind from calendar_day where date = '2025-10-08'`,
    );
    expect(row).toEqual({ notice_year: 2025, kind: 'work' });
    expect((await due('2025-09-26', 5)).due).toBe('2025-10-09');
    const [audit] = await queryRows<{ detail: { before: unknown } }>(
      p.database.db,
      sql`select detail from audit_log where action = 'calendar.day.amend' and resource_id = '2025-10-08'`,
    );
    expect(audit?.detail.before).toEqual({ kind: 'rest', name: '国庆节、中秋节' });
    // Restore the notice's day.
    expect(
      (await amend('2025-10-08', { kind: 'rest', name: '国庆节、中秋节', reason: '恢复' })).statusCode,
    ).toBe(200);
    expect((await due('2025-09-26', 5)).due).toBe('2025-10-10');
  });

  it('refuses bad dates and bodies without changing anything', async () => {
    const before = await trail();
    expectProblem(
      await amend('2025-02-30', { kind: 'rest', name: 'x', reason: 'because' }),
      400,
      'CALENDAR_DATE_INVALID',
    );
    expectProblem(
      await amend('20250101', { kind: 'rest', name: 'x', reason: 'because' }),
      400,
      'CALENDAR_DATE_INVALID',
    );
    expectProblem(
      await amend('2025-10-10', { kind: 'holiday', name: 'x', reason: 'because' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await amend('2025-10-10', { kind: 'rest', name: '', reason: 'because' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await amend('2025-10-10', { kind: 'rest', name: 'x\u0000y', reason: 'because' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(await trail()).toEqual(before);
  });

  it("requires the administrator's token", async () => {
    const before = await trail();
    expectProblem(
      await amend('2025-10-10', { kind: 'rest', name: 'x', reason: 'because' }, {}),
      401,
      'UNAUTHENTICATED',
    );
    expectProblem(
      await amend(
        '2025-10-10',
        { kind: 'rest', name: 'x', reason: 'because' },
        { authorization: 'Bearer nope' },
      ),
      401,
      'UNAUTHENTICATED',
    );
    expect(await trail()).toEqual(before);
    expect((await due('2025-09-26', 5)).due).toBe('2025-10-10');
  });
});

describe('PUT /api/v1/calendar/years/{year}', () => {
  const NOTICE = '国办发明电〔2030〕99号（测试）';
  const NATIONAL_DAY = [
    '2031-10-01',
    '2031-10-02',
    '2031-10-03',
    '2031-10-04',
    '2031-10-05',
    '2031-10-06',
    '2031-10-07',
  ];
  const importYear = (year: number, body: unknown, headers?: Record<string, string>) =>
    put(`/api/v1/calendar/years/${year}`, body, headers);

  it('imports a year: loaded, its days listed, answers no longer provisional, audited and published', async () => {
    expect(await due('2031-09-30', 2)).toMatchObject({ provisional: true });
    const days = [
      { date: '2031-09-28', kind: 'work', name: '国庆节' },
      ...NATIONAL_DAY.map((date) => ({ date, kind: 'rest', name: '国庆节' })),
      { date: '2031-10-11', kind: 'work', name: '国庆节' },
    ];
    const res = await importYear(2031, { source: NOTICE, days });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      year: 2031,
      loaded: true,
      source: NOTICE,
      days: days.map((d) => ({ ...d, source: NOTICE })),
    });
    expect((await get('/api/v1/calendar/days?year=2031')).json()).toEqual(res.json());

    expect(await due('2031-09-30', 2)).toEqual({
      from: '2031-09-30',
      days: 2,
      due: '2031-10-09',
      provisional: false,
    });
    expect(await due('2031-09-26', 1)).toMatchObject({ due: '2031-09-28', provisional: false }); // the worked Sunday

    const audits = await queryRows<{ resource_id: string; detail: unknown }>(
      p.database.db,
      sql`select resource_id, detail from audit_log where action = 'calendar.year.import'`,
    );
    expect(audits).toEqual([{ resource_id: '2031', detail: { source: NOTICE, days: 9 } }]);
    const [event] = await queryRows<{ payload: { year: number; dates: string[] } }>(
      p.database.db,
      sql`select payload from outbox_event where type = 'calendar.changed' and payload->>'year' = '2031'`,
    );
    expect(event?.payload.dates).toEqual(days.map((d) => d.date));
  });

  it("replaces the year's days on a second import, and publishes the dates of both", async () => {
    const days = [
      ...NATIONAL_DAY.slice(0, 3).map((date) => ({ date, kind: 'rest', name: '国庆节' })),
      { date: '2031-12-31', kind: 'rest', name: '元旦' },
    ];
    const res = await importYear(2031, { source: `${NOTICE}（更正）`, days });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().days.map((d: { date: string }) => d.date)).toEqual(days.map((d) => d.date));
    expect(await due('2031-09-30', 2)).toMatchObject({ due: '2031-10-07', provisional: false }); // 10-06 and 10-07 worked again
    const events = await queryRows<{ payload: { dates: string[] } }>(
      p.database.db,
      sql`select payload from outbox_event where type = 'calendar.changed' and payload->>'year' = '2031' order by created_at, id`,
    );
    expect(events).toHaveLength(2);
    expect(events[1]!.payload.dates).toEqual(['2031-09-28', ...NATIONAL_DAY, '2031-10-11', '2031-12-31']);
  });

  it.each([
    [
      'a date listed twice',
      [
        { date: '2032-10-01', kind: 'rest', name: 'a' },
        { date: '2032-10-01', kind: 'rest', name: 'b' },
      ],
      400,
      '/body/days/1/date',
    ],
    [
      'a date outside the notice window',
      [{ date: '2034-02-01', kind: 'rest', name: 'a' }],
      400,
      '/body/days/0/date',
    ],
    ['an impossible date', [{ date: '2032-02-30', kind: 'rest', name: 'a' }], 400, '/body/days/0/date'],
    [
      "a date of another year's notice",
      [
        { date: '2031-12-31', kind: 'rest', name: '元旦' },
        { date: '2032-01-01', kind: 'rest', name: '元旦' },
      ],
      409,
      undefined,
    ],
  ])('rejects %s and changes nothing', async (_what, days, status, path) => {
    const before = await trail();
    const res = await importYear(2032, { source: NOTICE, days });
    expectProblem(res, status, status === 409 ? 'CONFLICT' : 'VALIDATION_FAILED');
    if (path) expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await get('/api/v1/calendar/days?year=2032')).json()).toEqual({
      year: 2032,
      loaded: false,
      source: null,
      days: [],
    });
    expect((await get('/api/v1/calendar/days?year=2031')).json().days).toHaveLength(4);
    expect(await trail()).toEqual(before);
    expect(await due('2032-03-01', 1)).toMatchObject({ provisional: true });
  });

  it('refuses a bad body, a year out of range, and a caller without the token', async () => {
    const before = await trail();
    expectProblem(
      await importYear(2032, { source: NOTICE, days: [{ date: '2032-10-01', kind: 'rest' }] }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await importYear(2032, { source: 'x\u0000', days: [] }), 400, 'VALIDATION_FAILED');
    expectProblem(await importYear(1899, { source: NOTICE, days: [] }), 400, 'VALIDATION_FAILED');
    expectProblem(await importYear(2032, { source: NOTICE, days: [] }, {}), 401, 'UNAUTHENTICATED');
    expect(await trail()).toEqual(before);
  });
});
