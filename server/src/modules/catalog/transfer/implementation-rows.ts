// Sheet 实施清单 (with 申请材料) → a plan per row: create a new implementation, add a new draft
// version to an existing one, or nothing (the row equals the latest version). Every reference
// is checked against what the service loaded (agencies, regions, venues, basic items, the
// caller's scope), and every problem is reported; nothing here touches the database.
import type { BasicItemContent, ImplementationContent } from '../content.ts';
import { draftContentFrom } from '../draft-content.ts';
import type { VersionStatus } from '../schema.ts';
import { buildContent, canonical, contentCells } from './build-content.ts';
import { checkImplementationRow } from './content-check.ts';
import type { SheetData, SheetRow } from './read-workbook.ts';
import { reportError, type ImportError } from './report.ts';
import { IMPLEMENTATION_KEYS as K, MATERIAL_COLUMNS, SHEET } from './workbook-format.ts';

export interface StoredImplementation {
  id: string;
  code: string;
  agencyId: string;
  regionCode: string;
  basicCode: string;
  latest: { version: number; status: VersionStatus; content: ImplementationContent };
  /** The published version in force today, if any. */
  inForce?: ImplementationContent;
}

export interface Lookups {
  /** Basic items by basic code: the workbook's valid rows first, then the stored ones. */
  basicItem: (basicCode: string) => BasicItemContent | undefined;
  /** A stored item even if retired: existing implementations keep the item they were made for. */
  storedBasicItem: (basicCode: string) => BasicItemContent | undefined;
  agencyExists: (id: string) => boolean;
  /** false when unknown or retired. */
  regionUsable: (code: string) => boolean;
  venueExists: (id: string) => boolean;
  implementation: (code: string) => StoredImplementation | undefined;
  /** The caller's catalog.edit grants cover this agency and region. */
  canEdit: (place: { agencyId: string; regionCode: string }) => boolean;
}

export interface ImplementationPlan {
  row: number;
  rowKey: string | null;
  kind: 'create' | 'version' | 'unchanged';
  stored?: StoredImplementation;
  agencyId: string;
  regionCode: string;
  basicCode: string;
  content: ImplementationContent;
}

const OPEN: readonly VersionStatus[] = ['draft', 'submitted', 'returned', 'approved'];
const cell = (r: SheetRow, header: string) => (r.cells.get(header) ?? '').trim();

/** The materials rows grouped by `code:<实施编码>` or `key:<行标识>`. */
function groupMaterials(impl: SheetData, materials: SheetData, errors: ImportError[]) {
  const codes = new Set(impl.rows.map((r) => cell(r, K.code.header)).filter(Boolean));
  const keys = new Set(impl.rows.map((r) => cell(r, K.rowKey.header)).filter(Boolean));
  const groups = new Map<string, SheetRow[]>();
  const [codeCol, keyCol] = [MATERIAL_COLUMNS[0]!.header, MATERIAL_COLUMNS[1]!.header];
  for (const r of materials.rows) {
    const code = cell(r, codeCol);
    const key = cell(r, keyCol);
    const fail = (column: string, zh: string, en: string) =>
      errors.push(reportError(SHEET.materials, r.row, column, zh, en));
    if (code && !codes.has(code))
      fail(
        codeCol,
        '实施清单工作表中没有该实施编码',
        'no row of sheet 实施清单 has this implementation code',
      );
    else if (!code && key && !keys.has(key))
      fail(keyCol, '实施清单工作表中没有该行标识', 'no row of sheet 实施清单 has this row key');
    else if (!code && !key)
      fail(codeCol, '请填写实施编码或行标识', 'give the implementation code or the row key');
    else {
      const group = code ? `code:${code}` : `key:${key}`;
      groups.set(group, [...(groups.get(group) ?? []), r]);
    }
  }
  return groups;
}

