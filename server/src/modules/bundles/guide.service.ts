// The public side of bundles: the list on the portal's 一件事 area, one bundle's guide (the
// whole plan: every member, the merged form and material set, the savings), and the plan for a
// set of answers (what the wizard shows). Signed-in callers also learn which e-licenses they hold.
import type { Principal } from '../../platform/access/principal.ts';
import type { Db } from '../../platform/db/database.ts';
import type { BundleGuide, BundlePlan, BundleSummary } from './bundles.schemas.ts';
import type { BundleLifeEventFilter } from './guide.queries.ts';

export interface GuideCtx {
  db: Db;
  principal: Principal | null;
}

export async function listBundles(_ctx: GuideCtx, _filter: BundleLifeEventFilter): Promise<BundleSummary[]> {
  throw new Error('not implemented');
}

export async function getBundleGuide(_ctx: GuideCtx, _code: string): Promise<BundleGuide> {
  throw new Error('not implemented');
}

export async function planFor(
  _ctx: GuideCtx,
  _code: string,
  _answers: Record<string, string>,
): Promise<BundlePlan> {
  throw new Error('not implemented');
}
