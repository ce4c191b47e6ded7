// One implementation row (and its rows in 申请材料) → an ImplementationContent, and back. The
// two directions share the column definitions, so export → import is exact by construction:
// `contentCells` is what the export writes, `buildContent` reads it onto a base content.
// Pure: no database; the service supplies the base (the latest version, or a new draft) and
// the basic item, whose four fields every implementation repeats (四级四同).
import type { BasicItemContent, ImplementationContent, Material } from '../content.ts';
import type { SheetRow } from './read-workbook.ts';
import { CONTENT_COLUMNS, KEYS_OUTSIDE_JSON, type Draft } from './implementation-columns.ts';
import { reportError, type ImportError } from './report.ts';
import { FULL_CONTENT, MATERIAL_COLUMNS, SHEET } from './workbook-format.ts';

export type Cell = string | number;

/** The complex parts (situations, procedure, form, …) as the 完整内容 JSON. */
export function fullContentJson(c: ImplementationContent): string {
  const rest = Object.fromEntries(Object.entries(c).filter(([k]) => !KEYS_OUTSIDE_JSON.has(k)));
  return JSON.stringify(rest);
}

/** The cells of one 实施清单 row (content columns and 完整内容) and of its 申请材料 rows. */
export function contentCells(c: ImplementationContent): {
  row: Map<string, Cell>;
  materials: Map<string, Cell>[];
} {
  const row = new Map<string, Cell>(CONTENT_COLUMNS.map((col) => [col.header, col.format(c)]));
  row.set(FULL_CONTENT.header, fullContentJson(c));
  const materials = c.materials.map(
    (m) =>
      new Map<string, Cell>(
        MATERIAL_COLUMNS.flatMap((col) => (col.format ? [[col.header, col.format(m)]] : [])),
      ),
  );
  return { row, materials };
}

export interface BuildInput {
  base: ImplementationContent;
  basic: BasicItemContent;
  row: SheetRow;
  headers: ReadonlySet<string>;
  /** This implementation's rows in 申请材料; undefined or empty: keep the base's materials. */
  materialRows?: readonly SheetRow[];
  materialHeaders: ReadonlySet<string>;
}

export interface Built {
  content: Record<string, unknown>;
  errors: ImportError[];
  /** Excel row (in 申请材料) of each material, by index; -1 when it came from the base. */
  materialRowOf: number[];
}

export function buildContent(input: BuildInput): Built {
  const { base, basic, row } = input;
  const errors: ImportError[] = [];
  const at = (column: string, zh: string, en: string) =>
    errors.push(reportError(SHEET.implementations, row.row, column, zh, en));
  const draft = structuredClone(base) as unknown as Draft;

  const json = row.cells.get(FULL_CONTENT.header)?.trim();
  if (input.headers.has(FULL_CONTENT.header) && json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      parsed = undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      at(FULL_CONTENT.header, '不是有效的 JSON 对象', 'is not a valid JSON object');
    } else {
      for (const [key, value] of Object.entries(parsed)) {
        if (KEYS_OUTSIDE_JSON.has(key))
          at(
            FULL_CONTENT.header,
            `“${key}”有自己的列或工作表，不能写在完整内容中`,
            `"${key}" has its own column or sheet and cannot be in the full content`,
          );
        else draft[key] = value;
      }
    }
  }

  for (const col of CONTENT_COLUMNS) {
    if (!input.headers.has(col.header)) continue;
    const wrong = col.apply(draft, row.cells.get(col.header) ?? '');
    if (wrong) at(col.header, wrong.zh, wrong.en);
  }

  const materialRowOf: number[] = base.materials.map(() => -1);
  if (input.materialRows?.length) {
    draft.materials = input.materialRows.map((r, i) => buildMaterial(r, i, input.materialHeaders, errors));
    materialRowOf.splice(0, materialRowOf.length, ...input.materialRows.map((r) => r.row));
  }

  draft.name = basic.name;
  draft.basicCode = basic.basicCode;
  draft.itemType = basic.itemType;
  draft.legalBasis = structuredClone(basic.legalBasis);
  return { content: draft, errors, materialRowOf };
}

function buildMaterial(
  r: SheetRow,
  index: number,
  headers: ReadonlySet<string>,
  errors: ImportError[],
): Record<string, unknown> {
  // Defaults for columns left out of the sheet: a required, applicant-provided paper-or-electronic original.
  const m: Record<string, unknown> = {
    id: `m${index + 1}`,
    requirement: 'required',
    source: 'applicant',
    format: 'both',
    originals: 1,
    copies: 0,
    deficiencyAllowed: false,
    acceptanceStandard: '',
  } satisfies Partial<Material>;
  for (const col of MATERIAL_COLUMNS) {
    if (!col.apply || !headers.has(col.header)) continue;
    const text = r.cells.get(col.header) ?? '';
    if (col.field === 'id' && text.trim() === '') continue;
    const wrong = col.apply(m, text);
    if (wrong) errors.push(reportError(SHEET.materials, r.row, col.header, wrong.zh, wrong.en));
  }
  return m;
}

/** Keys sorted, undefined dropped: two contents that mean the same compare equal. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}
