// The endpoints under load and how each request is made: who calls, with which ids. Names are
// what --only takes.
import { RELEVANCE_QUESTIONS } from '../../server/src/modules/catalog/search/questions.ts';
import { pick, type Endpoint } from './measure.ts';
import type { Caller } from './sessions.ts';
import type { Submitter } from './submission.ts';

export const ENDPOINT_NAMES = ['submission', 'guide', 'search', 'mine', 'detail', 'queue', 'stats'] as const;

export interface Callers {
  submitters: Submitter[];
  /** Heavy applicants' sessions (my cases). */
  heavy: Caller[];
  /** Cases with their owner's session (case detail). */
  owned: { id: string; caller: Caller }[];
  queue: { caller: Caller; view: 'venue' | 'agency' } | null;
  stats: Record<string, string>;
}

/** The month `back` months before this one, China time (YYYY-MM). */
export function monthsAgo(back: number): string {
  const now = new Date(Date.now() + 8 * 3600_000);
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return d.toISOString().slice(0, 7);
}

function submission(s: Submitter[], key: () => string, connections: number): Endpoint {
  let i = 0;
  return {
    name: `submission@${connections}`,
    method: 'POST',
    connections,
    next: () => {
      const one = s[i++ % s.length]!;
      return {
        path: '/api/v1/cases',
        headers: { ...one.caller.headers, 'content-type': 'application/json', 'idempotency-key': key() },
        body: one.body,
      };
    },
  };
}

const get = (name: string, next: () => { path: string; headers?: Record<string, string> }): Endpoint => ({
  name,
  method: 'GET',
  connections: 64,
  next,
});

/** The endpoints that can run with what was found; `skipped` says why the others cannot. */
export function endpoints(
  c: Callers,
  guideCodes: string[],
  key: () => string,
): { list: Endpoint[]; skipped: string[] } {
  const list: Endpoint[] = [];
  const skipped: string[] = [];
  const questions = RELEVANCE_QUESTIONS.map((q) => encodeURIComponent(q.q));
  if (c.submitters.length) list.push(submission(c.submitters, key, 16), submission(c.submitters, key, 64));
  else skipped.push('submission: no citizen could submit (see the refusals above)');
  if (guideCodes.length)
    list.push(get('guide', () => ({ path: `/api/v1/catalog/guides/${pick(guideCodes)}` })));
  else skipped.push('guide: no published implementation');
  list.push(get('search', () => ({ path: `/api/v1/catalog/search?q=${pick(questions)}` })));
  if (c.heavy.length)
    list.push(get('mine', () => ({ path: '/api/v1/cases/mine?limit=20', headers: pick(c.heavy).headers })));
  else skipped.push('mine: no applicant with cases');
  if (c.owned.length)
    list.push(
      get('detail', () => {
        const o = pick(c.owned);
        return { path: `/api/v1/cases/${o.id}`, headers: o.caller.headers };
      }),
    );
  else skipped.push('detail: no person-owned case');
  if (c.queue) {
    const q = c.queue;
    list.push(
      get('queue', () => ({
        path: `/api/v1/cases/queue?view=${q.view}&limit=50`,
        headers: q.caller.headers,
      })),
    );
  } else skipped.push('queue: the queue staff member does not exist');
  const months = `from=${monthsAgo(11)}&to=${monthsAgo(0)}`;
  const by = ['agency', 'month'];
  list.push(
    get('stats', () => ({ path: `/api/v1/stats/overview?${months}&by=${pick(by)}`, headers: c.stats })),
  );
  return { list, skipped };
}
