// Bundle definitions, administered like implementations (catalog/versions.service.ts): create a
// bundle with its first draft, open a new version, read, edit a draft. The workflow (submit,
// return, approve, publish, retire) is catalog/version-workflow.ts's table, applied in
// version-actions.service.ts; publication runs the bundle rules (rules.ts) and refuses with
// every failure listed. Scope: the lead agency and the bundle's region, under the catalog
// permissions (catalog.edit / review / publish).
import { and, asc, desc, eq, inArray, like, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import {
  STAFF_PERMISSIONS,
  covers,
  isUniqueViolation,
  requireAnyOf,
  type CatalogCtx,
} from '../catalog/catalog-access.ts';
import { EDITABLE_STATUSES } from '../catalog/version-workflow.ts';
import { agency, region } from '../masterdata/schema.ts';
import type { AdminBundleSummary, BundleVersionDetail, CreateBundleBody } from './bundles.schemas.ts';
import type { BundleContent } from './content.ts';
import { bundle, bundleVersion } from './schema.ts';
import {
  adminSummaries,
  bundleInScope,
  bundleVersionDetail,
  bundleVersionInScope,
  placeOf,
  visibleTo,
} from './versions.read.ts';

export { actOnBundleVersion } from './version-actions.service.ts';

const PURPOSE = 'maintain the life-event bundles';
const MAX_SERIAL = 999;

const invalid = (path: string, message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, messageZh }] });

const inProgress = () =>
  new AppError('BUNDLE_VERSION_IN_PROGRESS', {
    detail: 'finish, publish or withdraw the version in the works first',
  });

export async function listAdminBundles(ctx: CatalogCtx): Promise<AdminBundleSummary[]> {
  requireAnyOf(ctx.principal, STAFF_PERMISSIONS);
  // Bundles are few (tens): the scope is checked on each row with the same covers() as a read.
  const rows = await ctx.db.select().from(bundle).orderBy(asc(bundle.code));
  return adminSummaries(
    ctx.db,
    rows.filter((b) => visibleTo(ctx, b)),
    businessDate(),
  );
}

export async function getAdminBundle(ctx: CatalogCtx, code: string): Promise<AdminBundleSummary> {
  requireAnyOf(ctx.principal, STAFF_PERMISSIONS);
  const row = await bundleInScope(ctx, ctx.db, code);
  const [summary] = await adminSummaries(ctx.db, [row], businessDate());
  return summary!;
}

/** The highest serial used for bundles of `regionCode` (0: none yet); codes are YJS + 6 + 3. */
async function highestSerial(tx: Db, regionCode: string): Promise<number> {
  const [row] = await tx
    .select({ max: sql<number>`coalesce(max(right(${bundle.code}, 3)::int), 0)`.mapWith(Number) })
    .from(bundle)
    .where(and(like(bundle.code, `YJS${regionCode}___`), sql`length(${bundle.code}) = 12`));
  return row?.max ?? 0;
}

async function createOnce(ctx: CatalogCtx, body: CreateBundleBody) {
  return ctx.db.transaction(async (tx) => {
    const leadAgencyId = body.content.leadAgencyId;
    const [lead] = await tx.select({ id: agency.id }).from(agency).where(eq(agency.id, leadAgencyId));
    if (!lead) throw invalid('/body/content/leadAgencyId', 'no such agency', '没有该部门');
    const [place] = await tx.select().from(region).where(eq(region.code, body.regionCode));
    if (!place || place.retired) throw invalid('/body/regionCode', 'no such region', '没有该行政区划');
    if (!covers(ctx.principal, 'catalog.edit', { agencyId: leadAgencyId, regionCode: body.regionCode }))
      throw new AppError('FORBIDDEN', { detail: 'catalog.edit does not cover this lead agency and region' });
    const serial = (await highestSerial(tx, body.regionCode)) + 1;
    if (serial > MAX_SERIAL)
      throw new AppError('CONFLICT', { detail: `the region has used all ${MAX_SERIAL} bundle serials` });
    const code = `YJS${body.regionCode}${String(serial).padStart(3, '0')}`;
    const id = uuidv7();
    const versionId = uuidv7();
    await tx.insert(bundle).values({
      id,
      code,
      regionCode: body.regionCode,
      leadAgencyId,
      createdBy: ctx.principal.accountId,
    });
    await tx.insert(bundleVersion).values({
      id: versionId,
      bundleId: id,
      version: 1,
      status: 'draft',
      content: body.content,
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'bundle.create',
      purpose: PURPOSE,
      resource: { type: 'bundle', id: code },
      detail: { regionCode: body.regionCode, leadAgencyId, versionId },
    });
    return versionId;
  });
}

