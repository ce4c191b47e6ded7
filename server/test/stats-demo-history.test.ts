// The demo year (stats/seed/demo-history.ts): present in the template, consistent with the case
// workflow, of nobody's account, in no open queue, and not made twice.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/platform/db/query.ts';
import { createLogger } from '../src/platform/logger.ts';
import { businessDate } from '../src/platform/time/business-date.ts';
import { deriveState } from '../src/modules/cases/case-state.ts';
import type { CaseAction } from '../src/modules/cases/case-workflow.ts';
import { personalDataCrypto } from '../src/platform/crypto/personal-data.ts';
import { insertDemoHistory, seedDemoHistory } from '../src/modules/stats/seed/demo-history.ts';
import { testDatabase, testConfig } from './helpers.ts';
import type { Database } from '../src/platform/db/database.ts';

let d: Database;
beforeAll(async () => {
  d = await testDatabase();
});
afterAll(() => d.close());

const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(d.db, q);

describe('demo history', () => {
  it('spans the twelve months before today with concluded, delivered cases', async () => {
    const [c] = await rows<{ n: number; months: number; first: string; last: string }>(
      sql`select count(*)::int n, count(distinct to_char(received_on, 'YYYY-MM'))::int months,
                 min(received_on)::text first, max(concluded_at)::text last
          from service_case c where exists (select 1 from case_action a where a.case_id = c.id and a.detail ? 'demoHistory')`,
    );
    expect(c!.n).toBeGreaterThan(400);
    expect(c!.n).toBeLessThan(900);
    expect(c!.months).toBeGreaterThanOrEqual(12);
    expect(c!.last < businessDate()).toBe(true);
    const statuses = await rows<{ status: string }>(
      sql`select distinct status from service_case c where exists (select 1 from case_action a where a.case_id = c.id and a.detail ? 'demoHistory')`,
    );
    expect(statuses.map((s) => s.status)).toEqual(['delivered']);
  });

  it('has channels, 即办, late cases and exempt materials in realistic shares', async () => {
    const [s] = await rows<Record<string, number>>(
      sql`select avg((channel in ('pc','mobile','kiosk','third-party-app'))::int)::float online,
                 avg((channel = 'window')::int)::float at_window,
                 avg((accepted_on = concluded_at::date)::int)::float instant,
                 avg((not on_time)::int)::float late,
                 avg((exempt_material_count > 0)::int)::float exempt
          from service_case where status = 'delivered'`,
    );
    expect(s!.online).toBeGreaterThan(0.5);
    expect(s!.at_window).toBeGreaterThan(0.15);
    expect(s!.instant).toBeGreaterThan(0.1);
    expect(s!.late).toBeGreaterThan(0.01);
    expect(s!.late).toBeLessThan(0.15);
    expect(s!.exempt).toBeGreaterThan(0.1);
  });

  it('writes a log whose fold is the case row', async () => {
    const log = await rows<{ case_id: string; action: CaseAction; on: string; status: string }>(
      sql`select a.case_id, a.action, (a.at at time zone 'Asia/Shanghai')::date::text "on", c.status
          from case_action a join service_case c on c.id = a.case_id where c.status = 'delivered' order by a.case_id, a.seq`,
    );
    const byCase = new Map<string, typeof log>();
    for (const l of log) byCase.set(l.case_id, [...(byCase.get(l.case_id) ?? []), l]);
    for (const entries of byCase.values())
      expect(deriveState(entries.map((e) => ({ action: e.action, on: e.on }))).status).toBe(
        entries[0]!.status,
      );
  });

  it('belongs to nobody with an account and decrypts like a real case', async () => {
    const [own] = await rows<{ n: number }>(
      sql`select count(*)::int n from service_case c join account a on a.id = c.applicant_id or (a.id = c.filed_by and c.channel not in ('window', 'assisted')) where c.status = 'delivered'`,
    );
    expect(own!.n).toBe(0);
    const [raters] = await rows<{ n: number }>(
      sql`select count(*)::int n from rating r join account a on a.id = r.rater_id join service_case c on c.id = r.case_id where c.status = 'delivered'`,
    );
    expect(raters!.n).toBe(0);
    const [one] = await rows<{ id: string; applicant_id_enc: string; applicant_id_masked: string }>(
      sql`select id, applicant_id_enc, applicant_id_masked from service_case where status = 'delivered' limit 1`,
    );
    const plain = personalDataCrypto(testConfig()).cipher.decrypt(
      one!.applicant_id_enc,
      `service_case:${one!.id}:applicant_id`,
    );
    expect(plain.slice(0, 4) + '*'.repeat(plain.length - 8) + plain.slice(-4)).toBe(one!.applicant_id_masked);
  });

  it('has ratings on ~40 %, few negative, each negative with a closed rectification', async () => {
    const [r] = await rows<Record<string, number>>(
      sql`with h as (select r.* from rating r join service_case c on c.id = r.case_id where c.status = 'delivered')
          select (select count(*) from h)::float / (select count(*) from service_case where status = 'delivered') share,
                 (select count(*) from h where level >= 4)::int negative,
                 (select count(*) from rectification x join h on h.id = x.rating_id where x.status = 'closed')::int closed,
                 (select count(*) from rectification x join h on h.id = x.rating_id where x.status <> 'closed')::int open`,
    );
    expect(r!.share).toBeGreaterThan(0.3);
    expect(r!.share).toBeLessThan(0.5);
    expect(r!.negative).toBeGreaterThan(0);
    expect(r!.closed).toBe(r!.negative);
    expect(r!.open).toBe(0);
    const [c] = await rows<{ n: number; open: number }>(
      sql`select count(*)::int n, count(*) filter (where status not in ('closed', 'replied'))::int open from complaint
          where complaint_number ~ '^BBCS[0-9]{8}9[0-9]{5}$'`,
    );
    expect(c!.n).toBeGreaterThan(15);
    expect(c!.open).toBe(0);
  });

  it('is made once: seeding again adds nothing, and quickly', async () => {
    const count = async () =>
      (await rows<{ n: number }>(sql`select count(*)::int n from service_case`))[0]!.n;
    const before = await count();
    const ctx = { config: testConfig(), database: d, logger: createLogger('silent') };
    await seedDemoHistory(d.db, ctx);
    expect(await count()).toBe(before);
    // A fresh seed (rows removed) writes its rows in well under two seconds (the rollup rebuild
    // that follows is the statistics module's and is timed by its own tests).
    for (const t of ['complaint_action', 'complaint', 'rectification_action', 'rectification', 'rating'])
      await d.db.execute(sql.raw(`delete from ${t}`));
    await d.db.execute(sql`alter table case_action disable trigger user`);
    await d.db.execute(
      sql`delete from case_action where case_id in (select id from service_case where status = 'delivered')`,
    );
    await d.db.execute(sql`delete from service_case where status = 'delivered'`);
    const t0 = performance.now();
    expect(await insertDemoHistory(d.db, ctx)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(await count()).toBe(before);
  });
});
