// Moving a version through its workflow (version-workflow.ts decides which moves exist and who
// may make them). One transaction per move: the status change, the review-log row, the audit
// row, and — on publication — the effective dates, the search index and the outbox event.
// Submit, approve and publish re-run every publication rule and report every failure at once;
// approval needs a second pair of eyes (not the account that submitted).
import { and, desc, eq, gt, isNull, ne, or } from 'drizzle-orm';
import { hasPermission } from '../../platform/access/principal.ts';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { publish } from '../../platform/outbox/publish.ts';
import { businessDate, isBusinessDate } from '../../platform/time/business-date.ts';
import { STAFF_PERMISSIONS, covers, requireAnyOf, type CatalogCtx } from './catalog-access.ts';
import { ruleReport } from './rule-context.ts';
import {
  implementationVersion,
  implementationVersionAction,
  type ImplementationVersionRow,
} from './schema.ts';
import { closeSearchDoc, indexPublishedVersion } from './search/index.ts';
import { findTransition, type VersionAction, type VersionTransition } from './version-workflow.ts';
import { versionInScope } from './versions.read.ts';

export interface VersionActionInput {
  action: VersionAction;
  comment?: string;
  effectiveFrom?: string;
}

const RULE_CHECKED: readonly VersionAction[] = ['submit', 'approve', 'publish'];
const PURPOSE = 'review and publish the catalog';

const invalid = (path: string, message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, messageZh }] });

export async function actOnVersion(ctx: CatalogCtx, id: string, input: VersionActionInput) {
  requireAnyOf(ctx.principal, STAFF_PERMISSIONS);
  const today = businessDate();
  await ctx.db.transaction(async (tx) => {
    const { version, implementation } = await versionInScope(ctx, tx, id, true);
    const transition = findTransition(version.status, input.action);
    if (!transition)
      throw new AppError('CATALOG_TRANSITION_NOT_ALLOWED', {
        detail: `cannot ${input.action} a version that is ${version.status}`,
      });
    if (!hasPermission(ctx.principal, transition.permission))
      throw new AppError('FORBIDDEN', { detail: `${input.action} needs ${transition.permission}` });
    if (!covers(ctx.principal, transition.permission, implementation))
      throw new AppError('NOT_FOUND', { detail: `version ${id}` });
    if (transition.commentRequired && !input.comment?.trim())
      throw invalid('/body/comment', `say why (${input.action})`, `${transition.zh}须说明理由`);
    if (input.effectiveFrom !== undefined && !['publish', 'retire'].includes(input.action))
      throw invalid('/body/effectiveFrom', 'only publish and retire take a date', '仅发布和废止需要日期');

    if (input.action === 'approve') await checkFourEyes(ctx, tx, id);
    if (RULE_CHECKED.includes(input.action)) {
      const report = await ruleReport(tx, implementation.itemId, version.content);
      if (!report.ok)
        throw new AppError('CATALOG_RULES_FAILED', {
          detail: `${report.failures.length} publication rule(s) failed`,
          errors: report.failures.map((f) => ({
            path: f.path,
            message: `${f.rule}: ${f.en}`,
            messageZh: f.zh,
          })),
        });
    }

    const dates: { effectiveFrom?: string; effectiveTo?: string | null } =
      input.action === 'publish'
        ? await takeOver(tx, version, input.effectiveFrom, today)
        : input.action === 'retire'
          ? await retire(tx, version, input.effectiveFrom ?? today, today)
          : {};
    await tx
      .update(implementationVersion)
      .set({
        status: transition.to,
        updatedAt: new Date(),
        ...dates,
        ...(input.action === 'publish' && { publishedAt: new Date() }),
      })
      .where(eq(implementationVersion.id, id));
    await tx
      .insert(implementationVersionAction)
      .values(versionActionRow(ctx, id, version.status, transition, input.comment, dates));
    await recordAudit(tx, ctx.actor, {
      action: `catalog.version.${input.action}`,
      purpose: PURPOSE,
      resource: { type: 'implementation-version', id },
      detail: { implementationCode: implementation.code, version: version.version, ...dates },
    });
    if (input.action === 'publish') {
      await indexPublishedVersion(tx, id);
      await publish(tx, {
        type: 'catalog.version-published',
        payload: {
          implementationCode: implementation.code,
          versionId: id,
          version: version.version,
          effectiveFrom: dates.effectiveFrom,
        },
      });
    }
  });
}

