// The error report as a workbook: the clerk's own file back, every cell with a problem filled
// red with the message as a note, and a sheet 导入错误 listing them all. Built from a dry run,
// so it never writes anything.
import type { Fill } from 'exceljs';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { CatalogCtx } from '../catalog-access.ts';
import { importCatalog } from './import.service.ts';
import { loadWorkbook } from './read-workbook.ts';
import type { ImportFieldError } from './report.ts';

export const ERROR_SHEET = '导入错误';
const RED: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

export async function annotatedWorkbook(
  ctx: CatalogCtx,
  bytes: Buffer,
): Promise<{ bytes: Buffer; errors: number }> {
  let errors: ImportFieldError[] = [];
  try {
    await importCatalog(ctx, bytes, { dryRun: true });
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'CATALOG_IMPORT_FAILED') throw e;
    errors = (e.errors ?? []) as ImportFieldError[];
  }
  const wb = await loadWorkbook(bytes);
  for (const e of errors) {
    const ws = wb.getWorksheet(e.sheet);
    if (!ws || e.row < 1) continue;
    let col = 1;
    ws.getRow(1).eachCell((c, i) => {
      if (e.column && String(c.value ?? '').replace(/\s+/g, '') === e.column) col = i;
    });
    const cell = ws.getRow(e.row).getCell(col);
    cell.fill = RED;
    const before = typeof cell.note === 'string' ? `${cell.note}\n` : '';
    cell.note = `${before}${e.messageZh ?? ''} · ${e.message}`;
  }
  const previous = wb.getWorksheet(ERROR_SHEET);
  if (previous) wb.removeWorksheet(previous.id);
  const list = wb.addWorksheet(ERROR_SHEET);
  list.columns = ['工作表', '行号', '列', '问题', 'Problem'].map((header) => ({ header, width: 20 }));
  list.getRow(1).font = { bold: true };
  for (const e of errors) list.addRow([e.sheet, e.row, e.column, e.messageZh ?? '', e.message]);
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), errors: errors.length };
}
