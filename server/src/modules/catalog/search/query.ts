// Ranked catalog search over the documents in force on a date.
//
// Candidates are the documents whose tokens match ANY selective query token (jieba words,
// bigrams and the canonical forms of the synonyms the question contains; tokens found in most
// documents are left out of the selection, see selectiveTokens) — the GIN index on tokens. When
// no document matches, the names trigram-similar to the question are the candidates (GIN
// gin_trgm_ops), so a typo still finds something. The score adds:
//   ts_rank_cd over ALL query tokens, weights D 0.1, C 0.2, B 0.4, A 1.0 (names dominate),
//   ts_rank_cd again over the rare tokens alone (an IDF stand-in, see rareTokens),
//   trigram similarity of the name to the meaningful words of the question,
//   a boost when the question IS the name, a smaller one when the name starts with it.
// Ties break on the implementation code, so the order is total and stable.
//
// Paging: an offset cursor, capped at MAX_RANKED results. A keyset on (score, code) saves nothing
// here — the score is computed for every candidate anyway, there is no index on it — and relevance
// lists are read from the top: nobody pages past 200 hits, they refine the question. Listing
// without a question is ordered by (name, code) and pages with a real keyset.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { queryRows } from '../../../platform/db/query.ts';
import { decodeCursor, encodeCursor, likeEscape } from '../../../platform/http/cursor.ts';
import { businessDate } from '../../../platform/time/business-date.ts';
import { subtreePrefix } from '../../masterdata/region-prefix.ts';
import { canonicalsIn, loadedDictionary, type SearchDictionary } from './dictionary.ts';
import type { SearchQuery } from './search.routes.ts';
import { meaningfulText, orQueryText, tokensOf } from './tokenizer.ts';

export const MAX_RANKED = 200;
const WEIGHTS = '{0.1,0.2,0.4,1.0}';

interface Row {
  code: string;
  name: string;
  agency_id: string;
  agency_name: string;
  region_code: string;
  item_type: string;
  service_targets: string[];
  themes: string[];
  handling_modes: string[];
  city_wide: boolean;
  score: number | string;
}

const hitOf = (r: Row) => ({
  name: r.name,
  implementationCode: r.code,
  agency: { id: r.agency_id, name: r.agency_name },
  regionCode: r.region_code,
  itemType: r.item_type,
  serviceTargets: r.service_targets,
  themes: r.themes,
  handlingModes: r.handling_modes,
  cityWide: r.city_wide,
  score: Math.round(Number(r.score) * 1e4) / 1e4,
});
export type Hit = ReturnType<typeof hitOf>;

const badCursor = () =>
  new AppError('VALIDATION_FAILED', {
    errors: [{ path: '/query/cursor', message: 'not a cursor from this list', messageZh: '游标无效' }],
  });

function rankCursor(key: string[] | undefined): { offset: number; mode: Mode } {
  if (!key) return { offset: 0, mode: 'tokens' };
  const [kind, offset, mode] = key;
  if (kind === 'rank' && /^\d{1,3}$/.test(offset!) && (mode === 'tokens' || mode === 'fuzzy'))
    return { offset: Number(offset), mode };
  throw badCursor();
}

/** What a question is searched with: its tokens plus those of the synonyms' canonical forms. */
export function queryTokens(q: string, dictionary: SearchDictionary): string[] {
  const canonicals = canonicalsIn(q, dictionary);
  return [...new Set([...tokensOf(q), ...canonicals.flatMap((c) => tokensOf(c))])];
}

export function filters(query: SearchQuery, today: string): SQL {
  const parts: SQL[] = [
    sql`d.effective_from <= ${today}`,
    sql`(d.effective_to is null or d.effective_to > ${today})`,
  ];
  if (query.target) parts.push(sql`d.service_targets @> array[${query.target}]::text[]`);
  if (query.theme) parts.push(sql`d.themes @> array[${query.theme}]::text[]`);
  if (query.agencyId) parts.push(sql`d.agency_id = ${query.agencyId}`);
  if (query.regionCode)
    parts.push(sql`d.region_code like ${likeEscape(subtreePrefix(query.regionCode)) + '%'}`);
  if (query.mode) parts.push(sql`d.handling_modes @> array[${query.mode}]::text[]`);
  if (query.cityWide !== undefined) parts.push(sql`d.city_wide = ${query.cityWide}`);
  return sql.join(parts, sql` and `);
}

const columns = sql.raw(
  'd.code, d.name, d.agency_id, d.agency_name, d.region_code, d.item_type, d.service_targets, d.themes, d.handling_modes, d.city_wide',
);

/** A token in more than this share of the documents (and more than COMMON_MIN) is "common". */
const COMMON_SHARE = 0.1;
const COMMON_MIN = 200;

/**
 * The tokens that select candidates: the common ones (许可, 登记, 申请 in a large catalog) are
 * left out — they would make every search rank thousands of documents — but still count in the
 * score. When every token is common, the two rarest select.
 */
