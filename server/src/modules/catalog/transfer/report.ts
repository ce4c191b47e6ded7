// The row-by-row error report of an import: every problem found, with the sheet, the Excel row
// and the column header, in Chinese and English. In problem+json it travels in `errors[]` with
// the path /<sheet>/<row>/<column> (the FieldError shape plus the three parts).
import type { FieldError } from '../../../platform/errors/app-error.ts';

export interface ImportError {
  sheet: string;
  /** Excel row number; 1 is the header row, 0 the workbook as a whole. */
  row: number;
  /** The column header, or '' for the row or sheet as a whole. */
  column: string;
  zh: string;
  en: string;
}

export const reportError = (
  sheet: string,
  row: number,
  column: string,
  zh: string,
  en: string,
): ImportError => ({
  sheet,
  row,
  column,
  zh,
  en,
});

const order = (a: ImportError, b: ImportError) =>
  a.sheet.localeCompare(b.sheet) || a.row - b.row || a.column.localeCompare(b.column);

export type ImportFieldError = FieldError & { sheet: string; row: number; column: string };

/**
 * The report as problem+json field errors, sorted by sheet, row and column, with the first
 * problem of each cell only (a cell that cannot be read also fails the schema check after it).
 */
export const toFieldErrors = (errors: readonly ImportError[]): ImportFieldError[] =>
  [...new Map(errors.toReversed().map((e) => [`${e.sheet}/${e.row}/${e.column}`, e])).values()]
    .sort(order)
    .map((e) => ({
      path: e.sheet ? `/${e.sheet}/${e.row}${e.column ? `/${e.column}` : ''}` : '/',
      message: e.en,
      messageZh: e.zh,
      sheet: e.sheet,
      row: e.row,
      column: e.column,
    }));
