// Reading versions: the one in force on a date (what the guide shows and a new case pins),
// and a version by id (what a case filed earlier keeps reading). `find*` may return nothing.
import { and, desc, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { implementation, implementationVersion } from './schema.ts';

/** Condition: a published version in force on `date` (YYYY-MM-DD, Asia/Shanghai). */
export const inForceOn = (date: string) =>
  and(
    inArray(implementationVersion.status, ['published', 'retired']),
    lte(implementationVersion.effectiveFrom, date),
    or(isNull(implementationVersion.effectiveTo), gt(implementationVersion.effectiveTo, date)),
  );

const versionColumns = {
  implementationId: implementation.id,
  code: implementation.code,
  itemId: implementation.itemId,
  agencyId: implementation.agencyId,
  regionCode: implementation.regionCode,
  versionId: implementationVersion.id,
  version: implementationVersion.version,
  status: implementationVersion.status,
  effectiveFrom: implementationVersion.effectiveFrom,
  effectiveTo: implementationVersion.effectiveTo,
  publishedAt: implementationVersion.publishedAt,
  content: implementationVersion.content,
};

export type FoundVersion = NonNullable<Awaited<ReturnType<typeof findVersionInForce>>>;

/** The published version of implementation `code` in force on `date`, if any. */
export async function findVersionInForce(db: Db, code: string, date: string) {
  const [row] = await db
    .select(versionColumns)
    .from(implementation)
    .innerJoin(implementationVersion, eq(implementationVersion.implementationId, implementation.id))
    .where(and(eq(implementation.code, code), inForceOn(date)))
    .orderBy(desc(implementationVersion.effectiveFrom))
    .limit(1);
  return row;
}

/** A version by id, whatever its state (cases keep reading the version they pinned). */
export async function findVersion(db: Db, versionId: string) {
  const [row] = await db
    .select(versionColumns)
    .from(implementationVersion)
    .innerJoin(implementation, eq(implementation.id, implementationVersion.implementationId))
    .where(eq(implementationVersion.id, versionId));
  return row;
}
