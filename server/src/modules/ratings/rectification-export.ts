// The ledger as a workbook (差评整改台账.xlsx): the rows in the caller's scope with the same
// filters as the list, raters masked as in the list. Audited like every read of the ledger.
import ExcelJS from 'exceljs';
import { recordAudit } from '../../platform/audit/record.ts';
import { RATING_CHANNELS, RATING_KINDS, RATING_LEVELS, RECTIFICATION_STATUSES } from './codes.ts';
import type { RectCtx } from './rectification-access.ts';
import { ledgerRows } from './rectification.queries.ts';
import type { ExportQuery } from './rectifications.schemas.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const label = (t: readonly { code: string; zh: string }[], code: string) =>
  t.find((x) => x.code === code)?.zh ?? code;

const COLUMNS: { header: string; width: number }[] = [
  { header: '评价等级', width: 12 },
  { header: '评价类型', width: 10 },
  { header: '评价渠道', width: 12 },
  { header: '事项', width: 30 },
  { header: '办件编号', width: 24 },
  { header: '责任部门', width: 24 },
  { header: '评价人', width: 16 },
  { header: '整改状态', width: 18 },
  { header: '转办日期', width: 12 },
  { header: '当前环节期限', width: 14 },
  { header: '整改总期限', width: 12 },
  { header: '是否超期', width: 10 },
  { header: '督办次数', width: 10 },
  { header: '办结时间', width: 22 },
];

export async function exportLedger(ctx: RectCtx, q: ExportQuery): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tongban';
  const ws = wb.addWorksheet('差评整改台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width, style: { numFmt: '@' } }));
  ws.getRow(1).font = { bold: true };
  let count = 0;
  for await (const rows of ledgerRows(ctx, q))
    for (const r of rows) {
      count++;
      ws.addRow([
        label(RATING_LEVELS, String(r.level)),
        label(RATING_KINDS, r.kind),
        label(RATING_CHANNELS, r.channel),
        r.itemName ?? '',
        r.caseNumber ?? '',
        r.agencyName,
        r.rater.anonymous ? '匿名' : (r.rater.name ?? ''),
        label(RECTIFICATION_STATUSES, r.status),
        r.openedOn,
        r.stepDue,
        r.finalDue,
        r.overdue ? '是' : '否',
        String(r.escalations),
        r.closedAt ?? '',
      ]);
    }
  await recordAudit(ctx.db, ctx.actor, {
    action: 'rectification.ledger.export',
    purpose: 'supervise negative ratings (差评整改台账)',
    detail: { filters: q, rows: count },
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
