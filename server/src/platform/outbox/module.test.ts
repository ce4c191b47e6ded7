// The outbox purge keeps what the NATS bridge has not relayed yet — only while the bridge is on:
// without it bridged_at stays null and the purge must still empty old done events.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { openPglite, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { queryRows } from '../db/query.ts';
import { createLogger } from '../logger.ts';
import { outboxModule } from './module.ts';
import type { OutboxEvent } from './publish.ts';

let database: Database;

beforeAll(async () => {
  database = await openPglite();
  await migrate(database.db);
});
afterAll(() => database.close());

beforeEach(async () => {
  await database.db.execute(sql`delete from outbox_event`);
  // old done and relayed, old done and not relayed, recent done, old pending
  await database.db
    .execute(sql`insert into outbox_event (id, type, payload, status, processed_at, bridged_at) values
    ('00000000-0000-7000-8000-000000000001', 'case.concluded', '{}', 'done', now() - interval '8 days', now() - interval '8 days'),
    ('00000000-0000-7000-8000-000000000002', 'case.concluded', '{}', 'done', now() - interval '8 days', null),
    ('00000000-0000-7000-8000-000000000003', 'case.concluded', '{}', 'done', now() - interval '1 day', now()),
    ('00000000-0000-7000-8000-000000000004', 'case.concluded', '{}', 'pending', null, null)`);
});

async function purge(env: Record<string, string>): Promise<string[]> {
  const ctx = { config: loadConfig(env), database, logger: createLogger('silent') };
  const [job] = outboxModule.jobs!(ctx);
  await job!.run({} as OutboxEvent, database.db);
  const rows = await queryRows<{ id: string }>(database.db, sql`select id from outbox_event order by id`);
  return rows.map((r) => r.id.slice(-1));
}

describe('outbox.purge', () => {
  it('with the bridge on, keeps old done events NATS has not taken yet', async () => {
    expect(await purge({ NATS_URL: 'nats://127.0.0.1:4222' })).toEqual(['2', '3', '4']);
  });

  it('without the bridge, purges old done events whatever bridged_at says', async () => {
    expect(await purge({})).toEqual(['3', '4']);
  });
});
