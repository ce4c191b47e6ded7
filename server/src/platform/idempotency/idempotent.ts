// Idempotent writes (DESIGN.md §4: creating writes accept an Idempotency-Key). The key is claimed
// by an INSERT in the same transaction as the write and the response is stored with it, so:
// - a retry after success gets the stored response, and nothing is written twice;
// - a retry after a crash or a rollback finds no key (it rolled back too) and runs again;
// - two concurrent requests with one key: PostgreSQL makes the second INSERT wait for the first
//   transaction and then conflict, so the second returns the first one's response.
// Keys are per owner (account or API client) and operation; the same key with another request
// body is refused rather than answered with an unrelated response.
import { and, eq } from 'drizzle-orm';
import { sm3Hex } from '../crypto/sm3.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { idempotencyRecord } from './schema.ts';

const KEY = /^[A-Za-z0-9._:-]{1,100}$/;

export interface IdempotencyClaim {
  owner: string;
  scope: string;
  /** The Idempotency-Key header; undefined: the request is not idempotent (runs every time). */
  key: string | undefined;
  /** What the key promises to stand for; compared on replay. */
  request: unknown;
}

export interface IdempotentResult<T> {
  statusCode: number;
  body: T;
  replayed: boolean;
}

/** Canonical JSON (sorted keys) so that the same request hashes the same. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

export function assertIdempotencyKey(key: unknown): asserts key is string | undefined {
  if (key !== undefined && (typeof key !== 'string' || !KEY.test(key)))
    throw new AppError('IDEMPOTENCY_KEY_INVALID');
}

/** Runs `write` in one transaction under the key, or returns the response stored for it. */
export async function idempotent<T>(
  db: Db,
  claim: IdempotencyClaim,
  write: (tx: Db) => Promise<{ statusCode: number; body: T }>,
): Promise<IdempotentResult<T>> {
  assertIdempotencyKey(claim.key);
  const key = claim.key;
  if (key === undefined) return db.transaction(async (tx) => ({ ...(await write(tx)), replayed: false }));
  const requestHash = sm3Hex(Buffer.from(canonical(claim.request)));
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(idempotencyRecord)
      .values({ owner: claim.owner, scope: claim.scope, key, requestHash, statusCode: 0, response: {} })
      .onConflictDoNothing()
      .returning({ key: idempotencyRecord.key });
    if (!claimed.length) {
      const [stored] = await tx
        .select()
        .from(idempotencyRecord)
        .where(
          and(
            eq(idempotencyRecord.owner, claim.owner),
            eq(idempotencyRecord.scope, claim.scope),
            eq(idempotencyRecord.key, key),
          ),
        );
      if (!stored || stored.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
      return { statusCode: stored.statusCode, body: stored.response as T, replayed: true };
    }
    const result = await write(tx);
    await tx
      .update(idempotencyRecord)
      .set({ statusCode: result.statusCode, response: result.body as object })
      .where(
        and(
          eq(idempotencyRecord.owner, claim.owner),
          eq(idempotencyRecord.scope, claim.scope),
          eq(idempotencyRecord.key, key),
        ),
      );
    return { ...result, replayed: false };
  });
}