export function planImplementations(
  impl: SheetData,
  materials: SheetData,
  look: Lookups,
  errors: ImportError[],
): ImplementationPlan[] {
  const groups = groupMaterials(impl, materials, errors);
  const seenCodes = new Map<string, number>();
  const seenKeys = new Map<string, number>();
  const plans: ImplementationPlan[] = [];
  for (const r of impl.rows) {
    const rowErrors: ImportError[] = [];
    const fail = (column: string, zh: string, en: string) =>
      rowErrors.push(reportError(SHEET.implementations, r.row, column, zh, en));
    const code = cell(r, K.code.header);
    const rowKey = cell(r, K.rowKey.header) || null;
    for (const [value, seen, header] of [
      [code, seenCodes, K.code.header],
      [rowKey, seenKeys, K.rowKey.header],
    ] as const) {
      if (!value) continue;
      const first = seen.get(value);
      if (first !== undefined) fail(header, `与第 ${first} 行重复`, `repeats row ${first}`);
      else seen.set(value, r.row);
    }

    let stored: StoredImplementation | undefined;
    let agencyId = cell(r, K.agencyId.header);
    let regionCode = cell(r, K.regionCode.header);
    let basicCode = cell(r, K.basicCode.header);
    if (code) {
      stored = look.implementation(code);
      // Out of scope reads as unknown, as everywhere else (no existence leak).
      if (!stored || !look.canEdit(stored)) {
        fail(K.code.header, '实施编码不存在或无权编辑', 'no such implementation, or not yours to edit');
        errors.push(...rowErrors);
        continue;
      }
      if (agencyId && agencyId !== stored.agencyId)
        fail(K.agencyId.header, '导入不能变更实施主体', 'an import cannot change the agency');
      if (regionCode && regionCode !== stored.regionCode)
        fail(K.regionCode.header, '导入不能变更区划', 'an import cannot change the region');
      if (basicCode && basicCode !== stored.basicCode)
        fail(K.basicCode.header, '导入不能变更所属基本目录事项', 'an import cannot change the basic item');
      ({ agencyId, regionCode, basicCode } = stored);
    } else {
      if (!agencyId) fail(K.agencyId.header, '必填', 'required');
      else if (!look.agencyExists(agencyId)) fail(K.agencyId.header, '没有该实施主体', 'no such agency');
      if (!regionCode) fail(K.regionCode.header, '必填', 'required');
      else if (!look.regionUsable(regionCode))
        fail(K.regionCode.header, '没有该行政区划或已撤销', 'no such region, or it is retired');
      if (agencyId && regionCode && !rowErrors.length && !look.canEdit({ agencyId, regionCode }))
        fail(K.agencyId.header, '超出您的编辑范围', 'outside the agencies and regions you may edit');
      if (!basicCode) fail(K.basicCode.header, '必填', 'required');
    }
    const basic = !basicCode
      ? undefined
      : (look.basicItem(basicCode) ?? (stored ? look.storedBasicItem(basicCode) : undefined));
    if (basicCode && !basic)
      fail(K.basicCode.header, '基本目录中没有该事项（或已取消）', 'no such basic item (or it is retired)');
    if (!basic || rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }

    const base = stored?.latest.content ?? draftContentFrom(basic);
    const materialRows = groups.get(code ? `code:${code}` : `key:${rowKey}`);
    const built = buildContent({
      base,
      basic,
      row: r,
      headers: impl.headers,
      materialRows,
      materialHeaders: materials.headers,
    });
    // A cell that cannot be read leaves the base value in place, so the schema check of the
    // rest still says something true; one problem per cell is reported.
    rowErrors.push(...built.errors);
    rowErrors.push(...checkImplementationRow(built.content, r.row, built.materialRowOf));
    if (!rowErrors.length)
      rowErrors.push(
        ...referenceErrors(built.content as ImplementationContent, r.row, built.materialRowOf, look),
      );
    const content = built.content as ImplementationContent;
    let kind: ImplementationPlan['kind'] = stored ? 'version' : 'create';
    if (stored && !rowErrors.length) {
      // Equal to the latest version, or to the one in force (an export re-imported while a
      // new draft is being edited): nothing to do.
      const same = [stored.latest.content, stored.inForce].some(
        (c) => c && canonical(content) === canonical(normalized(c)),
      );
      if (same) kind = 'unchanged';
      else if (OPEN.includes(stored.latest.status))
        fail(
          K.code.header,
          `已有一个在编版本（第 ${stored.latest.version} 版，${stored.latest.status}），请先完成或撤回`,
          `version ${stored.latest.version} is already in progress (${stored.latest.status}); finish or withdraw it first`,
        );
    }
    errors.push(...rowErrors);
    if (!rowErrors.length)
      plans.push({ row: r.row, rowKey, kind, stored, agencyId, regionCode, basicCode, content });
  }
  return plans;
}

/** The content as it reads back from its own exported row (so formatting never counts as a change). */
function normalized(c: ImplementationContent): unknown {
  // Its own four basic-item fields: a basic item changed since then is a change of this row too.
  const basic: BasicItemContent = c;
  const cells = contentCells(c);
  const headers = new Set(cells.row.keys());
  const toRow = (m: Map<string, string | number>, row: number): SheetRow => ({
    row,
    cells: new Map([...m].map(([k, v]) => [k, String(v)])),
  });
  return buildContent({
    base: c,
    basic,
    row: toRow(cells.row, 0),
    headers,
    materialRows: cells.materials.map((m, i) => toRow(m, i)),
    materialHeaders: new Set(MATERIAL_COLUMNS.map((col) => col.header)),
  }).content;
}

function referenceErrors(
  c: ImplementationContent,
  row: number,
  materialRowOf: readonly number[],
  look: Lookups,
) {
  const errors: ImportError[] = [];
  const at = (column: string, zh: string, en: string) =>
    errors.push(reportError(SHEET.implementations, row, column, zh, en));
  for (const v of c.acceptingVenues)
    if (!look.venueExists(v.venueId)) at('受理场所', `没有场所“${v.venueId}”`, `no venue "${v.venueId}"`);
  if (c.supervisingAgencyId && !look.agencyExists(c.supervisingAgencyId))
    at('监管部门', `没有部门“${c.supervisingAgencyId}”`, `no agency "${c.supervisingAgencyId}"`);
  for (const id of c.coImplementingAgencyIds)
    if (!look.agencyExists(id))
      at(
        '完整内容',
        `coImplementingAgencyIds：没有部门“${id}”`,
        `coImplementingAgencyIds: no agency "${id}"`,
      );
  const ids = new Map<string, number>();
  c.materials.forEach((m, i) => {
    if (!ids.has(m.id)) return void ids.set(m.id, i);
    const where = materialRowOf[i] ?? -1;
    const [zh, en] = [`材料标识“${m.id}”重复`, `material id "${m.id}" repeats`];
    if (where > 0) errors.push(reportError(SHEET.materials, where, '材料标识', zh, en));
    else at('', zh, en);
  });
  return errors;
}