export async function createBundle(ctx: CatalogCtx, body: CreateBundleBody): Promise<BundleVersionDetail> {
  // Two editors may take the same serial at once: the unique code decides, and the loser retries.
  for (let attempt = 1; ; attempt++) {
    try {
      return await getBundleVersion(ctx, await createOnce(ctx, body));
    } catch (e) {
      if (!isUniqueViolation(e, 'bundle_code_key')) throw e;
      if (attempt >= 4) throw new AppError('CONFLICT', { detail: 'try again', cause: e });
    }
  }
}

export async function openBundleVersion(ctx: CatalogCtx, code: string): Promise<BundleVersionDetail> {
  let id: string;
  try {
    id = await ctx.db.transaction(async (tx) => {
      const b = await bundleInScope(ctx, tx, code);
      if (!covers(ctx.principal, 'catalog.edit', placeOf(b))) throw notFound(`bundle ${code}`);
      const versions = await tx
        .select()
        .from(bundleVersion)
        .where(eq(bundleVersion.bundleId, b.id))
        .orderBy(desc(bundleVersion.version));
      if (versions.some((v) => !['published', 'retired'].includes(v.status))) throw inProgress();
      const base = versions.find((v) => v.status === 'published') ?? versions[0]!;
      const next = versions[0]!.version + 1;
      const newId = uuidv7();
      await tx.insert(bundleVersion).values({
        id: newId,
        bundleId: b.id,
        version: next,
        status: 'draft',
        content: base.content,
        createdBy: ctx.principal.accountId,
      });
      await recordAudit(tx, ctx.actor, {
        action: 'bundle.version.create',
        purpose: PURPOSE,
        resource: { type: 'bundle-version', id: newId },
        detail: { bundleCode: code, version: next, from: base.id },
      });
      return newId;
    });
  } catch (e) {
    // The partial unique index bundle_version_open: a concurrent request opened one.
    if (isUniqueViolation(e)) throw inProgress();
    throw e;
  }
  return getBundleVersion(ctx, id);
}

export async function getBundleVersion(ctx: CatalogCtx, id: string): Promise<BundleVersionDetail> {
  requireAnyOf(ctx.principal, STAFF_PERMISSIONS);
  const { version, bundle: b } = await bundleVersionInScope(ctx, ctx.db, id);
  return bundleVersionDetail(ctx.db, b, version, businessDate());
}

export async function saveBundleVersion(
  ctx: CatalogCtx,
  id: string,
  content: BundleContent,
): Promise<BundleVersionDetail> {
  await ctx.db.transaction(async (tx) => {
    const { version, bundle: b } = await bundleVersionInScope(ctx, tx, id, true);
    if (!covers(ctx.principal, 'catalog.edit', placeOf(b))) throw notFound(`bundle version ${id}`);
    if (!EDITABLE_STATUSES.includes(version.status))
      throw new AppError('CATALOG_VERSION_NOT_EDITABLE', {
        detail: `version ${version.version} is ${version.status}; only ${EDITABLE_STATUSES.join(' or ')} versions change`,
      });
    // The lead agency decides the bundle's scope, so it is fixed when the bundle is created.
    if (content.leadAgencyId !== b.leadAgencyId)
      throw invalid(
        '/body/content/leadAgencyId',
        `the lead agency of ${b.code} is ${b.leadAgencyId}`,
        '一件事的牵头部门不可更改',
      );
    const done = await tx
      .update(bundleVersion)
      .set({ content, updatedAt: new Date() })
      .where(and(eq(bundleVersion.id, id), inArray(bundleVersion.status, [...EDITABLE_STATUSES])))
      .returning({ id: bundleVersion.id });
    if (!done.length) throw new AppError('CATALOG_VERSION_NOT_EDITABLE');
    await recordAudit(tx, ctx.actor, {
      action: 'bundle.version.edit',
      purpose: PURPOSE,
      resource: { type: 'bundle-version', id },
      detail: { bundleCode: b.code, version: version.version },
    });
  });
  return getBundleVersion(ctx, id);
}
