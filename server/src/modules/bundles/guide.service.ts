// The public side of bundles: the list on the portal's 一件事 area, one bundle's guide (the
// whole plan: every member, the merged form and material set, the savings), and the plan for a
// set of answers (what the wizard shows). Signed-in callers also learn which e-licenses they hold.
import type { Principal } from '../../platform/access/principal.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, type FieldError } from '../../platform/errors/app-error.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { agencyNames } from '../masterdata/queries.ts';
import type { BundleGuide, BundlePlan, BundleSummary } from './bundles.schemas.ts';
import type { BundleContent } from './content.ts';
import { bundleVenues, type BundleLifeEventFilter } from './guide.queries.ts';
import type { Savings } from './plan.ts';
import { buildPlan, typicalSavings } from './plan-build.ts';
import { planView } from './plan-view.ts';
import { bundlesInForce, getBundleInForce, loadMemberVersions, missingMembers } from './plan.queries.ts';
import type { BundleRow } from './schema.ts';

export interface GuideCtx {
  db: Db;
  principal: Principal | null;
}

export function bundleSummary(
  row: BundleRow,
  content: BundleContent,
  leadAgencyName: string,
  savings: Savings,
): BundleSummary {
  return {
    code: row.code,
    name: content.name,
    target: content.target,
    lifeEvent: content.lifeEvent,
    summary: content.summary,
    regionCode: row.regionCode,
    leadAgencyId: row.leadAgencyId,
    leadAgencyName,
    memberCount: content.members.length,
    promisedDays: content.promisedLimit.value,
    savings,
  };
}

/** The members' versions in force, every one of them, or BUNDLE_NOT_IN_FORCE. */
async function allMembersInForce(db: Db, code: string, content: BundleContent, today: string) {
  const versions = await loadMemberVersions(db, content, today);
  const missing = missingMembers(content, versions);
  if (missing.length)
    throw new AppError('BUNDLE_NOT_IN_FORCE', {
      detail: `members of bundle ${code} not in force on ${today}: ${missing.join(', ')}`,
    });
  return versions;
}

export async function listBundles(ctx: GuideCtx, filter: BundleLifeEventFilter): Promise<BundleSummary[]> {
  const today = businessDate();
  const rows = (await bundlesInForce(ctx.db, today)).filter(
    ({ version: { content } }) =>
      (!filter.target || content.target === filter.target) &&
      (!filter.lifeEvent || content.lifeEvent === filter.lifeEvent),
  );
  const names = await agencyNames(
    ctx.db,
    rows.map((r) => r.bundle.leadAgencyId),
  );
  const items: BundleSummary[] = [];
  for (const { bundle, version } of rows) {
    const versions = await loadMemberVersions(ctx.db, version.content, today);
    // A bundle one of whose members is not in force cannot be applied for: not listed.
    if (missingMembers(version.content, versions).length) continue;
    const leadName = names.get(bundle.leadAgencyId) ?? bundle.leadAgencyId;
    items.push(bundleSummary(bundle, version.content, leadName, typicalSavings(version.content, versions)));
  }
  return items;
}

export async function getBundleGuide(ctx: GuideCtx, code: string): Promise<BundleGuide> {
  const today = businessDate();
  const { bundle, version } = await getBundleInForce(ctx.db, code, today);
  const versions = await allMembersInForce(ctx.db, code, version.content, today);
  // The guide lists every member (one notice of everything); savings are the typical application's.
  const plan = buildPlan(version.content, versions, null);
  const savings = typicalSavings(version.content, versions);
  const names = await agencyNames(ctx.db, [bundle.leadAgencyId]);
  const view = await planView(ctx.db, { code, versionId: version.id, plan, principal: ctx.principal, today });
  return {
    ...bundleSummary(bundle, version.content, names.get(bundle.leadAgencyId) ?? bundle.leadAgencyId, savings),
    versionId: version.id,
    effectiveFrom: version.effectiveFrom,
    content: version.content,
    venues: await bundleVenues(ctx.db, version.content.venueIds),
    plan: { ...view, savings },
  };
}

/** Each answer names a question of the bundle and one of its options; every error at once. */
export function answerErrors(content: BundleContent, answers: Record<string, string>): FieldError[] {
  const errors: FieldError[] = [];
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = content.questions.find((q) => q.id === questionId);
    const path = `/body/answers/${questionId}`;
    if (!question) errors.push({ path, message: 'no such question', messageZh: '没有该问题' });
    else if (!question.options.some((o) => o.id === optionId))
      errors.push({
        path,
        message: `not an option of this question (${question.options.map((o) => o.id).join(', ')})`,
        messageZh: '不是该问题的选项',
      });
  }
  return errors;
}

export async function planFor(
  ctx: GuideCtx,
  code: string,
  answers: Record<string, string>,
): Promise<BundlePlan> {
  const today = businessDate();
  const { version } = await getBundleInForce(ctx.db, code, today);
  const errors = answerErrors(version.content, answers);
  if (errors.length) throw new AppError('VALIDATION_FAILED', { errors });
  const versions = await allMembersInForce(ctx.db, code, version.content, today);
  const plan = buildPlan(version.content, versions, answers);
  return planView(ctx.db, { code, versionId: version.id, plan, principal: ctx.principal, today });
}
