// Keyset pagination cursors: the sort key of the last row, opaque to clients (base64url JSON).
// A cursor that does not decode is the client's mistake (400), never a 500.
import { AppError } from '../errors/app-error.ts';

export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, parts: number): string[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // No U+0000: PostgreSQL cannot compare text with it (a 500, not the client's 400).
    if (
      Array.isArray(key) &&
      key.length === parts &&
      key.every((k) => typeof k === 'string' && !k.includes('\u0000'))
    )
      return key;
  } catch {
    /* fall through */
  }
  throw new AppError('VALIDATION_FAILED', {
    errors: [{ path: '/query/cursor', message: 'not a cursor from this list', messageZh: '游标无效' }],
  });
}

/** Given limit + 1 rows, returns the page and the cursor of its last row when there is more. */
export function page<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => string[],
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

/** Escapes LIKE wildcards in user text. */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
