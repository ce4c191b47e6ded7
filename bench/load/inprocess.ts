// For a missed target: the endpoint's own service function run once in this process with the
// statement capture on, so the EXPLAIN shows the SQL the server really sends (same code, same
// parameters), not a hand-written look-alike.
import { join } from 'node:path';
import { getCaseDetail } from '../../server/src/modules/cases/case-read.ts';
import { createCase } from '../../server/src/modules/cases/apply.service.ts';
import type { CreateCaseBody } from '../../server/src/modules/cases/apply.schemas.ts';
import { myCases } from '../../server/src/modules/cases/mine.queries.ts';
import { caseQueue } from '../../server/src/modules/cases/queue.queries.ts';
import { getGuide } from '../../server/src/modules/catalog/guide.queries.ts';
import { ensureDictionary } from '../../server/src/modules/catalog/search/dictionary.ts';
import { searchCatalog } from '../../server/src/modules/catalog/search/query.ts';
import { RELEVANCE_QUESTIONS } from '../../server/src/modules/catalog/search/questions.ts';
import { principalFor } from '../../server/src/modules/identity/authenticate.ts';
import { statsOverview } from '../../server/src/modules/stats/overview.queries.ts';
import type { StatsQuery } from '../../server/src/modules/stats/stats.schemas.ts';
import { personalDataCrypto } from '../../server/src/platform/crypto/personal-data.ts';
import { loadConfig } from '../../server/src/platform/config/config.ts';
import { localFileStorage } from '../../server/src/platform/storage/local-file-storage.ts';
import { businessDate } from '../../server/src/platform/time/business-date.ts';
import { explainSlowest, type CapturingDb } from './capture.ts';
import { monthsAgo } from './endpoints.ts';
import { pick } from './measure.ts';

export interface InProcessInputs {
  dataDir: string;
  guideCodes: string[];
  heavy: string[];
  owned: { id: string; owner: string }[];
  submitter: { accountId: string; body: string } | null;
  queue: { accountId: string; view: 'venue' | 'agency' } | null;
  statsAccount: string | null;
}

async function ctxFor(cdb: CapturingDb, dataDir: string, accountId: string) {
  const principal = await principalFor(cdb.db, accountId, null, null);
  if (!principal) throw new Error(`no principal for ${accountId}`);
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
  return {
    db: cdb.db,
    principal,
    actor: { type: principal.kind, id: accountId, origin: '127.0.0.1', requestId: 'bench-explain' },
    storage: localFileStorage(join(dataDir, 'files')),
    crypto: personalDataCrypto(config),
  };
}

/** The operation behind an endpoint (or a statistics variant `stats?<query>`), its caller
 * resolved beforehand (the principal's look-up is not part of what is explained); or null. */
async function operation(
  cdb: CapturingDb,
  name: string,
  x: InProcessInputs,
): Promise<(() => Promise<unknown>) | null> {
  const as = (id: string) => ctxFor(cdb, x.dataDir, id);
  if (name === 'guide') return () => getGuide(cdb.db, pick(x.guideCodes));
  if (name === 'search') {
    const dictionary = await ensureDictionary(cdb.db);
    return () =>
      searchCatalog(cdb.db, { q: pick(RELEVANCE_QUESTIONS).q, limit: 50 }, businessDate(), dictionary);
  }
  if (name === 'mine' && x.heavy.length) {
    const ctx = await as(pick(x.heavy));
    return () => myCases(ctx, { limit: 20 });
  }
  if (name === 'detail' && x.owned.length) {
    const o = pick(x.owned);
    const ctx = await as(o.owner);
    return () => getCaseDetail(ctx, o.id);
  }
  if (name === 'queue' && x.queue) {
    const q = x.queue;
    const ctx = await as(q.accountId);
    return () => caseQueue(ctx, { view: q.view, limit: 50 });
  }
  if (name.startsWith('submission') && x.submitter) {
    const ctx = await as(x.submitter.accountId);
    const body = JSON.parse(x.submitter.body) as CreateCaseBody;
    return () => createCase(ctx, body, `bench-explain-${Date.now()}-${Math.random()}`);
  }
  if (name.startsWith('stats') && x.statsAccount) {
    const query = name.includes('?')
      ? name.slice(name.indexOf('?') + 1)
      : `by=agency&from=${monthsAgo(11)}&to=${monthsAgo(0)}`;
    const q = Object.fromEntries(new URLSearchParams(query)) as unknown as StatsQuery;
    const ctx = await as(x.statsAccount);
    return () => statsOverview(ctx, q);
  }
  return null;
}

/** Markdown: the captured statements' slowest reads with EXPLAIN (ANALYZE, BUFFERS). */
export async function explainEndpoint(cdb: CapturingDb, name: string, x: InProcessInputs): Promise<string> {
  const op = await operation(cdb, name, x).catch(() => null);
  if (!op) return '(no in-process equivalent could be run: missing inputs)';
  // Warm once (dictionary, caches) so the captured run looks like one under load.
  await op().catch(() => undefined);
  try {
    const { statements } = await cdb.capture(op);
    return await explainSlowest(cdb.pool, statements);
  } catch (e) {
    return `(the in-process run failed: ${(e as Error).message})`;
  }
}
