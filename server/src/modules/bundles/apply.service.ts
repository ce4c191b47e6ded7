// Applying for a bundle: one submission (idempotent under the Idempotency-Key) → a bundle case
// and, in the same transaction, one real case per applicable member whose order constraints
// allow it (fan-out.ts); the others wait for their predecessors (progress.handler.ts).
import type { AuditActor } from '../../platform/audit/record.ts';
import type { Principal } from '../../platform/access/principal.ts';
import type { Db } from '../../platform/db/database.ts';
import type { BundleCaseDetail, CreateBundleCaseBody } from './bundles.schemas.ts';
import type { BundleDeps } from './deps.ts';

export interface BundleCtx {
  db: Db;
  actor: AuditActor;
  principal: Principal;
  deps: BundleDeps;
}

export async function createBundleCase(
  _ctx: BundleCtx,
  _body: CreateBundleCaseBody,
  _idempotencyKey: string | undefined,
): Promise<{ statusCode: number; body: BundleCaseDetail }> {
  throw new Error('not implemented');
}
