// Excel import of the catalog (issue #4 §6): basic items (city service office only) and
// implementations (as new drafts, or a new draft version of an existing one). All or nothing:
// every row is checked first and any problem rejects the whole file with a row-by-row report
// (CATALOG_IMPORT_FAILED); reading and writing share one transaction, so what was checked is
// what gets written. A dry run answers the same report without writing.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/record.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { businessDate } from '../../../platform/time/business-date.ts';
import { agency, region, venue } from '../../masterdata/schema.ts';
import { covers, isCityOffice, isUniqueViolation, type CatalogCtx } from '../catalog-access.ts';
import { basicItemContentOf } from '../items.service.ts';
import { catalogItem, implementation, implementationVersion } from '../schema.ts';
import { inForceOn } from '../versions.queries.ts';
import { normalizeBasic, parseBasicSheet, type BasicRow } from './basic-rows.ts';
import { canonical } from './build-content.ts';
import { CONTENT_COLUMNS } from './implementation-columns.ts';
import { planImplementations, type StoredImplementation } from './implementation-rows.ts';
import {
  writeBasic,
  writeImplementations,
  type BasicDecision,
  type ImportOutcome,
  type StoredItem,
  type Tx,
} from './import-write.ts';
import { loadWorkbook, readSheet } from './read-workbook.ts';
import { reportError, toFieldErrors, type ImportError } from './report.ts';
import {
  BASIC_COLUMNS,
  BASIC_REQUIRED,
  FULL_CONTENT,
  IMPLEMENTATION_KEYS,
  MATERIAL_COLUMNS,
  SHEET,
} from './workbook-format.ts';

export type { ImportOutcome };

const PURPOSE = 'import the service catalog from a workbook';

/** Enough for any clerk to work on; a file wrong on every row would otherwise answer megabytes. */
const MAX_REPORTED = 1000;

const fail = (errors: ImportError[]) => {
  const all = toFieldErrors(errors);
  return new AppError('CATALOG_IMPORT_FAILED', {
    detail: `${all.length} problem(s) found${all.length > MAX_REPORTED ? ` (the first ${MAX_REPORTED} listed)` : ''}; nothing was imported`,
    errors: all.slice(0, MAX_REPORTED),
  });
};

export async function importCatalog(
  ctx: CatalogCtx,
  bytes: Buffer,
  opts: { dryRun: boolean },
): Promise<ImportOutcome> {
  const workbook = await loadWorkbook(bytes);
  const errors: ImportError[] = [];
  const basicSheet = readSheet(
    workbook,
    SHEET.basic,
    Object.values(BASIC_COLUMNS).map((c) => c.header),
    BASIC_REQUIRED.map((k) => BASIC_COLUMNS[k as keyof typeof BASIC_COLUMNS].header),
    errors,
  );
  const implSheet = readSheet(
    workbook,
    SHEET.implementations,
    [
      ...Object.values(IMPLEMENTATION_KEYS).map((c) => c.header),
      ...CONTENT_COLUMNS.map((c) => c.header),
      FULL_CONTENT.header,
    ],
    [
      IMPLEMENTATION_KEYS.code.header,
      IMPLEMENTATION_KEYS.basicCode.header,
      IMPLEMENTATION_KEYS.agencyId.header,
      IMPLEMENTATION_KEYS.regionCode.header,
    ],
    errors,
  );
  const materialSheet = readSheet(
    workbook,
    SHEET.materials,
    MATERIAL_COLUMNS.map((c) => c.header),
    [MATERIAL_COLUMNS[0]!.header, MATERIAL_COLUMNS[3]!.header],
    errors,
  );
  if (!basicSheet.rows.length && !implSheet.rows.length) {
    errors.push(
      reportError(
        '',
        0,
        '',
        `工作簿中“${SHEET.basic}”“${SHEET.implementations}”均无数据`,
        `sheets ${SHEET.basic} and ${SHEET.implementations} hold no rows`,
      ),
    );
    throw fail(errors);
  }
  // An unknown column is reported and the rows are still checked; without a required one they are not.
  if ([basicSheet, implSheet, materialSheet].some((s) => s.missing.length)) throw fail(errors);

  const basicRows = parseBasicSheet(basicSheet, errors);
  try {
    return await ctx.db.transaction(async (tx) => {
      const look = await loadLookups(
        tx,
        basicRows,
        implSheet.rows.map((r) => r.cells),
      );
      const basic = decideBasic(ctx, basicRows, look.storedItems, errors);
      const sheetItems = new Map(
        [...basic.created, ...basic.updated].map((b) => [b.content.basicCode, b.content]),
      );
      const plans = planImplementations(
        implSheet,
        materialSheet,
        {
          basicItem: (code) => sheetItems.get(code) ?? look.storedItems.get(code)?.usable,
          storedBasicItem: (code) => look.storedItems.get(code)?.content,
          agencyExists: (id) => look.agencies.has(id),
          regionUsable: (code) => look.regions.get(code) === false,
          venueExists: (id) => look.venues.has(id),
          implementation: (code) => look.implementations.get(code),
          canEdit: (place) => covers(ctx.principal, 'catalog.edit', place),
        },
        errors,
      );
      if (errors.length) throw fail(errors);
      const outcome: ImportOutcome = {
        dryRun: opts.dryRun,
        basicItems: {
          created: basic.created.map((b) => b.content.basicCode),
          updated: basic.updated.map((b) => b.content.basicCode),
          unchanged: basic.unchanged,
        },
        implementations: {
          created: [],
          newVersions: [],
          unchanged: plans.filter((p) => p.kind === 'unchanged').length,
        },
      };
      if (opts.dryRun) {
        outcome.implementations.created = plans
          .filter((p) => p.kind === 'create')
          .map((p) => ({ row: p.row, rowKey: p.rowKey, code: null }));
        outcome.implementations.newVersions = plans
          .filter((p) => p.kind === 'version')
          .map((p) => ({ row: p.row, code: p.stored!.code, version: p.stored!.latest.version + 1 }));
        return outcome;
      }
      await writeBasic(tx, ctx, basic, look.storedItems);
      await writeImplementations(tx, ctx, plans, look.agencies, outcome, sheetItemIds(look.storedItems));
      await recordAudit(tx, ctx.actor, {
        action: 'catalog.import',
        purpose: PURPOSE,
        resource: { type: 'catalog-import', id: uuidv7() },
        detail: { basicItems: outcome.basicItems, implementations: outcome.implementations },
      });
      return outcome;
    });
  } catch (e) {
    if (isUniqueViolation(e, 'implementation_version_open'))
      throw new AppError('CATALOG_VERSION_IN_PROGRESS', {
        detail: 'another version was started meanwhile',
        cause: e,
      });
    if (isUniqueViolation(e))
      throw new AppError('CATALOG_CODE_TAKEN', {
        detail: 'a code was taken meanwhile; import again',
        cause: e,
      });
    throw e;
  }
}

