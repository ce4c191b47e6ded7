// The bulletin's text and tables as plain strings and numbers, shared by the PDF and the workbook.
import type { BulletinData } from './bulletin.data.ts';
import type { StatsRow } from './stats.schemas.ts';

export interface BulletinColumn {
  zh: string;
  kind: 'text' | 'count' | 'rate' | 'avg';
  weight: number;
}

export interface BulletinTable {
  title: string;
  sheet: string;
  columns: readonly BulletinColumn[];
  rows: string[][];
  /** The same rows with numbers as numbers (ratios 0–1), for the workbook. */
  values: (string | number | null)[][];
}

export const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const num = (n: number | null) => (n === null ? '—' : String(n));
const show = (kind: BulletinColumn['kind'], v: string | number | null) =>
  kind === 'rate' ? pct(v as number | null) : kind === 'text' ? String(v ?? '') : num(v as number | null);

function table(
  title: string,
  sheet: string,
  columns: readonly BulletinColumn[],
  values: (string | number | null)[][],
): BulletinTable {
  return {
    title,
    sheet,
    columns,
    values,
    rows: values.map((v) => v.map((x, i) => show(columns[i]!.kind, x))),
  };
}

export function summaryLines(d: BulletinData): string[] {
  const t = d.total;
  return [
    `本月收件 ${t.received} 件，受理 ${t.accepted} 件，办结 ${t.concluded} 件，按时办结率 ${pct(t.onTimeRate)}，平均办结用时 ${num(t.avgWorkingDays)} 个工作日；即办件占比 ${pct(t.instantShare)}，全程网办占比 ${pct(t.fullyOnlineShare)}，零跑动占比 ${pct(t.zeroVisitShare)}，最多跑一次占比 ${pct(t.atMostOneVisitShare)}，免提交材料 ${t.exemptMaterials} 份。`,
    `收到评价 ${t.ratings} 条，满意率 ${pct(t.satisfactionRate)}；差评 ${t.ratingsNegative} 条，整改率 ${pct(t.rectificationRate)}，回访满意率 ${pct(t.revisitSatisfiedRate)}。`,
    `受理“办不成事”及 12345 诉求 ${t.complaints} 件，答复率 ${pct(t.complaintAnsweredRate)}，按时答复率 ${pct(t.complaintOnTimeRate)}，平均签收用时 ${num(t.avgSignMinutes)} 分钟，平均答复用时 ${num(t.avgReplyHours)} 小时，解决率 ${pct(t.complaintSolvedRate)}。`,
  ];
}

const C = (zh: string, kind: BulletinColumn['kind'], weight = 1): BulletinColumn => ({ zh, kind, weight });

export function BULLETIN_TABLES(d: BulletinData): BulletinTable[] {
  const ranking = d.ranking.map((r: StatsRow, i) => [
    i + 1,
    r.label,
    r.concluded,
    r.onTimeRate,
    r.avgWorkingDays,
    r.ratings,
    r.satisfactionRate,
    r.ratingsNegative,
    r.rectificationRate,
  ]);
  const complaints = d.complaints.map((r) => [
    r.label,
    r.complaints,
    r.avgSignMinutes,
    r.complaintAnsweredRate,
    r.complaintOnTimeRate,
    r.avgReplyHours,
    r.complaintSolvedRate,
  ]);
  return [
    table(
      '二、各部门办件与评价排名（按按时办结率、满意率排序）',
      '部门排名',
      [
        C('排名', 'count', 0.5),
        C('部门', 'text', 3),
        C('办结数', 'count'),
        C('按时办结率', 'rate'),
        C('平均用时（工作日）', 'avg', 1.3),
        C('评价数', 'count'),
        C('满意率', 'rate'),
        C('差评数', 'count'),
        C('整改率', 'rate'),
      ],
      ranking,
    ),
    table(
      '三、诉求办理情况',
      '诉求办理',
      [
        C('部门', 'text', 3),
        C('诉求数', 'count'),
        C('平均签收（分钟）', 'avg', 1.2),
        C('答复率', 'rate'),
        C('按时答复率', 'rate'),
        C('平均答复（小时）', 'avg', 1.2),
        C('解决率', 'rate'),
      ],
      complaints,
    ),
    table(
      '四、存在整改超期或诉求超期的部门（截至通报生成时）',
      '超期部门',
      [C('部门', 'text', 3), C('超期未完成整改', 'count', 1.2), C('超期未签收或未答复诉求', 'count', 1.5)],
      d.overdue.map((o) => [o.name, o.rectifications, o.complaints]),
    ),
  ];
}
