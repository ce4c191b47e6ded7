// The overview as an Excel workbook: the same rows and total as GET /stats/overview, Chinese
// headers (English in each header's note), ratios as percentages. The download is audited.
import ExcelJS from 'exceljs';
import { recordAudit } from '../../platform/audit/record.ts';
import { statsOverview, type StatsCtx } from './overview.queries.ts';
import type { StatsQuery, StatsRow } from './stats.schemas.ts';

type Kind = 'count' | 'rate' | 'avg' | 'text';
export interface ExportColumn {
  field: keyof StatsRow;
  zh: string;
  en: string;
  kind: Kind;
}

const DIMENSION_ZH = {
  agency: '部门',
  region: '区域',
  item: '事项',
  channel: '渠道',
  month: '月份',
} as const;

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { field: 'received', zh: '收件数', en: 'Received', kind: 'count' },
  { field: 'accepted', zh: '受理数', en: 'Accepted', kind: 'count' },
  { field: 'concluded', zh: '办结数', en: 'Concluded', kind: 'count' },
  { field: 'onTimeRate', zh: '按时办结率', en: 'On-time rate', kind: 'rate' },
  { field: 'avgWorkingDays', zh: '平均办结用时（工作日）', en: 'Average working days', kind: 'avg' },
  { field: 'instantShare', zh: '即办件占比', en: 'Instant share', kind: 'rate' },
  { field: 'fullyOnlineShare', zh: '全程网办占比', en: 'Fully online share', kind: 'rate' },
  { field: 'zeroVisitShare', zh: '零跑动占比', en: 'Zero-visit share', kind: 'rate' },
  { field: 'atMostOneVisitShare', zh: '最多跑一次占比', en: 'At-most-one-visit share', kind: 'rate' },
  { field: 'exemptMaterials', zh: '免提交材料数', en: 'Materials exempted', kind: 'count' },
  { field: 'ratings', zh: '评价数', en: 'Ratings', kind: 'count' },
  { field: 'satisfactionRate', zh: '满意率', en: 'Satisfaction rate', kind: 'rate' },
  { field: 'ratingsNegative', zh: '差评数', en: 'Negative ratings', kind: 'count' },
  { field: 'rectificationRate', zh: '差评整改率', en: 'Rectification rate', kind: 'rate' },
  { field: 'revisitRate', zh: '回访率', en: 'Return-visit rate', kind: 'rate' },
  { field: 'revisitSatisfiedRate', zh: '回访满意率', en: 'Satisfied on return visit', kind: 'rate' },
  { field: 'complaints', zh: '诉求数', en: 'Complaints', kind: 'count' },
  { field: 'complaintAnsweredRate', zh: '答复率', en: 'Answered rate', kind: 'rate' },
  { field: 'complaintOnTimeRate', zh: '按时答复率', en: 'Answered on time', kind: 'rate' },
  { field: 'complaintReturnVisitRate', zh: '诉求回访率', en: 'Complainant confirmed', kind: 'rate' },
  { field: 'complaintSolvedRate', zh: '解决率', en: 'Solved rate', kind: 'rate' },
  { field: 'avgSignMinutes', zh: '平均签收用时（分钟）', en: 'Average minutes to sign', kind: 'avg' },
  { field: 'avgReplyHours', zh: '平均答复用时（小时）', en: 'Average hours to reply', kind: 'avg' },
];

const FORMAT: Record<Kind, string> = { count: '#,##0', rate: '0.0%', avg: '0.0', text: '@' };

/** Writes one sheet: a header row (zh; the note says it in English) and the rows. */
export function addStatsSheet(
  wb: ExcelJS.Workbook,
  name: string,
  lead: readonly { zh: string; en: string; width: number }[],
  columns: readonly ExportColumn[],
  rows: readonly (readonly (string | number | null)[])[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: lead.length }] });
  ws.columns = [
    ...lead.map((l) => ({ header: l.zh, width: l.width, style: { numFmt: '@' } })),
    ...columns.map((c) => ({
      header: c.zh,
      width: Math.max(10, c.zh.length * 2 + 2),
      style: { numFmt: FORMAT[c.kind] },
    })),
  ];
  const header = ws.getRow(1);
  header.font = { bold: true };
  [...lead, ...columns].forEach((c, i) => (header.getCell(i + 1).note = c.en));
  for (const r of rows) ws.addRow([...r]);
  return ws;
}

export async function exportOverview(
  ctx: StatsCtx,
  q: StatsQuery,
): Promise<{ filename: string; bytes: Buffer }> {
  const report = await statsOverview(ctx, q);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tongban';
  const lead = [
    { zh: `${DIMENSION_ZH[q.by]}代码`, en: 'Key', width: 16 },
    { zh: DIMENSION_ZH[q.by], en: 'Name', width: 28 },
  ];
  const line = (r: StatsRow) => [r.key, r.label, ...EXPORT_COLUMNS.map((c) => r[c.field] as number | null)];
  const ws = addStatsSheet(wb, '统计表', lead, EXPORT_COLUMNS, [
    ...report.rows.map(line),
    line(report.total),
  ]);
  ws.getRow(ws.rowCount).font = { bold: true };
  const about = wb.addWorksheet('说明');
  about.addRows([
    ['统计期间', `${report.from} 至 ${report.to}`],
    ['分组维度', DIMENSION_ZH[q.by]],
    [
      '筛选',
      JSON.stringify({
        agencyId: q.agencyId,
        regionCode: q.regionCode,
        itemCode: q.itemCode,
        channel: q.channel,
      }),
    ],
    ['生成时间', report.generatedAt],
    ['口径', '比率分母为 0 时留空；统计口径见 docs/decisions/0010-statistics-rollups.md'],
  ]);
  about.getColumn(1).width = 12;
  about.getColumn(2).width = 80;
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  await recordAudit(ctx.db, ctx.actor, {
    action: 'stats.export',
    purpose: 'export statistics',
    detail: { ...q, rows: report.rows.length },
  });
  return { filename: `tongban-stats-${q.by}-${q.from}-${q.to}.xlsx`, bytes };
}
