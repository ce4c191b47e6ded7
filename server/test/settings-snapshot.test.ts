// Settings are cached per process (platform/settings/snapshot.ts): a change written elsewhere
// reaches this process once its re-check interval has passed, a transaction sees its own
// inserts at once, and a change made here is seen here at once.
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SYSTEM_ACTOR } from '../src/platform/audit/record.ts';
import { putSetting, resolveSetting } from '../src/platform/settings/service.ts';
import { testDatabase } from './helpers.ts';
import type { Database } from '../src/platform/db/database.ts';

const KEY = 'case.deadline-warning-working-days';
let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.close());
afterEach(() => vi.useRealTimers());

const warning = async (agencyId: string, db = database.db) =>
  (await resolveSetting(db, KEY, { agencyId, regionCode: '120103', date: '2026-06-01' })).value;

describe('the settings snapshot', () => {
  it('takes a change another replica wrote once its re-check interval has passed', async () => {
    expect(await warning('agency-a')).toBe(3);
    vi.useFakeTimers({ toFake: ['Date'] });
    await database.db.execute(
      sql`insert into setting (id, key, scope_type, scope_id, value, effective_from, created_by)
          values (gen_random_uuid(), ${KEY}, 'agency', 'agency-a', '7', '2026-01-01', 'other-replica')`,
    );
    expect(await warning('agency-a')).toBe(3); // still within the second
    vi.setSystemTime(Date.now() + 5_000);
    expect(await warning('agency-a')).toBe(7);
    expect(await warning('agency-b')).toBe(3); // another agency keeps the default
  });

  it('lets a transaction see its own insert and never leaks it after a rollback', async () => {
    expect(await warning('agency-c')).toBe(3);
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(
          sql`insert into setting (id, key, scope_type, scope_id, value, effective_from, created_by)
              values (gen_random_uuid(), ${KEY}, 'region', '120103', '5', '2026-01-01', 'test')`,
        );
        expect(await warning('agency-c', tx)).toBe(5);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 5_000);
    expect(await warning('agency-c')).toBe(3);
  });

  it('sees a change made in this process at once, from its effective date on', async () => {
    expect(await warning('agency-d')).toBe(3);
    await putSetting(
      { db: database.db, actor: SYSTEM_ACTOR },
      { key: KEY, scope: { type: 'agency', id: 'agency-d' }, value: 9, effectiveFrom: '2026-03-01' },
    );
    expect(await warning('agency-d')).toBe(9);
    expect((await resolveSetting(database.db, KEY, { agencyId: 'agency-d', date: '2026-02-28' })).value).toBe(
      3,
    );
  });
});
