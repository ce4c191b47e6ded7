// Each process caches the working calendar and re-checks the table now and then, so a change
// another replica wrote reaches every computation without a message.
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testPlatform, type TestPlatform } from './helpers.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await testPlatform();
});
afterAll(() => p.dispose());

async function due(from: string, days: number) {
  const res = await p.app.inject({
    method: 'GET',
    url: `/api/v1/calendar/working-days?from=${from}&days=${days}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { due: string }).due;
}

describe('the working-calendar cache', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('picks up a change another replica wrote once its re-check interval has passed', async () => {
    expect(await due('2025-09-26', 5)).toBe('2025-10-10');
    vi.useFakeTimers({ toFake: ['Date'] });
    // Another process amends the table directly (this process's cache was not told).
    await p.database.db.execute(
      sql`insert into calendar_day (date, kind, name, source, notice_year, updated_by) values ('2025-10-10', 'rest', '他处修订', 'replica', 2025, 'other')`,
    );
    vi.setSystemTime(Date.now() + 5_000);
    expect(await due('2025-09-26', 5)).toBe('2025-10-11');
    await p.database.db.execute(sql`delete from calendar_day where date = '2025-10-10'`);
    vi.setSystemTime(Date.now() + 5_000);
    expect(await due('2025-09-26', 5)).toBe('2025-10-10');
  });
});
