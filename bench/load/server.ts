// The server under load runs as a child process (its RSS is then its own, not the load
// generator's): the repository's server/src/main.ts on a free port, sampled from /proc every second.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = join(dirname(fileURLToPath(import.meta.url)), '../../server/src/main.ts');

export interface ServerChild {
  base: string;
  pid: number;
  /** Starts attributing RSS samples to a phase (an endpoint's run). */
  phase(name: string | null): void;
  /** Max RSS in MiB per phase, and overall. */
  rss(): { max: number; byPhase: Map<string, number> };
  /** CPU time the server process has used so far, ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** CPU time (user + system) the process has used, in ms; /proc/<pid>/stat counts in 1/100 s. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

function rssMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null; // the process is gone
  }
}

export async function startServer(opts: {
  databaseUrl: string;
  dataDir: string;
  poolMax: number;
}): Promise<ServerChild> {
  const port = await freePort();
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (open it in
  // Chrome DevTools); that is how the profiles behind the result file's analysis were taken.
  // The V8 flag is the one `npm start` sets (server/package.json): it caps the young generation
  // at 32 MiB (the default on a large machine lets it grow to 128 MiB).
  const prof = process.env.BENCH_CPU_PROF;
  const args = ['--max-semi-space-size=16', ...(prof ? ['--cpu-prof', '--cpu-prof-dir', prof] : []), MAIN];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      NODE_ENV: 'development', // production refuses the dev keys the generated data is encrypted with
      DATABASE_URL: opts.databaseUrl,
      DATABASE_POOL_MAX: String(opts.poolMax),
      DATA_DIR: opts.dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      WORKERS: 'true',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (b: Buffer) => (output = (output + b.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Whatever happens to the bench, the server does not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready in 120 s:\n${output}`);
    }
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }

  let current: string | null = null;
  let max = 0;
  const byPhase = new Map<string, number>();
  const timer = setInterval(() => {
    const mib = rssMiB(child.pid!);
    if (mib === null) return;
    max = Math.max(max, mib);
    if (current) byPhase.set(current, Math.max(byPhase.get(current) ?? 0, mib));
  }, 1000);
  timer.unref();

  return {
    base,
    pid: child.pid!,
    phase: (name) => (current = name),
    rss: () => ({ max, byPhase }),
    cpuMs: () => cpuMs(child.pid!),
    stop: async () => {
      clearInterval(timer);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(force);
      }
      process.removeListener('exit', killOnExit);
    },
  };
}