async function loadLookups(tx: Tx, basicRows: BasicRow[], implCells: Map<string, string>[]) {
  const col = (h: string) => [...new Set(implCells.map((c) => (c.get(h) ?? '').trim()).filter(Boolean))];
  const codes = col(IMPLEMENTATION_KEYS.code.header);
  const impls = codes.length
    ? await tx
        .select({ impl: implementation, basicCode: catalogItem.basicCode })
        .from(implementation)
        .innerJoin(catalogItem, eq(catalogItem.id, implementation.itemId))
        .where(inArray(implementation.code, codes))
    : [];
  const versions = impls.length
    ? await tx
        .selectDistinctOn([implementationVersion.implementationId])
        .from(implementationVersion)
        .where(
          inArray(
            implementationVersion.implementationId,
            impls.map((i) => i.impl.id),
          ),
        )
        .orderBy(implementationVersion.implementationId, sql`${implementationVersion.version} desc`)
    : [];
  const inForce = impls.length
    ? await tx
        .selectDistinctOn([implementationVersion.implementationId])
        .from(implementationVersion)
        .where(
          and(
            inArray(
              implementationVersion.implementationId,
              impls.map((i) => i.impl.id),
            ),
            inForceOn(businessDate()),
          ),
        )
        .orderBy(implementationVersion.implementationId, desc(implementationVersion.effectiveFrom))
    : [];
  const latest = new Map(versions.map((v) => [v.implementationId, v]));
  const current = new Map(inForce.map((v) => [v.implementationId, v.content]));
  const implementations = new Map<string, StoredImplementation>();
  for (const { impl, basicCode } of impls) {
    const v = latest.get(impl.id);
    if (v) implementations.set(impl.code, { ...impl, basicCode, latest: v, inForce: current.get(impl.id) });
  }
  const basicCodes = [
    ...new Set([
      ...basicRows.map((b) => b.content.basicCode),
      ...col(IMPLEMENTATION_KEYS.basicCode.header),
      ...impls.map((i) => i.basicCode),
    ]),
  ];
  const items = basicCodes.length
    ? await tx.select().from(catalogItem).where(inArray(catalogItem.basicCode, basicCodes))
    : [];
  // Agencies, regions and venues are few (thousands at most): load them rather than collect every
  // reference. One query at a time: a transaction is one connection.
  const agencies = await tx.select({ id: agency.id, uscc: agency.uscc }).from(agency);
  const regions = await tx.select({ code: region.code, retired: region.retired }).from(region);
  const venues = await tx.select({ id: venue.id }).from(venue);
  return {
    implementations,
    storedItems: new Map<string, StoredItem>(
      items.map((i) => [
        i.basicCode,
        { id: i.id, content: basicItemContentOf(i), usable: i.retiredAt ? undefined : basicItemContentOf(i) },
      ]),
    ),
    agencies: new Map(agencies.map((a) => [a.id, a.uscc])),
    regions: new Map(regions.map((r) => [r.code, r.retired])),
    venues: new Set(venues.map((v) => v.id)),
  };
}

const sheetItemIds = (stored: Map<string, StoredItem>) =>
  new Map([...stored].map(([code, i]) => [code, i.id]));

/** Rows equal to the stored item need nothing; a new or changed item needs the city service office. */
function decideBasic(
  ctx: CatalogCtx,
  rows: BasicRow[],
  stored: Map<string, StoredItem>,
  errors: ImportError[],
): BasicDecision {
  const out: BasicDecision = { created: [], updated: [], unchanged: 0 };
  const cityOffice = isCityOffice(ctx.principal, 'catalog.review');
  for (const r of rows) {
    const current = stored.get(r.content.basicCode);
    if (current && canonical(normalizeBasic(current.content)) === canonical(r.content)) {
      out.unchanged++;
      continue;
    }
    const at = (zh: string, en: string) =>
      errors.push(reportError(SHEET.basic, r.row, BASIC_COLUMNS.basicCode.header, zh, en));
    if (current && !current.usable)
      at('该事项已取消，不能修改', 'the basic item is retired and cannot change');
    else if (!cityOffice)
      at(
        '新增或修改基本目录须由市政务服务办导入（或提交目录调整申请）',
        'only the city service office may add or change basic items (or file an adjustment request)',
      );
    else (current ? out.updated : out.created).push(r);
  }
  return out;
}
