// Sheet 基本目录 → basic items, and a basic item → its row. Pure.
import * as codes from '../codes.ts';
import type { BasicItemContent } from '../content.ts';
import {
  formatCodes,
  formatLegalBasis,
  isProblem,
  parseCode,
  parseCodes,
  parseLegalBasis,
  type Parsed,
} from './cells.ts';
import { checkBasicRow } from './content-check.ts';
import type { SheetData } from './read-workbook.ts';
import { reportError, type ImportError } from './report.ts';
import { BASIC_COLUMNS, SHEET } from './workbook-format.ts';

export interface BasicRow {
  row: number;
  content: BasicItemContent;
}

type Key = keyof typeof BASIC_COLUMNS;
const PARSERS: Record<Key, (t: string) => Parsed<unknown>> = {
  basicCode: (t) => t.trim(),
  name: (t) => t.trim(),
  itemType: (t) => parseCode(codes.ITEM_TYPES, t),
  legalBasis: parseLegalBasis,
  exerciseLevel: (t) => parseCode(codes.EXERCISE_LEVELS, t),
  serviceTargets: (t) => parseCodes(codes.SERVICE_TARGETS, t),
  themes: (t) => parseCodes(codes.THEMES, t),
};

export function basicCells(c: BasicItemContent): Map<string, string> {
  return new Map([
    [BASIC_COLUMNS.basicCode.header, c.basicCode],
    [BASIC_COLUMNS.name.header, c.name],
    [BASIC_COLUMNS.itemType.header, c.itemType],
    [BASIC_COLUMNS.legalBasis.header, formatLegalBasis(c.legalBasis)],
    [BASIC_COLUMNS.exerciseLevel.header, c.exerciseLevel],
    [BASIC_COLUMNS.serviceTargets.header, formatCodes(c.serviceTargets)],
    [BASIC_COLUMNS.themes.header, formatCodes(c.themes)],
  ]);
}

/** One row → content; undefined (with errors reported) when a cell cannot be read. */
export function parseBasicCells(cells: ReadonlyMap<string, string>, row: number, errors: ImportError[]) {
  const content: Record<string, unknown> = { themes: [] };
  let ok = true;
  for (const [key, col] of Object.entries(BASIC_COLUMNS) as [Key, (typeof BASIC_COLUMNS)[Key]][]) {
    if (!cells.has(col.header)) continue;
    const v = PARSERS[key](cells.get(col.header) ?? '');
    if (isProblem(v)) {
      ok = false;
      errors.push(reportError(SHEET.basic, row, col.header, v.zh, v.en));
    } else content[key] = v;
  }
  const schemaErrors = checkBasicRow(content, row);
  errors.push(...schemaErrors);
  return ok && !schemaErrors.length ? (content as BasicItemContent) : undefined;
}

/** The valid rows of the sheet; a basic code listed twice is an error on the second row. */
export function parseBasicSheet(sheet: SheetData, errors: ImportError[]): BasicRow[] {
  const out: BasicRow[] = [];
  const seen = new Map<string, number>();
  for (const r of sheet.rows) {
    const content = parseBasicCells(r.cells, r.row, errors);
    const code = (r.cells.get(BASIC_COLUMNS.basicCode.header) ?? '').trim();
    const first = seen.get(code);
    if (code && first !== undefined) {
      errors.push(
        reportError(
          SHEET.basic,
          r.row,
          BASIC_COLUMNS.basicCode.header,
          `基本编码与第 ${first} 行重复`,
          `the basic code repeats row ${first}`,
        ),
      );
      continue;
    }
    if (code) seen.set(code, r.row);
    if (content) out.push({ row: r.row, content });
  }
  return out;
}

/** A stored item as it would read back from its own row (the format's normal form). */
export function normalizeBasic(c: BasicItemContent): BasicItemContent | undefined {
  return parseBasicCells(basicCells(c), 0, []);
}
