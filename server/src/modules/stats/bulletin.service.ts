// The monthly bulletin (通报) as a file: PDF or Excel from the same data; the download is audited.
import ExcelJS from 'exceljs';
import { recordAudit } from '../../platform/audit/record.ts';
import { XLSX_TYPE } from '../catalog/transfer/write-workbook.ts';
import { bulletinPdf } from './bulletin-pdf.ts';
import { BULLETIN_TABLES, summaryLines } from './bulletin-tables.ts';
import { bulletinData, type BulletinData } from './bulletin.data.ts';
import type { StatsCtx } from './overview.queries.ts';

const FORMAT = { text: '@', count: '#,##0', rate: '0.0%', avg: '0.0' } as const;

async function bulletinWorkbook(d: BulletinData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tongban';
  const summary = wb.addWorksheet('总体情况');
  summary.addRows([
    [d.title],
    [`统计范围：${d.scope}`],
    [`统计月份：${d.month}`],
    [],
    ...summaryLines(d).map((l) => [l]),
  ]);
  summary.getRow(1).font = { bold: true, size: 14 };
  summary.getColumn(1).width = 120;
  for (const t of BULLETIN_TABLES(d)) {
    const ws = wb.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = t.columns.map((c) => ({
      header: c.zh,
      width: c.kind === 'text' ? 36 : 14,
      style: { numFmt: FORMAT[c.kind] },
    }));
    ws.getRow(1).font = { bold: true };
    for (const v of t.values) ws.addRow(v);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function bulletinFile(
  ctx: StatsCtx,
  month: string,
  format: 'pdf' | 'xlsx',
): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  const data = await bulletinData(ctx, month);
  const bytes = format === 'pdf' ? await bulletinPdf(data) : await bulletinWorkbook(data);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'stats.bulletin',
    purpose: 'download the monthly bulletin',
    detail: { month, format, scope: data.scope },
  });
  return {
    filename: `tongban-bulletin-${month}.${format}`,
    contentType: format === 'pdf' ? 'application/pdf' : XLSX_TYPE,
    bytes,
  };
}
