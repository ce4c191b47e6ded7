// Keyset pages ordered by (created_at desc, id desc): the cursor keeps created_at as PostgreSQL
// prints it (full microseconds — a JavaScript Date would drop them and skip rows) and the id.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { AppError } from '../../platform/errors/app-error.ts';
import { decodeCursor } from '../../platform/http/cursor.ts';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2}){0,2}|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The (timestamp, id) of a cursor; 400 when it is not one of ours. */
export function parseTimeCursor(cursor: string | undefined): [string, string] | undefined {
  const key = decodeCursor(cursor, 2);
  if (!key) return undefined;
  const [at, id] = key as [string, string];
  if (!TIMESTAMP.test(at) || !UUID.test(id))
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path: '/query/cursor', message: 'not a cursor from this list', messageZh: '游标无效' }],
    });
  return [at, id];
}

/** created_at as text, for the cursor of the last row. */
export const createdAtText = (col: AnyColumn) => sql<string>`${col}::text`;

/** Rows after the cursor in (created_at desc, id desc) order. */
export function afterCursor(
  createdAt: AnyColumn,
  id: AnyColumn,
  cursor: string | undefined,
): SQL | undefined {
  const key = parseTimeCursor(cursor);
  if (!key) return undefined;
  return sql`(${createdAt}, ${id}) < (${key[0]}::timestamptz, ${key[1]}::uuid)`;
}
