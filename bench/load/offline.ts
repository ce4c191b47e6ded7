// The figures that are not throughput: the statistics overview timed request by request, and the
// deadline sweeps run in this process against the bench database (they change data: last).
import { join } from 'node:path';
import {
  sweepDeemedAcceptance,
  sweepDeficiencyExpiry,
  sweepOverdue,
  type SweepDeps,
  type SweepResult,
} from '../../server/src/modules/cases/sweeps.ts';
import { localFileStorage } from '../../server/src/platform/storage/local-file-storage.ts';
import type { CapturingDb, Statement } from './capture.ts';
import { monthsAgo } from './endpoints.ts';

export interface StatsTiming {
  name: string;
  query: string;
  firstMs: number;
  worstMs: number;
  status: number;
}

/** City-wide overview by agency and by month over 12 and 36 months: one cold, three warm runs. */
export async function timeStats(base: string, headers: Record<string, string>): Promise<StatsTiming[]> {
  const out: StatsTiming[] = [];
  for (const months of [12, 36])
    for (const by of ['agency', 'month']) {
      const query = `from=${monthsAgo(months - 1)}&to=${monthsAgo(0)}&by=${by}`;
      const times: number[] = [];
      let status = 0;
      for (let i = 0; i < 4; i++) {
        const t = performance.now();
        const res = await fetch(`${base}/api/v1/stats/overview?${query}`, { headers });
        await res.arrayBuffer();
        times.push(performance.now() - t);
        status = res.status;
      }
      out.push({
        name: `stats by ${by}, ${months} months`,
        query,
        firstMs: times[0]!,
        worstMs: Math.max(...times),
        status,
      });
    }
  return out;
}

export interface SweepTiming {
  name: string;
  acted: number;
  skipped: number;
  failed: number;
  candidateQueries: number;
  candidateMs: number;
  totalMs: number;
  /** The first candidate query, for EXPLAIN when the target is missed. */
  candidate: Statement | undefined;
}

// The keyset batch query of each sweep: a select from service_case with ORDER BY, not the
// per-case FOR UPDATE re-read.
const isCandidate = (s: Statement) =>
  /from "service_case"/i.test(s.text) && /order by/i.test(s.text) && !/for update/i.test(s.text);

export async function timeSweeps(cdb: CapturingDb, dataDir: string): Promise<SweepTiming[]> {
  const deps: SweepDeps = { db: cdb.db, storage: localFileStorage(join(dataDir, 'files')) };
  const sweeps: [string, (d: SweepDeps) => Promise<SweepResult>][] = [
    ['sweepOverdue', sweepOverdue],
    ['sweepDeemedAcceptance', sweepDeemedAcceptance],
    ['sweepDeficiencyExpiry', sweepDeficiencyExpiry],
  ];
  const out: SweepTiming[] = [];
  for (const [name, sweep] of sweeps) {
    const t = performance.now();
    const { result, statements } = await cdb.capture(() => sweep(deps));
    const totalMs = performance.now() - t;
    const candidates = statements.filter(isCandidate);
    out.push({
      name,
      acted: result.acted.length,
      skipped: result.skipped,
      failed: result.failed,
      candidateQueries: candidates.length,
      candidateMs: candidates.reduce((n, s) => n + s.ms, 0),
      totalMs,
      candidate: candidates[0],
    });
  }
  return out;
}
