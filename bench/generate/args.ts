// Command line of the data generator: `npm run generate -w bench -- --db <name> --cases <N> …`.
export interface Options {
  db: string;
  cases: number;
  batch: number;
  seed: number;
  implementations: number;
  /** Target share of open cases (accepted, reviewed, suspended, submitted, correction-requested). */
  openShare: number;
  heavy: number;
  adminUrl: string;
  drop: boolean;
  check: boolean;
  verifyStats: boolean;
  /** Load only: skip dropping and recreating the secondary indexes. */
  keepIndexes: boolean;
  /** Builder threads (each builds and COPYs its own batches). */
  workers: number;
}

const USAGE = `usage: npm run generate -w bench -- [--db tongban_bench_10m] [--cases 10000000]
  [--batch 20000] [--seed 9] [--implementations 5000] [--open-share 0.03] [--heavy 20]
  [--workers 2] [--keep-indexes] [--check] [--verify-stats] [--drop]
  BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres (the server to create the database on)`;

export function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    db: 'tongban_bench_10m',
    cases: 10_000_000,
    batch: 20_000,
    seed: 9,
    implementations: 5000,
    openShare: 0.03,
    heavy: 20,
    adminUrl: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    drop: false,
    check: false,
    verifyStats: false,
    keepIndexes: false,
    workers: 2,
  };
  const number = (v: string | undefined, name: string) => {
    const n = Number(v);
    if (!v || !Number.isFinite(n) || n < 0) throw new Error(`${name} needs a number\n${USAGE}`);
    return n;
  };
  // Numeric options: name → how the value is stored (integers floored, lower bounds applied).
  const numeric: Record<string, (n: number) => void> = {
    '--cases': (n) => (o.cases = Math.floor(n)),
    '--batch': (n) => (o.batch = Math.max(1000, Math.floor(n))),
    '--seed': (n) => (o.seed = Math.floor(n)),
    '--implementations': (n) => (o.implementations = Math.floor(n)),
    '--open-share': (n) => (o.openShare = n),
    '--heavy': (n) => (o.heavy = Math.floor(n)),
    '--workers': (n) => (o.workers = Math.max(1, Math.floor(n))),
  };
  const flags: Record<string, () => void> = {
    '--drop': () => (o.drop = true),
    '--check': () => (o.check = true),
    '--verify-stats': () => (o.verifyStats = true),
    '--keep-indexes': () => (o.keepIndexes = true),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = argv[i + 1];
    if (a === '--db') {
      if (!v || !/^[a-z_][a-z0-9_]*$/.test(v)) throw new Error(`--db needs a plain database name\n${USAGE}`);
      o.db = v;
      i++;
    } else if (numeric[a]) {
      numeric[a](number(v, a));
      i++;
    } else if (flags[a]) flags[a]();
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return o;
}

export function databaseUrl(o: Options): string {
  const url = new URL(o.adminUrl);
  url.pathname = `/${o.db}`;
  return url.toString();
}
