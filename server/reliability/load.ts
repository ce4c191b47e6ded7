// A submission load for the reliability tests: concurrent clients, each POSTing submitted cases
// under unique Idempotency-Keys, spread round-robin over one or more servers; and the checks
// that read the database afterwards.
import type pg from 'pg';
import type { Citizen } from './citizen.ts';

export interface Attempt {
  key: string;
  target: string;
  /** HTTP status; undefined when the connection failed (the server died under the request). */
  status?: number;
  caseId?: string;
  caseNumber?: string;
  error?: string;
}

export interface LoadOptions {
  citizen: Citizen;
  targets: string[];
  body: Record<string, unknown>;
  clients: number;
  keyPrefix: string;
  /** Stop starting new requests once this many were acknowledged (2xx), or `total` were sent. */
  total: number;
  deadlineMs: number;
  /** Called once per acknowledgement with the count so far (e.g. to kill the server). */
  onAck?: (acked: number) => void;
}

export interface LoadResult {
  attempts: Attempt[];
  /** Requests sent but not answered when `stop()` was first called. */
  inFlightAtStop: number;
}

/** Runs the load; `stop` ends it early (new requests stop; requests in flight finish or fail). */
export function submissionLoad(opts: LoadOptions): { done: Promise<LoadResult>; stop(): void } {
  const attempts: Attempt[] = [];
  let stopped = false;
  let inFlight = 0;
  let inFlightAtStop = -1;
  let sent = 0;
  let acked = 0;
  const deadline = Date.now() + opts.deadlineMs;
  const stop = () => {
    if (!stopped) inFlightAtStop = inFlight;
    stopped = true;
  };
  const client = async () => {
    while (!stopped && sent < opts.total && Date.now() < deadline) {
      const n = sent++;
      const a: Attempt = { key: `${opts.keyPrefix}-${n}`, target: opts.targets[n % opts.targets.length]! };
      attempts.push(a);
      inFlight++;
      try {
        const r = await opts.citizen.req(a.target, 'POST', '/api/v1/cases', opts.body, {
          'idempotency-key': a.key,
        });
        a.status = r.status;
        if (r.status === 201) {
          a.caseId = r.body.id;
          a.caseNumber = r.body.caseNumber;
          opts.onAck?.(++acked);
        } else a.error = JSON.stringify(r.body).slice(0, 300);
      } catch (e) {
        a.error = String((e as Error).cause ?? e);
      } finally {
        inFlight--;
      }
    }
  };
  const done = Promise.all(Array.from({ length: opts.clients }, client)).then(() => ({
    attempts,
    inFlightAtStop: inFlightAtStop < 0 ? 0 : inFlightAtStop,
  }));
  return { done, stop };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns true; throws with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(200);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export async function count(pool: pg.Pool, text: string, values: unknown[] = []): Promise<number> {
  const r = await pool.query<{ n: number }>(`select count(*)::int as n from (${text}) q`, values);
  return r.rows[0]!.n;
}

/** Waits until no event but a scheduled job's run (published every few seconds) is pending. */
export const outboxDrained = (pool: pg.Pool, timeoutMs: number) =>
  waitFor(
    'the outbox to drain',
    async () =>
      (await count(pool, `select 1 from outbox_event where status = 'pending' and type not like 'job.%'`)) ===
      0,
    timeoutMs,
  );

export interface KeyedCase {
  key: string;
  statusCode: number;
  caseId: string | null;
}

/** The idempotency records of POST /cases whose key starts with `prefix`. */
export async function keyedCases(pool: pg.Pool, prefix: string): Promise<Map<string, KeyedCase>> {
  const r = await pool.query<KeyedCase>(
    `select key, status_code as "statusCode", response->>'id' as "caseId" from idempotency_record
     where scope = 'cases.create' and key like $1`,
    [`${prefix}-%`],
  );
  return new Map(r.rows.map((row) => [row.key, row]));
}

export interface CaseRow {
  id: string;
  caseNumber: string | null;
  status: string;
}

/** The cases created since `since` (the load's cases: demo data is older). */
export async function casesSince(pool: pg.Pool, since: Date): Promise<CaseRow[]> {
  const r = await pool.query<CaseRow>(
    `select id, case_number as "caseNumber", status from service_case where created_at >= $1`,
    [since],
  );
  return r.rows;
}

/** How many log adapter SMS lines name the case number, over every process's output. */
export function smsLinesFor(lines: string[], caseNumber: string): number {
  return lines.filter((l) => l.includes('notification sent (log adapter)') && l.includes(caseNumber)).length;
}
