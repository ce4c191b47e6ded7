// The catalog workbook (docs/catalog-import.md): sheet names and columns. Columns are found by
// their header text in row 1, so a clerk may reorder or hide them; a column left out keeps the
// current value (or the default of a new draft). Data starts on row 2.
import * as codes from '../codes.ts';
import type { Material } from '../content.ts';
import {
  formatBoolean,
  formatWhen,
  isProblem,
  optionalText,
  parseBoolean,
  parseCode,
  parseInteger,
  parseWhen,
  problem,
  type CellProblem,
} from './cells.ts';

export const SHEET = {
  basic: '基本目录',
  implementations: '实施清单',
  materials: '申请材料',
  guide: '填写说明',
  codes: '代码表',
} as const;

export interface ColumnInfo {
  header: string;
  en: string;
}

export const BASIC_COLUMNS = {
  basicCode: { header: '基本编码', en: 'Basic code' },
  name: { header: '事项名称', en: 'Item name' },
  itemType: { header: '事项类型', en: 'Item type' },
  legalBasis: { header: '设定依据', en: 'Legal basis' },
  exerciseLevel: { header: '行使层级', en: 'Exercise level' },
  serviceTargets: { header: '服务对象', en: 'Service targets' },
  themes: { header: '主题', en: 'Themes' },
} as const satisfies Record<string, ColumnInfo>;
export const BASIC_REQUIRED = [
  'basicCode',
  'name',
  'itemType',
  'legalBasis',
  'exerciseLevel',
  'serviceTargets',
];

/** Identity columns of 实施清单 (before the content columns of implementation-columns.ts). */
export const IMPLEMENTATION_KEYS = {
  rowKey: { header: '行标识', en: 'Row key' },
  code: { header: '实施编码', en: 'Implementation code' },
  basicCode: { header: '基本编码', en: 'Basic code' },
  name: { header: '事项名称（参考）', en: 'Item name (for reference, not imported)' },
  agencyId: { header: '实施主体', en: 'Agency id' },
  regionCode: { header: '区划代码', en: 'Region code' },
} as const satisfies Record<string, ColumnInfo>;
export const FULL_CONTENT = { header: '完整内容', en: 'Full content (JSON)' } as const;

export interface MaterialColumn extends ColumnInfo {
  /** The Material field, or a key column. */
  field: keyof Material | 'code' | 'rowKey';
  format?: (m: Material) => string | number;
  /** Sets the value on the material being built, or says what is wrong. */
  apply?: (m: Record<string, unknown>, text: string) => CellProblem | undefined;
}

const put =
  (field: keyof Material, parse: (t: string) => unknown) => (m: Record<string, unknown>, text: string) => {
    const v = parse(text);
    if (isProblem(v)) return v;
    if (v === undefined) delete m[field];
    else m[field] = v;
    return undefined;
  };
const requiredText = (t: string) => (t.trim() === '' ? problem('必填', 'required') : t.trim());
const codeOf = (table: readonly codes.CodeEntry[]) => (t: string) =>
  t.trim() === '' ? problem('必填', 'required') : parseCode(table, t);
const count = (t: string) => (t.trim() === '' ? 0 : parseInteger(t, 0, 20));
const textColumn = (field: keyof Material, header: string, en: string): MaterialColumn => ({
  field,
  header,
  en,
  format: (m) => (m[field] as string | undefined) ?? '',
  apply: put(field, optionalText),
});

export const MATERIAL_COLUMNS: readonly MaterialColumn[] = [
  { field: 'code', header: '实施编码', en: 'Implementation code' },
  { field: 'rowKey', header: '行标识', en: 'Row key (of a new implementation)' },
  {
    field: 'id',
    header: '材料标识',
    en: 'Material id',
    format: (m) => m.id,
    apply: put('id', (t) => t.trim()),
  },
  { field: 'name', header: '材料名称', en: 'Name', format: (m) => m.name, apply: put('name', requiredText) },
  textColumn('issuer', '出具单位', 'Issuing body'),
  {
    field: 'requirement',
    header: '是否必要',
    en: 'Requirement',
    format: (m) => m.requirement,
    apply: put('requirement', codeOf(codes.MATERIAL_REQUIREMENTS)),
  },
  {
    field: 'when',
    header: '适用情形',
    en: 'Applies when',
    format: (m) => formatWhen(m.when),
    apply: put('when', parseWhen),
  },
  {
    field: 'source',
    header: '来源',
    en: 'Source',
    format: (m) => m.source,
    apply: put('source', codeOf(codes.MATERIAL_SOURCES)),
  },
  textColumn('licenseType', '证照类型', 'E-license type'),
  textColumn('sharedDataset', '共享数据集', 'Shared dataset'),
  {
    field: 'format',
    header: '形式',
    en: 'Format',
    format: (m) => m.format,
    apply: put('format', codeOf(codes.MATERIAL_FORMATS)),
  },
  {
    field: 'originals',
    header: '原件份数',
    en: 'Originals',
    format: (m) => m.originals,
    apply: put('originals', count),
  },
  {
    field: 'copies',
    header: '复印件份数',
    en: 'Copies',
    format: (m) => m.copies,
    apply: put('copies', count),
  },
  {
    field: 'deficiencyAllowed',
    header: '可容缺',
    en: 'Deficiency allowed',
    format: (m) => formatBoolean(m.deficiencyAllowed),
    apply: put('deficiencyAllowed', parseBoolean),
  },
  {
    field: 'acceptanceStandard',
    header: '受理标准',
    en: 'Acceptance standard',
    format: (m) => m.acceptanceStandard,
    apply: put('acceptanceStandard', (t) => t.trim()),
  },
  textColumn('timeRequirement', '时间要求', 'Time requirement'),
  textColumn('whereToObtain', '获取途径', 'Where to obtain'),
  textColumn('blankFormFileId', '空白表格文件', 'Blank form file id'),
  textColumn('sampleFileId', '样表文件', 'Sample file id'),
  textColumn('notes', '备注', 'Notes'),
];
