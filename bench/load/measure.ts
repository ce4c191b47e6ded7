// One endpoint under load: autocannon in this process, a request generator per endpoint, a
// warm-up that is not measured (JIT, pools, PostgreSQL caches), then the measured run.
import autocannon from 'autocannon';

export interface Request {
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Endpoint {
  name: string;
  method: 'GET' | 'POST';
  connections: number;
  next: () => Request;
}

export interface LoadResult {
  name: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Connection errors (timeouts included) and non-2xx answers. */
  errors: number;
  /** The first few non-2xx answers, to say what went wrong. */
  samples: string[];
  /** How long the server took to work off the backlog after the warm-up and after the run. */
  settleMs: [number, number];
  /** The server process's CPU time per answered request (its backlog included), ms. */
  serverCpuMs: number;
}

async function run(base: string, ep: Endpoint, seconds: number, samples: string[]) {
  return autocannon({
    url: base,
    connections: ep.connections,
    duration: seconds,
    requests: [
      {
        method: ep.method,
        setupRequest: (req) => {
          const r = ep.next();
          return { ...req, path: r.path, headers: { ...req.headers, ...r.headers }, body: r.body };
        },
        onResponse: (status, body) => {
          if ((status < 200 || status > 299) && samples.length < 3)
            samples.push(`${status} ${String(body).slice(0, 300)}`);
        },
      },
    ],
  });
}

/**
 * Waits until the server has worked off what the closed connections left behind (it finishes
 * handlers whose client went away): /readyz queues for a pooled connection like any request, so
 * two quick answers in a row mean the backlog is gone. Without this a slow endpoint's backlog
 * is charged to the next one.
 */
export async function settle(base: string, limitMs = 120_000): Promise<number> {
  const start = performance.now();
  let quick = 0;
  while (quick < 2 && performance.now() - start < limitMs) {
    const t = performance.now();
    await fetch(`${base}/readyz`).then(
      (r) => r.arrayBuffer(),
      () => undefined,
    );
    quick = performance.now() - t < 100 ? quick + 1 : 0;
    if (!quick) await new Promise((r) => setTimeout(r, 200));
  }
  return performance.now() - start;
}

export async function measure(
  base: string,
  ep: Endpoint,
  seconds: number,
  warmup: number,
  serverCpuMs: () => number,
): Promise<LoadResult> {
  if (warmup > 0) await run(base, ep, warmup, []);
  const before = await settle(base);
  const samples: string[] = [];
  const cpu0 = serverCpuMs();
  const r = await run(base, ep, seconds, samples);
  const after = await settle(base);
  const cpu = serverCpuMs() - cpu0;
  return {
    name: ep.name,
    connections: ep.connections,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.non2xx, // autocannon's errors include its timeouts
    samples,
    settleMs: [before, after],
    serverCpuMs: r.requests.total ? cpu / r.requests.total : NaN,
  };
}

export const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
