import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/platform/db/database.ts';
import { parseCaseNumber } from '../src/platform/identifiers/case-number.ts';
import { nextCaseNumber } from '../src/platform/identifiers/next-case-number.ts';
import { testDatabase } from './helpers.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.close());

describe('case numbers from the database sequence', () => {
  it('carries the region and the Asia/Shanghai business date', async () => {
    // 2026-11-28T17:30Z is already 2026-11-29 in Beijing.
    const n = await nextCaseNumber(database.db, '120103', new Date('2026-11-28T17:30:00Z'));
    expect(parseCaseNumber(n)).toMatchObject({ regionCode: '120103', businessDate: '2026-11-29' });
  });

  it('stays unique under concurrent use, also inside transactions that roll back', async () => {
    const numbers = await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        i % 4 === 0
          ? database.db
              .transaction(async (tx) => {
                await nextCaseNumber(tx, '120101');
                throw new Error('rolled back');
              })
              .catch(() => null)
          : nextCaseNumber(database.db, '120101'),
      ),
    );
    const issued = numbers.filter((n): n is string => n !== null);
    expect(issued).toHaveLength(300);
    expect(new Set(issued).size).toBe(issued.length);
    // A rolled-back transaction does not give its serial back: numbers are never reused.
    const serials = issued.map((n) => parseCaseNumber(n)!.sequence).sort((a, b) => a - b);
    expect(serials.at(-1)! - serials[0]!).toBeGreaterThanOrEqual(299);
  });

  it('refuses a region code that is not a 6-digit division', async () => {
    await expect(nextCaseNumber(database.db, '12010')).rejects.toThrow(RangeError);
  });
});
