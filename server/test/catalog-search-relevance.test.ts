// Search relevance on the colloquial questions of search/questions.ts (written before the ranker
// was tuned). Runs against the demo catalog when it is loaded, else against the search fixture,
// prints the top-1 and top-3 hit rates and every miss, and holds the measured level.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  HELD_OUT_QUESTIONS,
  RELEVANCE_QUESTIONS,
  type RelevanceQuestion,
} from '../src/modules/catalog/search/questions.ts';
import { queryRows } from '../src/platform/db/query.ts';
import { businessDate } from '../src/platform/time/business-date.ts';
import { loadSearchFixture } from './catalog-search-fixture.ts';
import { testPlatform, type TestPlatform } from './helpers.ts';

/** The levels reached on the demo catalog when the ranker was last tuned; lower fails here. */
const MIN_TOP3 = 35 / 35;
const MIN_TOP1 = 34 / 35;
// Held out: a floor under the measured 14/14, not a target (the demo catalog is still growing).
const HELD_OUT_MIN_TOP3 = 12 / 14;

let p: TestPlatform;
let source: string;
let onDemo = false;

beforeAll(async () => {
  p = await testPlatform();
  const today = businessDate();
  const [row] = await queryRows<{ n: number }>(
    p.database.db,
    sql`select count(*)::int as n from catalog_search_doc
        where effective_from <= ${today} and (effective_to is null or effective_to > ${today})`,
  );
  const demo = (row?.n ?? 0) >= 30;
  onDemo = demo;
  source = demo ? `demo catalog (${row!.n} implementations in force)` : 'search fixture';
  if (!demo) await loadSearchFixture(p.database.db);
});

afterAll(async () => {
  await p?.dispose();
});

async function measure(questions: readonly RelevanceQuestion[], title: string) {
  const lines: string[] = [];
  let top1 = 0;
  let top3 = 0;
  for (const { q, expect: names } of questions) {
    const res = await p.app.inject({ url: `/api/v1/catalog/search?q=${encodeURIComponent(q)}&limit=10` });
    expect(res.statusCode, res.body).toBe(200);
    const hits = (res.json() as { items: { name: string; score: number }[] }).items;
    const rank = hits.findIndex((h) => names.includes(h.name));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    const shown = hits
      .slice(0, 3)
      .map((h) => `${h.name}(${h.score})`)
      .join('，');
    const mark = rank === 0 ? 'ok' : rank < 0 || rank >= 3 ? 'MISS' : `#${rank + 1}`;
    lines.push(`  ${mark.padEnd(4)} ${q} → ${names.join('/')}; top 3: ${shown || 'nothing'}`);
  }
  const n = questions.length;
  const pct = (k: number) => `${k}/${n} (${((100 * k) / n).toFixed(1)}%)`;
  console.log(
    `${title} on the ${source}: ${n} questions, top-1 ${pct(top1)}, top-3 ${pct(top3)}\n${lines.join('\n')}`,
  );
  return { n, top1: top1 / n, top3: top3 / n };
}

it('finds the expected item in the top 3 for the colloquial questions', async () => {
  const r = await measure(RELEVANCE_QUESTIONS, 'search relevance');
  expect(r.n).toBeGreaterThanOrEqual(30);
  // The measured levels hold for the demo catalog; the stand-in fixture only has to clear 90 %.
  expect(r.top3).toBeGreaterThanOrEqual(onDemo ? MIN_TOP3 : 0.9);
  if (onDemo) expect(r.top1).toBeGreaterThanOrEqual(MIN_TOP1);
});

it('reports the held-out questions (never tuned for)', async () => {
  const r = await measure(HELD_OUT_QUESTIONS, 'held-out relevance');
  if (onDemo) expect(r.top3).toBeGreaterThanOrEqual(HELD_OUT_MIN_TOP3);
});
