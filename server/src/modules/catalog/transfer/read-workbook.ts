// Reading the uploaded workbook into plain text rows, sheet by sheet. Headers are matched by
// their text; a header the format does not know is an error (a mistyped 承诺时限 would otherwise
// be silently dropped). Rows with nothing in them are skipped; row numbers are Excel's.
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { AppError } from '../../../platform/errors/app-error.ts';
import { reportError, type ImportError } from './report.ts';

export interface SheetRow {
  /** The Excel row number (header is row 1). */
  row: number;
  cells: Map<string, string>;
}

export interface SheetData {
  present: boolean;
  headers: Set<string>;
  /** Required headers the sheet lacks (its rows are not worth checking then). */
  missing: string[];
  rows: SheetRow[];
}

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
// A whole city (5,000 implementations, ~25,000 materials) must fit in one file; 5 MB bounds the rest.
const MAX_ROWS = 50_000;

/** The text a clerk sees in a cell, whatever exceljs made of it. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v && 'hyperlink' in v) return cellText(v.text as CellValue);
  if ('result' in v) return cellText((v.result ?? null) as CellValue);
  if ('formula' in v || 'sharedFormula' in v) return '';
  if ('error' in v) return '';
  return '';
}

const normalizeHeader = (h: string) => h.replace(/\s+/g, '').replace(/[*＊]$/, '');

/** Loads the bytes; a file that is not an xlsx workbook is a 415, an empty one a 422. */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new AppError('BODY_TOO_LARGE', { detail: `the workbook is over ${MAX_IMPORT_BYTES} bytes` });
  // An xlsx file is a ZIP archive: PK\x03\x04.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50)
    throw new AppError('FILE_TYPE_NOT_ALLOWED', { detail: 'not an Excel workbook (.xlsx)' });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', { detail: 'the workbook cannot be read as .xlsx', cause: e });
  }
  return workbook;
}

/** The rows of one sheet; `known` are the headers the format allows, `required` must be there. */
export function readSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  known: readonly string[],
  required: readonly string[],
  errors: ImportError[],
): SheetData {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) return { present: false, headers: new Set(), missing: [], rows: [] };
  const byColumn = new Map<number, string>();
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, col) => {
    const header = normalizeHeader(cellText(cell.value));
    if (!header) return;
    if (!known.includes(header))
      errors.push(reportError(name, 1, header, `未知的列“${header}”`, `unknown column "${header}"`));
    else if ([...byColumn.values()].includes(header))
      errors.push(reportError(name, 1, header, `列“${header}”重复`, `column "${header}" appears twice`));
    else byColumn.set(col, header);
  });
  const headers = new Set(byColumn.values());
  const missing = required.filter((r) => !headers.has(r));
  for (const r of missing) errors.push(reportError(name, 1, r, `缺少列“${r}”`, `column "${r}" is missing`));
  const rows: SheetRow[] = [];
  if (sheet.rowCount > MAX_ROWS + 1) {
    errors.push(reportError(name, MAX_ROWS + 2, '', `超过 ${MAX_ROWS} 行`, `more than ${MAX_ROWS} rows`));
    return { present: true, headers, missing, rows };
  }
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map<string, string>();
    for (const [col, header] of byColumn) cells.set(header, cellText(row.getCell(col).value));
    if ([...cells.values()].some((v) => v.trim() !== '')) rows.push({ row: rowNumber, cells });
  });
  return { present: true, headers, missing, rows };
}
