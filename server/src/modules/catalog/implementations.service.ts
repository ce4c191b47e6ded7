// Implementations (实施清单): one agency's handling of a basic item in one region. Staff see and
// change only the implementations their grants cover (agency, region subtree; none: the city);
// the rest answer 404. A new implementation gets its code from the agency's USCC and the
// agency's next serial, and a first draft that starts from the basic item.
import { and, asc, eq, gt, ilike, like, sql, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { decodeCursor, likeEscape, page } from '../../platform/http/cursor.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { agency, region } from '../masterdata/schema.ts';
import { subtreePrefix } from '../masterdata/region-prefix.ts';
import {
  STAFF_PERMISSIONS,
  covers,
  coversAny,
  implementationScopeWhere,
  isUniqueViolation,
  requireAnyOf,
  type CatalogCtx,
} from './catalog-access.ts';
import type { ImplementationContent } from './content.ts';
import { draftContentFrom } from './draft-content.ts';
import { codeAfter, highestSerial } from './implementation-serial.ts';
import { basicItemContentOf } from './items.service.ts';
import { catalogItem, implementation, implementationVersion, type VersionStatus } from './schema.ts';
import { versionState, type VersionState } from './version-workflow.ts';
import { versionHistory } from './versions.read.ts';

export interface ImplementationQuery {
  q?: string;
  agencyId?: string;
  regionCode?: string;
  itemType?: string;
  state?: VersionState;
  limit: number;
  cursor?: string;
}

const latest = sql<{
  version: number;
  status: VersionStatus;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}>`(
  select json_build_object('version', v.version, 'status', v.status,
    'effectiveFrom', v.effective_from, 'effectiveTo', v.effective_to)
  from implementation_version v where v.implementation_id = ${implementation.id}
  order by v.version desc limit 1)`;
const inForce = (today: string) => sql<number | null>`(
  select v.version from implementation_version v
  where v.implementation_id = ${implementation.id} and v.status in ('published', 'retired')
    and v.effective_from <= ${today} and (v.effective_to is null or v.effective_to > ${today})
  order by v.effective_from desc limit 1)`;

/** versionState() of the latest version, in SQL (for the filter). */
const latestState = (today: string) => sql`(
  select case when v.status <> 'published' then v.status
    when v.effective_from > ${today} then 'scheduled'
    when v.effective_to is not null and v.effective_to <= ${today} then 'superseded'
    else 'in-force' end
  from implementation_version v where v.implementation_id = ${implementation.id}
  order by v.version desc limit 1)`;

const summaryQuery = (db: Db, today: string) =>
  db
    .select({
      id: implementation.id,
      code: implementation.code,
      name: catalogItem.name,
      basicItemId: implementation.itemId,
      agencyId: implementation.agencyId,
      agencyName: agency.name,
      regionCode: implementation.regionCode,
      itemType: catalogItem.itemType,
      createdBy: implementation.createdBy,
      createdAt: implementation.createdAt,
      inForceVersion: inForce(today),
      latest,
    })
    .from(implementation)
    .innerJoin(agency, eq(agency.id, implementation.agencyId))
    .innerJoin(catalogItem, eq(catalogItem.id, implementation.itemId));

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

const summaryView = (r: SummaryRow, today: string) => ({
  id: r.id,
  code: r.code,
  name: r.name,
  basicItemId: r.basicItemId,
  agency: { id: r.agencyId, name: r.agencyName },
  regionCode: r.regionCode,
  itemType: r.itemType,
  inForceVersion: r.inForceVersion === null ? null : Number(r.inForceVersion),
  latestVersion: r.latest.version,
  latestStatus: r.latest.status,
  latestState: versionState(r.latest, today),
});

export async function listImplementations(ctx: CatalogCtx, input: ImplementationQuery) {
  requireAnyOf(ctx.principal, STAFF_PERMISSIONS);
  const today = businessDate();
  const after = decodeCursor(input.cursor, 1)?.[0];
  const conditions: (SQL | undefined)[] = [
    implementationScopeWhere(ctx.principal, STAFF_PERMISSIONS),
    after !== undefined ? gt(implementation.code, after) : undefined,
    input.q ? ilike(catalogItem.name, `%${likeEscape(input.q)}%`) : undefined,
    input.agencyId ? eq(implementation.agencyId, input.agencyId) : undefined,
    input.regionCode ? like(implementation.regionCode, `${subtreePrefix(input.regionCode)}%`) : undefined,
    input.itemType ? eq(catalogItem.itemType, input.itemType) : undefined,
    input.state ? sql`${latestState(today)} = ${input.state}` : undefined,
  ];
  const rows = await summaryQuery(ctx.db, today)
    .where(and(...conditions))
    .orderBy(asc(implementation.code))
    .limit(input.limit + 1);
  const result = page(rows, input.limit, (r) => [r.code]);
  return { items: result.items.map((r) => summaryView(r, today)), nextCursor: result.nextCursor };
}

/** The implementation if the caller's grants cover it (any catalog permission); else 404. */
export async function implementationInScope(ctx: CatalogCtx, db: Db, code: string) {
  const [row] = await db.select().from(implementation).where(eq(implementation.code, code));
  if (!row || !coversAny(ctx.principal, STAFF_PERMISSIONS, row)) throw notFound(`implementation ${code}`);
  return row;
}

export async function getImplementation(ctx: CatalogCtx, code: string) {
  requireAnyOf(ctx.principal, STAFF_PERMISSIONS);
  const today = businessDate();
  const impl = await implementationInScope(ctx, ctx.db, code);
  const [row] = await summaryQuery(ctx.db, today).where(eq(implementation.id, impl.id));
  return {
    ...summaryView(row!, today),
    createdBy: row!.createdBy,
    createdAt: row!.createdAt.toISOString(),
    versions: await versionHistory(ctx.db, impl.id, today),
  };
}

export interface CreateImplementationInput {
  basicItemId: string;
  agencyId: string;
  regionCode: string;
  content?: ImplementationContent;
}

const invalid = (path: string, message: string, messageZh: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, messageZh }] });