export function selectiveTokens(tokens: readonly string[], dictionary: SearchDictionary): string[] {
  const limit = Math.max(COMMON_MIN, dictionary.docs * COMMON_SHARE);
  const df = (t: string) => dictionary.df.get(t) ?? 0;
  const rare = tokens.filter((t) => df(t) <= limit);
  return rare.length ? rare : [...tokens].sort((a, b) => df(a) - df(b)).slice(0, 2);
}

/**
 * ts_rank_cd normalisation 32 (rank / (rank + 1)): a long guide that repeats a common word must
 * not outrank a short one whose NAME is the question (measured: with no normalisation the 公司
 * in every condition of 有限责任公司设立登记 buried 公章刻制备案 for "公司刻公章").
 */
const NORM = 32;
/** Tokens in at most this share of the documents are "rare" and score a second time (an IDF stand-in). */
const RARE_SHARE = 0.05;

/**
 * The rare tokens of a question: matching one says more than matching a common one (就业 vs 登记
 * in "找工作要办就业登记"). ts_rank_cd knows no document frequencies, so the rare ones are
 * ranked again on their own and added.
 */
export function rareTokens(tokens: readonly string[], dictionary: SearchDictionary): string[] {
  const limit = Math.max(1, dictionary.docs * RARE_SHARE);
  return tokens.filter((t) => (dictionary.df.get(t) ?? 0) <= limit);
}

export type Mode = 'tokens' | 'fuzzy';

/**
 * The ranked query of a question (exported for EXPLAIN checks); null when nothing is searchable.
 * Mode tokens: candidates by the GIN index on tokens. Mode fuzzy (when tokens found nothing):
 * candidates by the trigram index on names, so a typo still finds the item.
 */
export function rankedQuery(
  q: string,
  where: SQL,
  dictionary: SearchDictionary,
  page: { limit: number; offset: number; mode: Mode },
): SQL | null {
  const tokens = queryTokens(q, dictionary);
  const words = meaningfulText(q);
  const all = orQueryText(tokens);
  const selective = orQueryText(selectiveTokens(tokens, dictionary));
  const rare = orQueryText(rareTokens(tokens, dictionary));
  const single = [...words].length === 1;
  let match: SQL;
  if (page.mode === 'fuzzy') {
    if (!words) return null;
    match = sql`d.name % ${words}`;
  } else {
    // One character (犬) has no bigram: look for it in the names too (rare, and cheap enough).
    const parts = [
      selective ? sql`d.tokens @@ to_tsquery('simple', ${selective})` : undefined,
      single ? sql`strpos(d.name, ${words}) > 0` : undefined,
    ].filter((x): x is SQL => !!x);
    if (!parts.length) return null;
    match = sql`(${sql.join(parts, sql` or `)})`;
  }
  const q0 = q.trim();
  return sql`select ${columns},
      (${all ? sql`ts_rank_cd(${WEIGHTS}::float4[], d.tokens, to_tsquery('simple', ${all}), ${NORM})` : sql`0`}
       + ${rare ? sql`ts_rank_cd(${WEIGHTS}::float4[], d.tokens, to_tsquery('simple', ${rare}), ${NORM})` : sql`0`}
       + similarity(d.name, ${words})
       + ${single ? sql`case when strpos(d.name, ${words}) > 0 then 0.5 else 0 end` : sql`0`}
       + case when d.name = ${q0} then 2 when starts_with(d.name, ${q0}) then 0.5 else 0 end)::float8 as score
    from catalog_search_doc d
    where ${where} and ${match}
    order by score desc, d.code
    limit ${page.limit + 1} offset ${page.offset}`;
}

async function listInForce(db: Db, query: SearchQuery, where: SQL, key: string[] | undefined) {
  if (key && key[0] !== 'name') throw badCursor();
  const after = key ? sql`and (d.name, d.code) > (${key[1]}, ${key[2]})` : sql``;
  const rows = await queryRows<Row>(
    db,
    sql`select ${columns}, 0 as score from catalog_search_doc d where ${where} ${after}
        order by d.name, d.code limit ${query.limit + 1}`,
  );
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map(hitOf),
    nextCursor: rows.length > query.limit && last ? encodeCursor(['name', last.name, last.code]) : null,
  };
}

export async function searchCatalog(
  db: Db,
  query: SearchQuery,
  today: string = businessDate(),
  dictionary: SearchDictionary = loadedDictionary(),
): Promise<{ items: Hit[]; nextCursor: string | null }> {
  const key = decodeCursor(query.cursor, 3);
  const where = filters(query, today);
  const q = query.q?.trim();
  if (!q) return listInForce(db, query, where, key);
  const { offset, mode } = rankCursor(key);
  const limit = Math.min(query.limit, MAX_RANKED - offset);
  const run = async (m: Mode) => {
    const ranked = limit > 0 ? rankedQuery(q, where, dictionary, { limit, offset, mode: m }) : null;
    return ranked ? queryRows<Row>(db, ranked) : [];
  };
  let used = mode;
  let rows = await run(mode);
  if (!rows.length && mode === 'tokens' && offset === 0) rows = await run((used = 'fuzzy'));
  const items = rows.slice(0, limit);
  const more = rows.length > limit && offset + limit < MAX_RANKED;
  return {
    items: items.map(hitOf),
    nextCursor: more ? encodeCursor(['rank', String(offset + limit), used]) : null,
  };
}
