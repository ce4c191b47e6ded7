// The bench's own connection to the bench database, able to record every statement the
// project's code sends (text, parameters, time): how the sweeps' candidate queries are timed and
// how a missed target gets the EXPLAIN (ANALYZE, BUFFERS) of the query really behind it.
// pg_stat_statements would need shared_preload_libraries, i.e. a restart of a shared server.
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db } from '../../server/src/platform/db/database.ts';

export interface Statement {
  text: string;
  values: unknown[];
  ms: number;
}

export interface CapturingDb {
  db: Db;
  pool: pg.Pool;
  /** Runs `fn`, returning what it returned and the statements it sent. */
  capture<T>(fn: () => Promise<T>): Promise<{ result: T; statements: Statement[] }>;
  close(): Promise<void>;
}

type Query = (...args: unknown[]) => unknown;

function textOf(arg: unknown): { text: string; values: unknown[] } | null {
  if (typeof arg === 'string') return { text: arg, values: [] };
  if (arg && typeof arg === 'object' && 'text' in arg)
    return { text: String(arg.text), values: ((arg as { values?: unknown[] }).values ?? []) as unknown[] };
  return null;
}

export async function openCapturing(url: string, poolMax = 4): Promise<CapturingDb> {
  // The same session time zone as the server's pool (business dates are China time).
  const pool = new pg.Pool({ connectionString: url, max: poolMax, options: '-c timezone=Asia/Shanghai' });
  pool.on('error', () => undefined);
  let sink: Statement[] | null = null;
  pool.on('connect', (client) => {
    const original = client.query.bind(client) as Query;
    (client as unknown as { query: Query }).query = (...args: unknown[]) => {
      const q = textOf(args[0]);
      if (!sink || !q) return original(...args);
      const into = sink;
      const t = performance.now();
      const done = () =>
        into.push({ ...q, values: args[1] instanceof Array ? args[1] : q.values, ms: performance.now() - t });
      const cb = args.at(-1);
      if (typeof cb === 'function') {
        args[args.length - 1] = (...r: unknown[]) => {
          done();
          return (cb as Query)(...r);
        };
        return original(...args);
      }
      const out = original(...args);
      if (out instanceof Promise) void out.then(done, done);
      return out;
    };
  });
  const db = drizzle({ client: pool }) as unknown as Db;
  return {
    db,
    pool,
    capture: async (fn) => {
      const statements: Statement[] = [];
      sink = statements;
      try {
        return { result: await fn(), statements };
      } finally {
        sink = null;
      }
    },
    close: () => pool.end(),
  };
}

const READS = /^\s*(select|with)\b/i;
const TRIVIAL = /^\s*select 1\s*$/i;

/** EXPLAIN (ANALYZE, BUFFERS) of a statement, in a transaction rolled back after. */
export async function explain(pool: pg.Pool, s: Statement): Promise<{ plan: string; ms: number }> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const r = await client.query(`explain (analyze, buffers) ${s.text}`, s.values);
    const plan = r.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    return { plan, ms };
  } finally {
    await client.query('rollback').catch(() => undefined);
    client.release();
  }
}

/** The slowest `top` reads among the statements, each with its plan (markdown). */
export async function explainSlowest(pool: pg.Pool, statements: Statement[], top = 2): Promise<string> {
  const reads = statements.filter((s) => READS.test(s.text) && !TRIVIAL.test(s.text));
  const explained: { s: Statement; plan: string; ms: number }[] = [];
  for (const s of reads.slice(0, 40)) {
    try {
      explained.push({ s, ...(await explain(pool, s)) });
    } catch (e) {
      explained.push({ s, plan: `(EXPLAIN failed: ${(e as Error).message})`, ms: -1 });
    }
  }
  explained.sort((a, b) => b.ms - a.ms);
  const total = statements.reduce((n, s) => n + s.ms, 0);
  const head = `${statements.length} statements (${reads.length} reads), ${total.toFixed(1)} ms as timed by the bench process alone (the server stopped); the slowest:`;
  const slowest = [...statements]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 8)
    .map((s) => `- ${s.ms.toFixed(2)} ms: \`${s.text.replace(/\s+/g, ' ').slice(0, 140)}\``);
  const parts = explained
    .slice(0, top)
    .map(
      (e) =>
        `Execution ${e.ms.toFixed(2)} ms:\n\n\`\`\`sql\n${e.s.text}\n-- parameters: ${JSON.stringify(e.s.values).slice(0, 500)}\n\`\`\`\n\n\`\`\`\n${e.plan}\n\`\`\``,
    );
  return [
    head,
    slowest.join('\n'),
    `EXPLAIN (ANALYZE, BUFFERS) of the ${Math.min(top, explained.length)} slowest reads:`,
    ...parts,
  ].join('\n\n');
}
