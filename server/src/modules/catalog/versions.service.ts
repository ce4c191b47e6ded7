// Versions of an implementation: open a new draft, read one, edit a draft, check it against the
// publication rules, compare two. A published version is never written again: content changes
// only while the version is in EDITABLE_STATUSES, and the UPDATE itself says so, so even a
// racing transition cannot slip an edit into a frozen version.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import {
  STAFF_PERMISSIONS,
  covers,
  isUniqueViolation,
  requireAnyOf,
  type CatalogCtx,
} from './catalog-access.ts';
import type { ImplementationContent } from './content.ts';
import { implementationInScope } from './implementations.service.ts';
import { ruleReport } from './rule-context.ts';
import { implementationVersion } from './schema.ts';
import { diffContent } from './version-diff.ts';
import { EDITABLE_STATUSES, availableActions } from './version-workflow.ts';
import { versionActions, versionInScope, versionSummary } from './versions.read.ts';

const PURPOSE = 'maintain the implementation lists';

const inProgress = () =>
  new AppError('CATALOG_VERSION_IN_PROGRESS', {
    detail: 'finish, publish or withdraw the version in the works first',
  });

export async function openNewVersion(ctx: CatalogCtx, code: string) {
  try {
    return await ctx.db.transaction(async (tx) => {
      const impl = await implementationInScope(ctx, tx, code);
      if (!covers(ctx.principal, 'catalog.edit', impl)) throw notFound(`implementation ${code}`);
      const versions = await tx
        .select()
        .from(implementationVersion)
        .where(eq(implementationVersion.implementationId, impl.id))
        .orderBy(desc(implementationVersion.version));
      if (versions.some((v) => !['published', 'retired'].includes(v.status))) throw inProgress();
      const base = versions.find((v) => v.status === 'published') ?? versions[0]!;
      const id = uuidv7();
      await tx.insert(implementationVersion).values({
        id,
        implementationId: impl.id,
        version: versions[0]!.version + 1,
        status: 'draft',
        content: base.content,
        createdBy: ctx.principal.accountId,
      });
      await recordAudit(tx, ctx.actor, {
        action: 'catalog.version.create',
        purpose: PURPOSE,
        resource: { type: 'implementation-version', id },
        detail: { implementationCode: code, version: versions[0]!.version + 1, from: base.id },
      });
      return { id, version: versions[0]!.version + 1 };
    });
  } catch (e) {
    // The partial unique index implementation_version_open: a concurrent request opened one.
    if (isUniqueViolation(e)) throw inProgress();
    throw e;
  }
}

export async function getVersionDetail(ctx: CatalogCtx, id: string) {
  requireAnyOf(ctx.principal, STAFF_PERMISSIONS);
  const { version, implementation } = await versionInScope(ctx, ctx.db, id);
  const actions = await versionActions(ctx.db, [id]);
  return {
    ...versionSummary(version, businessDate()),
    implementationCode: implementation.code,
    basicItemId: implementation.itemId,
    agencyId: implementation.agencyId,
    regionCode: implementation.regionCode,
    content: version.content,
    availableActions: availableActions(version.status),
    actions: actions.map(({ versionId: _v, ...a }) => a),
  };
}

export async function updateContent(ctx: CatalogCtx, id: string, content: ImplementationContent) {
  await ctx.db.transaction(async (tx) => {
    const { version, implementation } = await versionInScope(ctx, tx, id, true);
    if (!covers(ctx.principal, 'catalog.edit', implementation)) throw notFound(`version ${id}`);
    if (!EDITABLE_STATUSES.includes(version.status))
      throw new AppError('CATALOG_VERSION_NOT_EDITABLE', {
        detail: `version ${version.version} is ${version.status}; only ${EDITABLE_STATUSES.join(' or ')} versions change`,
      });
    const done = await tx
      .update(implementationVersion)
      .set({ content, updatedAt: new Date() })
      .where(
        and(eq(implementationVersion.id, id), inArray(implementationVersion.status, [...EDITABLE_STATUSES])),
      )
      .returning({ id: implementationVersion.id });
    if (!done.length) throw new AppError('CATALOG_VERSION_NOT_EDITABLE');
    await recordAudit(tx, ctx.actor, {
      action: 'catalog.version.edit',
      purpose: PURPOSE,
      resource: { type: 'implementation-version', id },
      detail: { implementationCode: implementation.code, version: version.version },
    });
  });
  return getVersionDetail(ctx, id);
}

export async function checkVersion(ctx: CatalogCtx, id: string) {
  requireAnyOf(ctx.principal, STAFF_PERMISSIONS);
  const { version, implementation } = await versionInScope(ctx, ctx.db, id);
  return ruleReport(ctx.db, implementation.itemId, version.content);
}

/** Changes from `against` (default: the version before this one) to this version. */
export async function diffVersion(ctx: CatalogCtx, id: string, against?: string) {
  requireAnyOf(ctx.principal, STAFF_PERMISSIONS);
  const { version } = await versionInScope(ctx, ctx.db, id);
  let base: typeof version | undefined;
  if (against !== undefined) {
    const other = await versionInScope(ctx, ctx.db, against);
    if (other.version.implementationId !== version.implementationId)
      throw new AppError('VALIDATION_FAILED', {
        errors: [
          {
            path: '/query/against',
            message: 'not a version of the same implementation',
            messageZh: '不是同一实施清单的版本',
          },
        ],
      });
    base = other.version;
  } else {
    [base] = await ctx.db
      .select()
      .from(implementationVersion)
      .where(
        and(
          eq(implementationVersion.implementationId, version.implementationId),
          eq(implementationVersion.version, version.version - 1),
        ),
      );
  }
  return { against: base?.id ?? null, changes: base ? diffContent(base.content, version.content) : [] };
}
