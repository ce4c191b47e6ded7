// Reading versions for staff: the history of an implementation with each version's review log,
// and one version by id within the caller's scope.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { STAFF_PERMISSIONS, coversAny, type CatalogCtx } from './catalog-access.ts';
import {
  implementation,
  implementationVersion,
  implementationVersionAction,
  type ImplementationVersionRow,
} from './schema.ts';
import { versionState } from './version-workflow.ts';

export const versionSummary = (v: ImplementationVersionRow, today: string) => ({
  id: v.id,
  version: v.version,
  status: v.status,
  state: versionState(v, today),
  effectiveFrom: v.effectiveFrom,
  effectiveTo: v.effectiveTo,
  createdBy: v.createdBy,
  createdAt: v.createdAt.toISOString(),
  updatedAt: v.updatedAt.toISOString(),
  publishedAt: v.publishedAt?.toISOString() ?? null,
});

export async function versionActions(db: Db, versionIds: string[]) {
  if (!versionIds.length) return [];
  const rows = await db
    .select()
    .from(implementationVersionAction)
    .where(inArray(implementationVersionAction.versionId, versionIds))
    .orderBy(asc(implementationVersionAction.at), asc(implementationVersionAction.id));
  return rows.map((a) => ({
    versionId: a.versionId,
    id: a.id,
    action: a.action,
    actorId: a.actorId,
    actorName: a.actorName,
    comment: a.comment,
    at: a.at.toISOString(),
  }));
}

/** Every version of an implementation, newest first, each with its review log. */
export async function versionHistory(db: Db, implementationId: string, today: string) {
  const versions = await db
    .select()
    .from(implementationVersion)
    .where(eq(implementationVersion.implementationId, implementationId))
    .orderBy(desc(implementationVersion.version));
  const actions = await versionActions(
    db,
    versions.map((v) => v.id),
  );
  return versions.map((v) => ({
    ...versionSummary(v, today),
    actions: actions.filter((a) => a.versionId === v.id).map(({ versionId: _v, ...a }) => a),
  }));
}

/** A version and its implementation if the caller's grants cover it; 404 otherwise. */
export async function versionInScope(ctx: CatalogCtx, db: Db, id: string, lock = false) {
  const query = db
    .select({ version: implementationVersion, implementation })
    .from(implementationVersion)
    .innerJoin(implementation, eq(implementation.id, implementationVersion.implementationId))
    .where(eq(implementationVersion.id, id));
  const [row] = lock ? await query.for('update', { of: implementationVersion }) : await query;
  if (!row || !coversAny(ctx.principal, STAFF_PERMISSIONS, row.implementation))
    throw notFound(`version ${id}`);
  return row;
}
