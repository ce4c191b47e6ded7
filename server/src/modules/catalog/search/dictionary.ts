// The per-process search dictionary: custom jieba words (item, implementation and agency names,
// keywords, synonym terms) and the synonym map. Each replica keeps its own copy and compares the
// shared revision (search_dictionary_state) at most once every few seconds, so a change saved on
// one replica reaches every replica within RECHECK_MS without any message bus.
//
// jieba cannot forget a word: a name or synonym that was removed stays in this process's jieba
// until it restarts. That is harmless — an extra word only keeps a phrase in one piece; both the
// documents and the queries still carry its character bigrams, so matching is unaffected.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.ts';
import { queryRows } from '../../../platform/db/query.ts';
import { searchDictionaryState, searchSynonym } from '../schema.ts';
import { addDictionaryWords, normalise } from './tokenizer.ts';

/** How often a replica asks whether the dictionary changed. */
export const RECHECK_MS = 5_000;

/** How old the token statistics may get before a search refreshes them. */
export const STATS_MS = 10 * 60_000;

export interface SearchDictionary {
  revision: number;
  /** Normalised term (spaces removed) → canonical form, e.g. 饭店 → 餐饮. */
  synonyms: ReadonlyMap<string, string>;
  /** In how many current documents each token occurs (approximate: refreshed every STATS_MS). */
  df: ReadonlyMap<string, number>;
  /** How many current documents there are. */
  docs: number;
  statsAt: number;
}

let current: SearchDictionary | null = null;
let checkedAt = 0;
const known = new Set<string>();

/** The dictionary this process uses now (ensureDictionary first when reading from the database). */
export const loadedDictionary = (): SearchDictionary =>
  current ?? { revision: 0, synonyms: new Map(), df: new Map(), docs: 0, statsAt: 0 };

/**
 * Document frequencies of the tokens of the documents that can still be found. One pass over those
 * documents (≈150 ms for 5,000 implementations on PostgreSQL): done on a reload and every
 * STATS_MS, never per query. The query text given to ts_stat is a constant: no user input.
 */
async function tokenStats(db: Db): Promise<{ df: Map<string, number>; docs: number }> {
  const live =
    'select tokens from catalog_search_doc where effective_to is null or effective_to > current_date';
  const [rows, [count]] = await Promise.all([
    queryRows<{ word: string; ndoc: number }>(db, sql`select word, ndoc from ts_stat(${live})`),
    queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from catalog_search_doc
      where effective_to is null or effective_to > current_date`,
    ),
  ]);
  return { df: new Map(rows.map((r) => [r.word, Number(r.ndoc)])), docs: count?.n ?? 0 };
}

const compact = (s: string) => normalise(s).replace(/ /g, '');

function learn(words: Iterable<string>): void {
  const fresh = [...words].filter((w) => w && !known.has(w));
  for (const w of fresh) known.add(w);
  addDictionaryWords(fresh);
}

/** Words of the given texts this process's jieba does not know yet. */
export const unknownWords = (words: readonly string[]) => words.filter((w) => w && !known.has(w));

/** Teaches this process's jieba some words now (a version being indexed). */
export const learnWords = (words: readonly string[]) => learn(words);

/** Reads the whole dictionary from `db` (a transaction sees its own uncommitted changes). */
export async function reloadDictionary(db: Db, now = Date.now()): Promise<SearchDictionary> {
  const [state] = await db.select().from(searchDictionaryState).where(eq(searchDictionaryState.id, 1));
  const synonyms = await db
    .select({ term: searchSynonym.term, canonical: searchSynonym.canonical })
    .from(searchSynonym);
  const words = await queryRows<{ word: string | null }>(
    db,
    sql`
    select name as word from catalog_item
    union select name from agency union select short_name from agency
    union select content->>'name' from implementation_version where status in ('published', 'retired')
    union select jsonb_array_elements_text(content->'keywords') from implementation_version
      where status in ('published', 'retired')`,
  );
  learn(words.flatMap((r) => r.word ?? []));
  learn(synonyms.flatMap((s) => [s.term, s.canonical]));
  current = {
    revision: state?.revision ?? 0,
    synonyms: new Map(synonyms.map((s) => [compact(s.term), s.canonical])),
    ...(await tokenStats(db)),
    statsAt: now,
  };
  checkedAt = now;
  return current;
}

/**
 * The dictionary, reloaded when another replica (or this one) bumped the revision. Cheap: one
 * primary-key read at most every RECHECK_MS, nothing in between.
 */
export async function ensureDictionary(db: Db, now = Date.now()): Promise<SearchDictionary> {
  if (current && now - checkedAt < RECHECK_MS) return current;
  const [state] = await db
    .select({ revision: searchDictionaryState.revision })
    .from(searchDictionaryState)
    .where(eq(searchDictionaryState.id, 1));
  checkedAt = now;
  if (!current || !state || state.revision !== current.revision) return reloadDictionary(db, now);
  if (now - current.statsAt > STATS_MS) current = { ...current, ...(await tokenStats(db)), statsAt: now };
  return current;
}

/** Marks the dictionary changed for every replica (call inside the changing transaction). */
export async function bumpRevision(tx: Db): Promise<number> {
  const [row] = await tx
    .update(searchDictionaryState)
    .set({ revision: sql`${searchDictionaryState.revision} + 1`, updatedAt: sql`now()` })
    .where(eq(searchDictionaryState.id, 1))
    .returning({ revision: searchDictionaryState.revision });
  return row!.revision;
}

/**
 * Canonical forms of the synonym terms the text contains (饭店 in the text → 餐饮), following a
 * canonical that is itself a term (餐饮 → 食品经营) a few steps, never in a loop.
 */
export function canonicalsIn(text: string, dictionary: SearchDictionary): string[] {
  const out = new Set<string>();
  let haystacks = [compact(text)];
  for (let depth = 0; depth < 3 && haystacks.length; depth++) {
    const found: string[] = [];
    for (const [term, canonical] of dictionary.synonyms) {
      if (term && !out.has(canonical) && haystacks.some((h) => h.includes(term))) {
        out.add(canonical);
        found.push(canonical);
      }
    }
    haystacks = found.map(compact);
  }
  return [...out];
}

/** For tests: forget the loaded state, as a freshly started replica would. */
export function resetDictionaryForTests(): void {
  current = null;
  checkedAt = 0;
}
