// Chinese tokens for the search index and for queries: jieba words (search mode, HMM on, so
// unknown words are still guessed), minus stopwords, plus the character bigrams of every CJK run
// (the fallback when jieba cuts a name differently in the question and in the catalog: both
// sides always share their bigrams). The same function tokenizes documents and queries.
//
// jieba-wasm instantiates its WebAssembly module on import (≈15 MB) and loads its default
// dictionary (≈120 MB RSS, ≈250 ms) on the first cut — once per process, lazily.
import { add_word, cut, cut_for_search } from 'jieba-wasm';
import { STOPWORDS } from './stopwords.ts';

/** Frequency given to custom words: high enough that jieba keeps an item name in one piece. */
const CUSTOM_WORD_FREQ = 100_000;
/** Lexemes longer than this are dropped (PostgreSQL refuses lexemes over 2 KB anyway). */
const MAX_TOKEN_CHARS = 60;

const HAN = /\p{Script=Han}/u;
/**
 * The only shape a token may have: letters and digits of one script class. The tsvector and the
 * tsquery are built from tokens alone, so this is also what keeps query syntax (quotes,
 * backslashes, & | ! ( ) : *) out of them.
 */
const HAN_RUN = /^\p{Script=Han}+$/u;
const OTHER_RUN = /^[\p{L}\p{N}]+$/u;
export const isSafeToken = (t: string) => HAN_RUN.test(t) || (OTHER_RUN.test(t) && !HAN.test(t));

/**
 * NFKC (full-width letters and digits become ASCII), lower case, every character that is not a
 * letter or digit becomes a space, and Han runs are split from Latin/digit runs so that
 * PostgreSQL's parser sees each token as exactly one word.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{Script=Han})(?=[^\p{Script=Han}\s])|([^\p{Script=Han}\s])(?=\p{Script=Han})/gu, '$1$2 ')
    .trim();
}

const keep = (w: string) => w.length <= MAX_TOKEN_CHARS && !STOPWORDS.has(w) && isSafeToken(w);

/** Bigrams of the CJK runs left between stopwords ("开饭店要办什么证" → 开饭, 饭店; 证). */
function bigramsOf(chunk: string): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    run = '';
  };
  for (const word of cut(chunk, true)) {
    if (HAN.test(word) && !STOPWORDS.has(word)) run += word;
    else flush();
  }
  flush();
  return out;
}

/**
 * The tokens of a text, in order, duplicates kept (a name said twice weighs more in a document;
 * queries dedupe themselves). Without bigrams: jieba words only (long body text, where bigrams
 * would double the index for little gain — names and keywords keep theirs).
 */
export function tokensOf(text: string, options: { bigrams?: boolean } = {}): string[] {
  const bigrams = options.bigrams ?? true;
  const out: string[] = [];
  for (const chunk of normalise(text).split(' ')) {
    if (!chunk) continue;
    if (!HAN.test(chunk)) {
      if (keep(chunk)) out.push(chunk);
      continue;
    }
    for (const w of cut_for_search(chunk, true)) if (keep(w)) out.push(w);
    if (bigrams) for (const b of bigramsOf(chunk)) if (keep(b)) out.push(b);
  }
  return out;
}

/** Teaches jieba words it must keep whole (item and agency names, synonym terms). */
export function addDictionaryWords(words: Iterable<string>): void {
  for (const word of words) {
    for (const w of normalise(word).split(' ')) {
      if (w.length >= 2 && w.length <= MAX_TOKEN_CHARS && HAN_RUN.test(w))
        add_word(w, CUSTOM_WORD_FREQ, null);
    }
  }
}

/** The tsvector source text of some tokens: space-joined, passed as a parameter, never spliced. */
export const vectorText = (tokens: readonly string[]) => tokens.filter((t) => isSafeToken(t)).join(' ');

/**
 * A tsquery matching any of `tokens` (OR), as text for `to_tsquery('simple', $1)` (a parameter).
 * Every operand is a safe token, quoted; null when nothing is left to search for.
 */
export function orQueryText(tokens: Iterable<string>): string | null {
  const unique = [...new Set(tokens)].filter((t) => isSafeToken(t));
  return unique.length ? unique.map((t) => `'${t}'`).join(' | ') : null;
}

/** The words of a query that carry meaning, run together: what trigram similarity compares. */
export function meaningfulText(text: string): string {
  return normalise(text)
    .split(' ')
    .flatMap((chunk) => (HAN.test(chunk) ? cut(chunk, true) : [chunk]))
    .filter((w) => w && !STOPWORDS.has(w))
    .join('');
}
