// What a submitted case's events must have left behind once the outbox is drained, read from
// the database and the servers' logs: each event once and done, the site message once, the SMS
// event derived once from the notice, the SMS itself sent, and the stats rollup equal to a recount.
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { expect } from 'vitest';
import { smsIdFor } from '../src/modules/cases/notify-applicant.ts';
import type { Db } from '../src/platform/db/database.ts';
import { SMS_EVENT } from '../src/platform/notify/sms.ts';
import { bruteForceRollup, storedRollup } from '../test/stats-recount.ts';
import { smsLinesFor, type CaseRow } from './load.ts';

interface EventRow {
  id: string;
  type: string;
  caseId: string;
  status: string;
}

async function caseEvents(pool: pg.Pool, ids: string[]): Promise<EventRow[]> {
  const r = await pool.query<EventRow>(
    `select id, type, payload->>'caseId' as "caseId", status from outbox_event
     where type in ('case.submitted', 'case.notice') and payload->>'caseId' = any($1::text[])`,
    [ids],
  );
  return r.rows;
}

/** Per case: one case.submitted, one case.notice, one derived SMS event — all done — one site
 * message and at least one sent SMS in the logs (exactly one with `smsAtMostOnce`). */
export async function assertSubmissionEffects(
  pool: pg.Pool,
  cases: CaseRow[],
  lines: string[],
  opts: { smsAtMostOnce: boolean },
): Promise<{ smsDuplicates: number }> {
  const ids = cases.map((c) => c.id);
  const events = await caseEvents(pool, ids);
  const key = (e: { caseId: string; type: string }) => `${e.caseId} ${e.type}`;
  const expected = ids.flatMap((id) => [`${id} case.notice`, `${id} case.submitted`]).sort();
  expect(events.map(key).sort()).toEqual(expected);
  expect(events.filter((e) => e.status !== 'done')).toEqual([]);

  const smsIds = events.filter((e) => e.type === 'case.notice').map((e) => smsIdFor(e.id));
  const sms = await pool.query<{ id: string; status: string }>(
    `select id::text, status from outbox_event where type = $1 and id = any($2::uuid[])`,
    [SMS_EVENT, smsIds],
  );
  expect(sms.rows.length).toBe(smsIds.length);
  expect(sms.rows.filter((r) => r.status !== 'done')).toEqual([]);

  const messages = await pool.query<{ caseId: string; n: number }>(
    `select case_id as "caseId", count(*)::int as n from site_message
     where title = '申请已提交' and case_id = any($1::uuid[]) group by 1`,
    [ids],
  );
  expect(messages.rows.length).toBe(ids.length);
  expect(messages.rows.filter((m) => m.n !== 1)).toEqual([]);

  const sent = cases.map((c) => smsLinesFor(lines, c.caseNumber!));
  expect(sent.filter((n) => n === 0).length, 'cases whose SMS was never sent').toBe(0);
  const smsDuplicates = sent.reduce((sum, n) => sum + n - 1, 0);
  if (opts.smsAtMostOnce) expect(smsDuplicates, 'SMS sent twice').toBe(0);
  return { smsDuplicates };
}

/** The event-maintained stats rollup equals the brute-force recount from the source tables. */
export async function assertRollupMatchesRecount(pool: pg.Pool): Promise<void> {
  const db = drizzle({ client: pool }) as unknown as Db;
  expect(await storedRollup(db)).toEqual(await bruteForceRollup(db));
}
