// Writing the catalog workbook: the three data sheets in the import format, a sheet of filling
// instructions and one of every code table, so a clerk can edit the export and import it back.
import ExcelJS from 'exceljs';
import * as codes from '../codes.ts';
import type { BasicItemContent, ImplementationContent } from '../content.ts';
import { basicCells } from './basic-rows.ts';
import { contentCells, type Cell } from './build-content.ts';
import { CONTENT_COLUMNS } from './implementation-columns.ts';
import {
  BASIC_COLUMNS,
  FULL_CONTENT,
  IMPLEMENTATION_KEYS,
  MATERIAL_COLUMNS,
  SHEET,
  type ColumnInfo,
} from './workbook-format.ts';

export interface WorkbookImplementation {
  code: string;
  rowKey?: string;
  agencyId: string;
  regionCode: string;
  content: ImplementationContent;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const IMPLEMENTATION_COLUMNS: ColumnInfo[] = [
  ...Object.values(IMPLEMENTATION_KEYS),
  ...CONTENT_COLUMNS,
  FULL_CONTENT,
];

function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly ColumnInfo[],
  rows: Map<string, Cell>[],
) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  // Text format keeps codes such as 01 from turning into numbers when a clerk edits them.
  ws.columns = columns.map((c) => ({
    header: c.header,
    width: Math.min(40, Math.max(10, c.header.length * 2 + 4)),
    style: { numFmt: '@' },
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  columns.forEach((c, i) => {
    header.getCell(i + 1).note = c.en;
  });
  for (const r of rows) ws.addRow(columns.map((c) => r.get(c.header) ?? ''));
}

const GUIDE: [string, string][] = [
  [
    '基本目录',
    '每行一个基本目录事项。新增或修改须由市政务服务办导入；与现有内容相同的行不作处理。设定依据每行一条：法规名称|条款|原文。',
  ],
  [
    '实施清单',
    '每行一个实施清单。实施编码留空为新增（须填行标识以便关联申请材料）；填写已有编码则生成一个新的草稿版本（已有在编版本时拒绝）。与最新版本相同的行不作处理。',
  ],
  ['时限', '填“即办”或“数字+单位”，如“20个工作日”“30个自然日”“3个月”。'],
  ['代码', '填代码（见“代码表”）或中文名称；多个值用逗号分隔。是/否列填“是”或“否”。'],
  ['收费', '不收费填“不收费”；收费项目每行一项：名称|金额（元）|收费依据。'],
  ['受理场所', '每行一个：场所标识|受理方式|窗口编号（可省略，多个用逗号分隔）。'],
  [
    '申请材料',
    '每行一份材料，以实施编码或行标识关联实施清单；某实施清单在本表有材料时，其材料以本表为准。适用情形写作：问题标识=选项标识,选项标识; 问题标识=选项标识。',
  ],
  ['完整内容', '情形引导、受理条件、办理流程、申请表等复杂内容的 JSON（导出时自动填写，可保留不动）。'],
  ['全部或全不', '任何一行有误则整个文件不导入，并逐行列出错误（工作表、行号、列名）。'],
];

export async function buildWorkbook(input: {
  basicItems: readonly BasicItemContent[];
  implementations: readonly WorkbookImplementation[];
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tongban';
  addSheet(wb, SHEET.basic, Object.values(BASIC_COLUMNS), input.basicItems.map(basicCells));
  const implRows: Map<string, Cell>[] = [];
  const materialRows: Map<string, Cell>[] = [];
  for (const impl of input.implementations) {
    const cells = contentCells(impl.content);
    cells.row.set(IMPLEMENTATION_KEYS.rowKey.header, impl.rowKey ?? '');
    cells.row.set(IMPLEMENTATION_KEYS.code.header, impl.code);
    cells.row.set(IMPLEMENTATION_KEYS.basicCode.header, impl.content.basicCode);
    cells.row.set(IMPLEMENTATION_KEYS.name.header, impl.content.name);
    cells.row.set(IMPLEMENTATION_KEYS.agencyId.header, impl.agencyId);
    cells.row.set(IMPLEMENTATION_KEYS.regionCode.header, impl.regionCode);
    implRows.push(cells.row);
    for (const m of cells.materials) {
      m.set(MATERIAL_COLUMNS[0]!.header, impl.code);
      m.set(MATERIAL_COLUMNS[1]!.header, impl.code ? '' : (impl.rowKey ?? ''));
      materialRows.push(m);
    }
  }
  addSheet(wb, SHEET.implementations, IMPLEMENTATION_COLUMNS, implRows);
  addSheet(wb, SHEET.materials, MATERIAL_COLUMNS, materialRows);
  addSheet(
    wb,
    SHEET.guide,
    [
      { header: '项目', en: 'Topic' },
      { header: '说明', en: 'How to fill in' },
    ],
    GUIDE.map(
      ([topic, text]) =>
        new Map([
          ['项目', topic],
          ['说明', text],
        ]),
    ),
  );
  const tables: [string, readonly codes.CodeEntry[]][] = [
    ['事项类型', codes.ITEM_TYPES],
    ['行使层级', codes.EXERCISE_LEVELS],
    ['实施主体性质', codes.AGENCY_NATURES],
    ['服务对象', codes.SERVICE_TARGETS],
    ['主题', codes.THEMES],
    ['办件类型', codes.CASE_TYPES],
    ['办理形式', codes.HANDLING_MODES],
    ['网办深度', codes.ONLINE_DEPTHS],
    ['跨省通办', codes.CROSS_PROVINCE_MODES],
    ['办结类型', codes.RESULT_TYPES],
    ['所属清单', codes.CATALOG_LISTS],
    ['受理方式', codes.ACCEPTANCE_MODES],
    ['是否必要', codes.MATERIAL_REQUIREMENTS],
    ['来源', codes.MATERIAL_SOURCES],
    ['形式', codes.MATERIAL_FORMATS],
  ];
  addSheet(
    wb,
    SHEET.codes,
    ['代码表', '代码', '中文', 'English'].map((h) => ({ header: h, en: h })),
    tables.flatMap(([name, t]) =>
      t.map(
        (e) =>
          new Map([
            ['代码表', name],
            ['代码', e.code],
            ['中文', e.zh],
            ['English', e.en],
          ]),
      ),
    ),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
