// Moving a bundle version through the catalog's workflow (catalog/version-workflow.ts decides
// which moves exist and who may make them; catalog/version-actions.service.ts does the same for
// implementations). One transaction per move: the status change, the review-log row, the audit
// row and, on publication, the effective dates. Publication runs the bundle rules against the
// members in force on the effective date and refuses with every failure listed; approval needs
// a second pair of eyes (not the account that submitted).
import { and, desc, eq, gt, isNull, ne, or } from 'drizzle-orm';
import { hasPermission } from '../../platform/access/principal.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { businessDate, isBusinessDate } from '../../platform/time/business-date.ts';
import { STAFF_PERMISSIONS, covers, requireAnyOf, type CatalogCtx } from '../catalog/catalog-access.ts';
import { versionActionRow } from '../catalog/version-actions.service.ts';
import { findTransition, type VersionAction } from '../catalog/version-workflow.ts';
import type { BundleVersionActionBody, BundleVersionDetail } from './bundles.schemas.ts';
import { bundleVersion, bundleVersionAction, type BundleVersionRow } from './schema.ts';
import { bundleRuleFailures, bundleVersionDetail, bundleVersionInScope, placeOf } from './versions.read.ts';

const PURPOSE = 'review and publish the life-event bundles';

const invalid = (path: string, message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, messageZh }] });

/** A date given for publish or retire: a calendar date, not before today. */
function dateFrom(input: string | undefined, today: string): string {
  const date = input ?? today;
  if (!isBusinessDate(date)) throw invalid('/body/effectiveFrom', 'not a calendar date', '不是有效日期');
  if (date < today)
    throw invalid('/body/effectiveFrom', `must be today (${today}) or later`, `日期不得早于今天（${today}）`);
  return date;
}

export async function actOnBundleVersion(
  ctx: CatalogCtx,
  id: string,
  body: BundleVersionActionBody,
): Promise<BundleVersionDetail> {
  requireAnyOf(ctx.principal, STAFF_PERMISSIONS);
  const action = body.action as VersionAction;
  const today = businessDate();
  await ctx.db.transaction(async (tx) => {
    const { version, bundle: b } = await bundleVersionInScope(ctx, tx, id, true);
    const transition = findTransition(version.status, action);
    if (!transition)
      throw new AppError('CATALOG_TRANSITION_NOT_ALLOWED', {
        detail: `cannot ${action} a version that is ${version.status}`,
      });
    if (
      !hasPermission(ctx.principal, transition.permission) ||
      !covers(ctx.principal, transition.permission, placeOf(b))
    )
      throw new AppError('FORBIDDEN', { detail: `${action} needs ${transition.permission} for ${b.code}` });
    if (transition.commentRequired && !body.comment?.trim())
      throw invalid('/body/comment', `say why (${action})`, `${transition.zh}须说明理由`);
    if (body.effectiveFrom !== undefined && !['publish', 'retire'].includes(action))
      throw invalid('/body/effectiveFrom', 'only publish and retire take a date', '仅发布和废止需要日期');
    if (action === 'approve') await checkFourEyes(ctx, tx, id);

    let dates: { effectiveFrom?: string; effectiveTo?: string | null } = {};
    if (action === 'publish') {
      const from = dateFrom(body.effectiveFrom, today);
      await refuseOnRules(tx, version, from);
      dates = await takeOver(tx, version, from);
    } else if (action === 'retire')
      dates = await retire(tx, version, dateFrom(body.effectiveFrom, today), today);

    await tx
      .update(bundleVersion)
      .set({
        status: transition.to,
        updatedAt: new Date(),
        ...dates,
        ...(action === 'publish' && { publishedAt: new Date() }),
      })
      .where(eq(bundleVersion.id, id));
    await tx
      .insert(bundleVersionAction)
      .values(versionActionRow(ctx, id, version.status, transition, body.comment, dates));
    await recordAudit(tx, ctx.actor, {
      action: `bundle.version.${action}`,
      purpose: PURPOSE,
      resource: { type: 'bundle-version', id },
      detail: { bundleCode: b.code, version: version.version, ...dates },
    });
  });
  const { version, bundle: b } = await bundleVersionInScope(ctx, ctx.db, id);
  return bundleVersionDetail(ctx.db, b, version, today);
}

/** 422 BUNDLE_RULES_FAILED with every failure, against the members in force on `date`. */
async function refuseOnRules(tx: Db, v: BundleVersionRow, date: string) {
  const failures = await bundleRuleFailures(tx, v.content, date);
  if (failures.length)
    throw new AppError('BUNDLE_RULES_FAILED', {
      detail: `${failures.length} publication rule(s) failed`,
      errors: failures.map((f) => ({ path: f.path, message: `${f.rule}: ${f.en}`, messageZh: f.zh })),
    });
}

async function checkFourEyes(ctx: CatalogCtx, tx: Db, id: string) {
  const [submitted] = await tx
    .select({ actorId: bundleVersionAction.actorId })
    .from(bundleVersionAction)
    .where(and(eq(bundleVersionAction.versionId, id), eq(bundleVersionAction.action, 'submit')))
    .orderBy(desc(bundleVersionAction.at), desc(bundleVersionAction.id))
    .limit(1);
  if (submitted?.actorId === ctx.principal.accountId)
    throw new AppError('FORBIDDEN', {
      detail: 'four-eyes principle: a version cannot be approved by the account that submitted it',
    });
}

/**
 * Publication on `effectiveFrom`: the version in force or scheduled before it ends that day. A
 * predecessor starting on or after that day would be skipped entirely, which is never meant.
 */
async function takeOver(tx: Db, v: BundleVersionRow, effectiveFrom: string) {
  const open = await tx
    .select()
    .from(bundleVersion)
    .where(
      and(
        eq(bundleVersion.bundleId, v.bundleId),
        eq(bundleVersion.status, 'published'),
        ne(bundleVersion.id, v.id),
        or(isNull(bundleVersion.effectiveTo), gt(bundleVersion.effectiveTo, effectiveFrom)),
      ),
    )
    .for('update');
  const clash = open.find((p) => p.effectiveFrom !== null && p.effectiveFrom >= effectiveFrom);
  if (clash)
    throw new AppError('CONFLICT', {
      detail: `version ${clash.version} takes effect on ${clash.effectiveFrom}; publish this one after that date`,
    });
  for (const p of open)
    await tx
      .update(bundleVersion)
      .set({ effectiveTo: effectiveFrom, updatedAt: new Date() })
      .where(eq(bundleVersion.id, p.id));
  return { effectiveFrom, effectiveTo: null };
}

/**
 * Retirement on `effectiveTo` (today unless given). A version still scheduled never takes
 * effect: it ends on its own start, and the predecessor it would have replaced stays in force.
 */
async function retire(tx: Db, v: BundleVersionRow, effectiveTo: string, today: string) {
  if (v.effectiveFrom !== null && v.effectiveFrom > today) {
    await tx
      .update(bundleVersion)
      .set({ effectiveTo: null, updatedAt: new Date() })
      .where(
        and(
          eq(bundleVersion.bundleId, v.bundleId),
          eq(bundleVersion.status, 'published'),
          eq(bundleVersion.effectiveTo, v.effectiveFrom),
        ),
      );
    return { effectiveTo: v.effectiveFrom };
  }
  return { effectiveTo: v.effectiveTo !== null && v.effectiveTo < effectiveTo ? v.effectiveTo : effectiveTo };
}
