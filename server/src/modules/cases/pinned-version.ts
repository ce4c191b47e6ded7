// The implementation version a case was filed under. Published versions never change (decision
// 0005), so a process may keep them: every action on a case reads its version, and the cache
// saves that query. Bounded, oldest dropped first.
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { ImplementationContent } from '../catalog/content.ts';
import { narrowGuide, type NarrowedGuide } from '../catalog/situations.ts';
import { findVersion } from '../catalog/versions.queries.ts';
import type { ProcedureShape } from './case-workflow.ts';

export interface PinnedVersion {
  versionId: string;
  implementationId: string;
  code: string;
  agencyId: string;
  regionCode: string;
  content: ImplementationContent;
}

const MAX_CACHED = 2000;
const cache = new Map<string, PinnedVersion>();

/** The version by id; NOT_FOUND when missing (a case always pins an existing one). */
export async function getPinnedVersion(db: Db, versionId: string): Promise<PinnedVersion> {
  const hit = cache.get(versionId);
  if (hit) return hit;
  const v = await findVersion(db, versionId);
  if (!v) throw new AppError('NOT_FOUND', { detail: `implementation version ${versionId}` });
  const pinned: PinnedVersion = {
    versionId: v.versionId,
    implementationId: v.implementationId,
    code: v.code,
    agencyId: v.agencyId,
    regionCode: v.regionCode,
    content: v.content,
  };
  // Only published (or retired) versions are frozen; a draft could still change.
  if (v.status === 'published' || v.status === 'retired') {
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(versionId, pinned);
  }
  return pinned;
}

/** The content narrowed by the case's situation answers: its materials and limits. */
export const situationOf = (v: PinnedVersion, answers: Readonly<Record<string, string>>): NarrowedGuide =>
  narrowGuide(v.content, answers);

/** What decides the workflow: the procedure's steps and whether the situation is 即办. */
export function procedureShape(v: PinnedVersion, answers: Readonly<Record<string, string>>): ProcedureShape {
  return {
    stepCodes: v.content.procedure.map((s) => s.code),
    onTheSpot: situationOf(v, answers).promisedLimit.kind === 'on-the-spot',
  };
}