async function checkFourEyes(ctx: CatalogCtx, tx: Db, id: string) {
  const [submitted] = await tx
    .select({ actorId: implementationVersionAction.actorId })
    .from(implementationVersionAction)
    .where(
      and(eq(implementationVersionAction.versionId, id), eq(implementationVersionAction.action, 'submit')),
    )
    .orderBy(desc(implementationVersionAction.at), desc(implementationVersionAction.id))
    .limit(1);
  if (submitted?.actorId === ctx.principal.accountId)
    throw new AppError('FORBIDDEN', {
      detail: 'four-eyes principle: a version cannot be approved by the account that submitted it',
    });
}

/**
 * Publication on `effectiveFrom` (today or later): the version in force or scheduled before it
 * ends that day. A predecessor starting on or after that day would be skipped entirely, which
 * is never meant: refuse.
 */
async function takeOver(
  tx: Db,
  v: ImplementationVersionRow,
  effectiveFrom: string | undefined,
  today: string,
) {
  if (effectiveFrom === undefined)
    throw invalid('/body/effectiveFrom', 'publication needs an effective date', '发布须指定生效日期');
  if (!isBusinessDate(effectiveFrom))
    throw invalid('/body/effectiveFrom', 'not a calendar date', '不是有效日期');
  if (effectiveFrom < today)
    throw invalid(
      '/body/effectiveFrom',
      `must be today (${today}) or later`,
      `生效日期不得早于今天（${today}）`,
    );
  const open = await tx
    .select()
    .from(implementationVersion)
    .where(
      and(
        eq(implementationVersion.implementationId, v.implementationId),
        eq(implementationVersion.status, 'published'),
        ne(implementationVersion.id, v.id),
        or(isNull(implementationVersion.effectiveTo), gt(implementationVersion.effectiveTo, effectiveFrom)),
      ),
    )
    .for('update');
  const clash = open.find((p) => p.effectiveFrom !== null && p.effectiveFrom >= effectiveFrom);
  if (clash)
    throw new AppError('CONFLICT', {
      detail: `version ${clash.version} takes effect on ${clash.effectiveFrom}; publish this one after that date`,
    });
  for (const p of open) {
    await tx
      .update(implementationVersion)
      .set({ effectiveTo: effectiveFrom, updatedAt: new Date() })
      .where(eq(implementationVersion.id, p.id));
    await closeSearchDoc(tx, p.id, effectiveFrom);
  }
  return { effectiveFrom, effectiveTo: null };
}

/**
 * Retirement on `effectiveTo` (today or later). A version still scheduled never takes effect:
 * it ends on its own start, and the predecessor it would have replaced stays in force.
 */
async function retire(tx: Db, v: ImplementationVersionRow, effectiveTo: string, today: string) {
  if (!isBusinessDate(effectiveTo))
    throw invalid('/body/effectiveFrom', 'not a calendar date', '不是有效日期');
  if (effectiveTo < today)
    throw invalid(
      '/body/effectiveFrom',
      `must be today (${today}) or later`,
      `废止日期不得早于今天（${today}）`,
    );
  if (v.effectiveFrom !== null && v.effectiveFrom > today) {
    const start = v.effectiveFrom;
    const reopened = await tx
      .update(implementationVersion)
      .set({ effectiveTo: null, updatedAt: new Date() })
      .where(
        and(
          eq(implementationVersion.implementationId, v.implementationId),
          eq(implementationVersion.status, 'published'),
          eq(implementationVersion.effectiveTo, start),
        ),
      )
      .returning({ id: implementationVersion.id });
    for (const r of reopened) await indexPublishedVersion(tx, r.id);
    await closeSearchDoc(tx, v.id, start);
    return { effectiveTo: start };
  }
  const end = v.effectiveTo !== null && v.effectiveTo < effectiveTo ? v.effectiveTo : effectiveTo;
  await closeSearchDoc(tx, v.id, end);
  return { effectiveTo: end };
}

/** One row of a version's review log (implementation and bundle versions log alike). */
export function versionActionRow(
  ctx: CatalogCtx,
  versionId: string,
  from: string,
  t: VersionTransition,
  comment: string | undefined,
  detail: Record<string, unknown>,
) {
  return {
    id: uuidv7(),
    versionId,
    action: t.action,
    actorId: ctx.principal.accountId,
    actorName: ctx.principal.name,
    comment: comment?.trim() || null,
    detail: { from, to: t.to, ...detail },
  };
}
