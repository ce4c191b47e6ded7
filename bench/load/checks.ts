// DESIGN.md §5 as checks over one run's figures.
import type { LoadResult } from './measure.ts';
import type { StatsTiming, SweepTiming } from './offline.ts';
import type { PgbenchResult } from './pgbench.ts';
import type { Check } from './report.ts';

const READS_P99 = ['guide', 'search', 'mine', 'detail', 'queue'];
const RATIO_READS = ['guide', 'detail'];
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

function loadChecks(load: LoadResult[], tpcb?: PgbenchResult, select?: PgbenchResult): Check[] {
  const out: Check[] = [];
  for (const r of load) {
    const at = r.name.includes('@') ? r.name : `${r.name} @${r.connections}`;
    if (!r.requests) {
      // Not one answer within the run (every request slower than the duration): no figure at all.
      out.push({
        figure: `${at}: answers`,
        value: 'none within the run',
        target: '> 0',
        pass: false,
        explain: r.name,
      });
      continue;
    }
    if (r.name.startsWith('submission')) {
      if (tpcb)
        out.push({
          figure: `${at}: submissions/s ÷ TPC-B tps (${Math.round(tpcb.tps)} @${tpcb.clients})`,
          value: `${r.rps} → ${pct(r.rps / tpcb.tps)}`,
          target: '≥ 50%',
          pass: r.rps / tpcb.tps >= 0.5,
          explain: r.name,
        });
      out.push({
        figure: `${at}: p99`,
        value: `${r.p99} ms`,
        target: '≤ 100 ms',
        pass: r.p99 <= 100,
        explain: r.name,
      });
    }
    if (RATIO_READS.includes(r.name) && select)
      out.push({
        figure: `${at}: req/s ÷ pgbench -S tps (${Math.round(select.tps)} @${select.clients})`,
        value: `${r.rps} → ${pct(r.rps / select.tps)}`,
        target: '≥ 30%',
        pass: r.rps / select.tps >= 0.3,
        explain: r.name,
      });
    if (READS_P99.includes(r.name))
      out.push({
        figure: `${at}: p99`,
        value: `${r.p99} ms`,
        target: '≤ 50 ms',
        pass: r.p99 <= 50,
        explain: r.name,
      });
    out.push({
      figure: `${at}: every answer 2xx`,
      value: `${r.errors} of ${r.requests} failed`,
      target: '0',
      pass: r.errors === 0,
    });
  }
  return out;
}

export function checksOf(x: {
  load: LoadResult[];
  pgbench: PgbenchResult[];
  stats: StatsTiming[];
  sweeps: SweepTiming[];
  rssMax: number | null;
}): Check[] {
  const tpcb = x.pgbench.find((p) => p.label.includes('TPC-B'));
  const select = x.pgbench.find((p) => p.label.includes('-S'));
  const out = loadChecks(x.load, tpcb, select);
  for (const s of x.stats)
    out.push({
      figure: `${s.name} (worst of 4)`,
      value: `${Math.round(s.worstMs)} ms${s.status === 200 ? '' : ` (HTTP ${s.status})`}`,
      target: '≤ 1000 ms',
      pass: s.worstMs <= 1000 && s.status === 200,
      explain: `stats?${s.query}`,
    });
  if (x.sweeps.length) {
    const total = x.sweeps.reduce((n, s) => n + s.totalMs, 0);
    const slowest = [...x.sweeps].sort((a, b) => b.totalMs - a.totalMs)[0]!;
    out.push({
      figure: `deadline sweeps (${x.sweeps.map((s) => s.name).join(' + ')})`,
      value: `${(total / 1000).toFixed(2)} s, ${x.sweeps.reduce((n, s) => n + s.acted, 0)} cases acted`,
      target: '≤ 10 s',
      pass: total <= 10_000,
      explain: `sweep:${slowest.name}`,
    });
  }
  if (x.rssMax !== null)
    out.push({
      figure: 'server RSS under load (max)',
      value: `${Math.round(x.rssMax)} MiB`,
      target: '≤ 512 MiB',
      pass: x.rssMax <= 512,
    });
  return out;
}
