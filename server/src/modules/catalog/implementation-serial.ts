// Serials of new implementation codes: one past the agency's highest in use. Two editors may take
// the same serial at once; the unique index on the code decides and the loser retries.
import { like, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { implementationCode, MAX_SERIAL } from './implementation-code.ts';
import { implementation } from './schema.ts';

/** The highest serial the agency with this USCC has used (0: none yet). */
export async function highestSerial(tx: Db, uscc: string): Promise<number> {
  const [row] = await tx
    .select({
      max: sql<number>`coalesce(max(substring(${implementation.code} from 19)::bigint), 0)`.mapWith(Number),
    })
    .from(implementation)
    .where(like(implementation.code, `${uscc}%`));
  return row?.max ?? 0;
}

/** The code after serial `last` of this agency; a clear problem once every serial is used. */
export function codeAfter(uscc: string, last: number): string {
  if (last >= MAX_SERIAL)
    throw new AppError('CONFLICT', {
      detail: `the agency has used all ${MAX_SERIAL} implementation serials`,
    });
  return implementationCode(uscc, last + 1);
}