export async function createImplementation(ctx: CatalogCtx, input: CreateImplementationInput) {
  // Two editors may take the same serial at once: the unique code decides, and the loser retries.
  for (let attempt = 1; ; attempt++) {
    try {
      return await createOnce(ctx, input);
    } catch (e) {
      if (attempt < 4 && isUniqueViolation(e, 'implementation_code_key')) continue;
      if (isUniqueViolation(e, 'implementation_code_key'))
        throw new AppError('CATALOG_CODE_TAKEN', { detail: 'try again', cause: e });
      throw e;
    }
  }
}

async function createOnce(ctx: CatalogCtx, input: CreateImplementationInput) {
  return ctx.db.transaction(async (tx) => {
    const [owner] = await tx.select().from(agency).where(eq(agency.id, input.agencyId));
    if (!owner || !covers(ctx.principal, 'catalog.edit', input)) throw notFound(`agency ${input.agencyId}`);
    const [place] = await tx.select().from(region).where(eq(region.code, input.regionCode));
    if (!place || place.retired) throw invalid('/body/regionCode', 'no such region', '没有该行政区划');
    const [item] = await tx.select().from(catalogItem).where(eq(catalogItem.id, input.basicItemId));
    if (!item) throw invalid('/body/basicItemId', 'no such basic item', '没有该基本目录事项');
    if (item.retiredAt) throw invalid('/body/basicItemId', 'the basic item is retired', '该事项已取消');
    const code = codeAfter(owner.uscc, await highestSerial(tx, owner.uscc));
    const id = uuidv7();
    await tx.insert(implementation).values({
      id,
      code,
      itemId: item.id,
      agencyId: owner.id,
      regionCode: input.regionCode,
      createdBy: ctx.principal.accountId,
    });
    const versionId = uuidv7();
    await tx.insert(implementationVersion).values({
      id: versionId,
      implementationId: id,
      version: 1,
      status: 'draft',
      content: input.content ?? draftContentFrom(basicItemContentOf(item)),
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'catalog.implementation.create',
      purpose: 'maintain the implementation lists',
      resource: { type: 'implementation', id: code },
      detail: { basicItemId: item.id, agencyId: owner.id, regionCode: input.regionCode, versionId },
    });
    return { code, versionId };
  });
}
