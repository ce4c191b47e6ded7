// What changed between two versions' content, for the reviewer: a structural diff of two JSON
// documents. Lists of things with local ids (materials, questions, steps…) are matched by id, so
// inserting one material shows as one addition rather than every later material "changed".
import { isDeepStrictEqual } from 'node:util';

export interface ContentChange {
  /** e.g. `materials[id=licence].name`, `fee.items[0].amount`, `form.ui["ui:order"][2]`. */
  path: string;
  /** undefined: added. */
  before: unknown;
  /** undefined: removed. */
  after: unknown;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const keyPath = (base: string, key: string) =>
  /^[A-Za-z_$][\w$-]*$/.test(key) ? (base ? `${base}.${key}` : key) : `${base}[${JSON.stringify(key)}]`;

/** Ids when every element is an object with a string id and no id repeats; else null. */
function idsOf(list: unknown[]): string[] | null {
  const ids = list.map((item) => (isObject(item) && typeof item.id === 'string' ? item.id : null));
  if (ids.some((id) => id === null)) return null;
  return new Set(ids).size === ids.length ? (ids as string[]) : null;
}

function diffArrays(a: unknown[], b: unknown[], path: string, out: ContentChange[]) {
  const aIds = idsOf(a);
  const bIds = idsOf(b);
  // Both must be id lists (an empty list is one on either side).
  if (aIds && bIds && (a.length > 0 || b.length > 0)) {
    const byId = (list: unknown[]) => new Map(list.map((item) => [(item as Json).id as string, item]));
    const aMap = byId(a);
    const bMap = byId(b);
    for (const id of aIds) walk(aMap.get(id), bMap.get(id), `${path}[id=${id}]`, out);
    for (const id of bIds)
      if (!aMap.has(id)) out.push({ path: `${path}[id=${id}]`, before: undefined, after: bMap.get(id) });
    // Order matters to the reader (materials are listed in order): report a reordering once.
    const kept = aIds.filter((id) => bMap.has(id));
    const keptAfter = bIds.filter((id) => aMap.has(id));
    if (!isDeepStrictEqual(kept, keptAfter))
      out.push({ path: `${path}[order]`, before: kept, after: keptAfter });
    return;
  }
  for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], `${path}[${i}]`, out);
}

function walk(a: unknown, b: unknown, path: string, out: ContentChange[]) {
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.hasOwn(a, k))];
    for (const key of keys) walk(a[key], b[key], keyPath(path, key), out);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    diffArrays(a, b, path, out);
  } else if (!isDeepStrictEqual(a, b)) {
    out.push({ path, before: a, after: b });
  }
}

/**
 * Changes from `a` to `b`, in document order (a's keys, then keys only b has). An empty list
 * means equal. Leaves and whole added or removed subtrees are reported, never their parents.
 */
export function diffContent(a: unknown, b: unknown): ContentChange[] {
  const out: ContentChange[] = [];
  walk(a, b, '', out);
  return out;
}
