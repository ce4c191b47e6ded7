// The result file: the machine, the data, every figure against its DESIGN.md §5 target, the
// EXPLAIN of what missed, and an empty section for the analysis.
import type { LoadResult } from './measure.ts';
import type { StatsTiming, SweepTiming } from './offline.ts';
import type { PgbenchResult } from './pgbench.ts';

export interface Check {
  figure: string;
  value: string;
  target: string;
  pass: boolean;
  /** What to EXPLAIN when missed: an endpoint name, `stats?<query>` or `sweep:<name>`. */
  explain?: string;
}

export interface Run {
  date: string;
  machine: string;
  dataset: string[];
  setup: string[];
  pgbench: PgbenchResult[];
  load: LoadResult[];
  stats: StatsTiming[];
  sweeps: SweepTiming[];
  rss: { max: number; byPhase: Map<string, number> } | null;
  checks: Check[];
  explains: Map<string, string>;
  notes: string[];
}

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—');

function loadTable(run: Run): string[] {
  if (!run.load.length && !run.pgbench.length) return [];
  return [
    '| endpoint | clients | req/s | p50 ms | p99 ms | requests | errors / non-2xx | server CPU ms / request | server RSS max MiB | backlog after warm-up / run s |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...run.pgbench.map(
      (p) =>
        `| ${p.label} | ${p.clients} | ${f0(p.tps)} | avg ${p.latencyMs.toFixed(1)} | — | — | — | — | — | — |`,
    ),
    ...run.load.map(
      (r) =>
        `| ${r.name} | ${r.connections} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.errors} | ${r.serverCpuMs.toFixed(1)} | ${f0(run.rss?.byPhase.get(r.name) ?? NaN)} | ${r.settleMs.map((m) => (m / 1000).toFixed(1)).join(' / ')} |`,
    ),
    '',
    ...run.load
      .filter((r) => r.samples.length)
      .map(
        (r) =>
          `- ${r.name}: first non-2xx answers: ${r.samples.map((s) => `\`${s.replace(/`/g, "'")}\``).join('; ')}`,
      ),
  ];
}

function offlineTables(run: Run): string[] {
  const out: string[] = [];
  if (run.stats.length)
    out.push(
      '| statistics overview (HTTP, sequential) | first ms | worst of 4 ms | status |',
      '|---|---|---|---|',
      ...run.stats.map(
        (s) => `| ${s.name} (\`${s.query}\`) | ${f0(s.firstMs)} | ${f0(s.worstMs)} | ${s.status} |`,
      ),
      '',
    );
  if (run.sweeps.length)
    out.push(
      '| sweep (in-process) | acted | skipped | failed | candidate queries | candidate ms | total ms |',
      '|---|---|---|---|---|---|---|',
      ...run.sweeps.map(
        (s) =>
          `| ${s.name} | ${s.acted} | ${s.skipped} | ${s.failed} | ${s.candidateQueries} | ${f0(s.candidateMs)} | ${f0(s.totalMs)} |`,
      ),
      '',
    );
  return out;
}

export function renderReport(run: Run): string {
  const misses = run.checks.filter((c) => !c.pass);
  return [
    `# Load benchmark · ${run.date}`,
    '',
    `Machine: ${run.machine}.`,
    '',
    '## Dataset',
    '',
    ...run.dataset.map((d) => `- ${d}`),
    '',
    '## Setup',
    '',
    ...run.setup.map((d) => `- ${d}`),
    '',
    '## Figures against DESIGN.md §5',
    '',
    '| figure | measured | target | result |',
    '|---|---|---|---|',
    ...run.checks.map((c) => `| ${c.figure} | ${c.value} | ${c.target} | ${c.pass ? 'PASS' : '**MISS**'} |`),
    '',
    '## Analysis',
    '',
    '_(why each miss happens and what would fix it, from the plans and the CPU column below)_',
    '',
    '## Raw results',
    '',
    ...loadTable(run),
    '',
    ...offlineTables(run),
    ...(run.rss
      ? [`Server RSS (VmRSS of the child process, sampled every second): max ${f0(run.rss.max)} MiB.`, '']
      : []),
    ...(run.notes.length ? ['## Notes', '', ...run.notes.map((n) => `- ${n}`), ''] : []),
    '## Query plans of the misses',
    '',
    ...(misses.length ? [] : ['Nothing missed.', '']),
    ...[...run.explains].flatMap(([key, text]) => [`### ${key}`, '', text, '']),
  ].join('\n');
}
