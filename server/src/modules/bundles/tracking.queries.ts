// Reading bundle cases: the applicant's own (list and detail), and — for staff who can see one of
// its sub-cases — the bundle context of a case (every member's status and due date).
import type { BundleCaseDetail, BundleCaseSummary } from './bundles.schemas.ts';
import type { BundleCtx } from './apply.service.ts';

export async function myBundleCases(
  _ctx: BundleCtx,
  _query: { limit?: number; cursor?: string },
): Promise<{ items: BundleCaseSummary[]; nextCursor: string | null }> {
  throw new Error('not implemented');
}

export async function getBundleCaseDetail(_ctx: BundleCtx, _id: string): Promise<BundleCaseDetail> {
  throw new Error('not implemented');
}
