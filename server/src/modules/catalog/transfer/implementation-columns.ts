// The scalar columns of sheet 实施清单: each reads and writes one part of ImplementationContent.
// `paths` are the content paths the column stands for, so a schema error on `/result/name`
// is reported at column 结果名称. Everything without a column travels in 完整内容 (JSON).
import * as codes from '../codes.ts';
import type { ImplementationContent } from '../content.ts';
import {
  formatBoolean,
  formatCodes,
  formatFee,
  formatLimit,
  formatVenues,
  isProblem,
  optionalText,
  parseBoolean,
  parseCode,
  parseCodes,
  parseFee,
  parseInteger,
  parseLimit,
  parseVenues,
  problem,
  splitList,
  type CellProblem,
  type Parsed,
} from './cells.ts';

/** A content being assembled from a row (checked against the schema afterwards). */
export type Draft = Record<string, unknown> & { result: Record<string, unknown> };

export interface ContentColumn {
  header: string;
  en: string;
  /** Content paths this column stands for (JSON pointer without the leading slash). */
  paths: string[];
  format: (c: ImplementationContent) => string | number;
  /** Sets the value read from `text` on the draft, or says what is wrong. */
  apply: (d: Draft, text: string) => CellProblem | undefined;
}

const set =
  <T>(key: string, parse: (text: string) => Parsed<T>) =>
  (d: Draft, text: string) => {
    const v = parse(text);
    if (isProblem(v)) return v;
    if (v === undefined) delete d[key];
    else d[key] = v;
    return undefined;
  };

const required =
  <T>(parse: (text: string) => Parsed<T>) =>
  (text: string) =>
    text.trim() === '' ? problem('必填', 'required') : parse(text);

const code = (
  key: keyof ImplementationContent,
  header: string,
  en: string,
  table: readonly codes.CodeEntry[],
) => ({
  header,
  en,
  paths: [key],
  format: (c: ImplementationContent) => String(c[key]),
  apply: set(
    key,
    required((t) => parseCode(table, t)),
  ),
});

const codeList = (
  key: keyof ImplementationContent,
  header: string,
  en: string,
  table: readonly codes.CodeEntry[],
) => ({
  header,
  en,
  paths: [key],
  format: (c: ImplementationContent) => formatCodes(c[key] as string[]),
  apply: set(key, (t) => parseCodes(table, t)),
});

const text = (
  key: keyof ImplementationContent,
  header: string,
  en: string,
  opts: { optional?: boolean } = {},
) => ({
  header,
  en,
  paths: [key],
  format: (c: ImplementationContent) => (c[key] as string | undefined) ?? '',
  apply: set(key, (t) => (opts.optional ? optionalText(t) : t.trim())),
});

const flag = (key: keyof ImplementationContent, header: string, en: string) => ({
  header,
  en,
  paths: [key],
  format: (c: ImplementationContent) => formatBoolean(c[key] as boolean),
  apply: set(key, parseBoolean),
});

const reason = (key: 'notInCentre' | 'notOnline', header: string, en: string) => ({
  header,
  en,
  paths: [key],
  format: (c: ImplementationContent) => c[key]?.reason ?? '',
  apply: set(key, (t) => (t.trim() ? { reason: t.trim() } : null)),
});

const resultPart = (key: 'type' | 'name' | 'licenseType' | 'sampleFileId', header: string, en: string) => ({
  header,
  en,
  paths: [`result/${key}`],
  format: (c: ImplementationContent) => c.result[key] ?? '',
  apply: (d: Draft, t: string) => {
    const v = key === 'type' ? required((s) => parseCode(codes.RESULT_TYPES, s))(t) : t.trim();
    if (isProblem(v)) return v;
    if (v === '' && key !== 'name') delete d.result[key];
    else d.result[key] = v;
    return undefined;
  },
});

export const CONTENT_COLUMNS: readonly ContentColumn[] = [
  code('agencyNature', '实施主体性质', 'Agency nature', codes.AGENCY_NATURES),
  code('exerciseLevel', '行使层级', 'Exercise level', codes.EXERCISE_LEVELS),
  codeList('serviceTargets', '服务对象', 'Service targets', codes.SERVICE_TARGETS),
  codeList('themes', '主题', 'Themes', codes.THEMES),
  code('caseType', '办件类型', 'Case type', codes.CASE_TYPES),
  {
    header: '法定时限',
    en: 'Statutory limit',
    paths: ['statutoryLimit'],
    format: (c) => formatLimit(c.statutoryLimit),
    apply: set('statutoryLimit', required(parseLimit)),
  },
  {
    header: '承诺时限',
    en: 'Promised limit',
    paths: ['promisedLimit'],
    format: (c) => formatLimit(c.promisedLimit),
    apply: set('promisedLimit', required(parseLimit)),
  },
  text('limitNote', '时限说明', 'Limit note', { optional: true }),
  {
    header: '到现场次数',
    en: 'Visits',
    paths: ['visits'],
    format: (c) => c.visits,
    apply: set(
      'visits',
      required((t) => parseInteger(t, 0, 9)),
    ),
  },
  text('visitsReason', '到现场理由', 'Why a visit is needed', { optional: true }),
  codeList('handlingModes', '办理形式', 'Handling modes', codes.HANDLING_MODES),
  code('onlineDepth', '网办深度', 'Online depth', codes.ONLINE_DEPTHS),
  text('onlineUrl', '网办地址', 'Online URL', { optional: true }),
  {
    header: '实名等级',
    en: 'Real-name level',
    paths: ['minRealNameLevel'],
    format: (c) => c.minRealNameLevel,
    apply: set(
      'minRealNameLevel',
      required((t) => parseInteger(t, 1, 3)),
    ),
  },
  flag('cityWide', '全市通办', 'City-wide'),
  codeList('crossProvince', '跨省通办', 'Cross-province modes', codes.CROSS_PROVINCE_MODES),
  flag('appointment', '支持预约', 'Appointments'),
  flag('onlinePayment', '网上支付', 'Online payment'),
  {
    header: '收费',
    en: 'Fees',
    paths: ['fee'],
    format: (c) => formatFee(c.fee),
    apply: set('fee', parseFee),
  },
  resultPart('type', '办结类型', 'Result type'),
  resultPart('name', '结果名称', 'Result name'),
  resultPart('licenseType', '结果证照类型', 'Result e-license type'),
  resultPart('sampleFileId', '结果样本文件', 'Result sample file'),
  {
    header: '受理场所',
    en: 'Accepting venues',
    paths: ['acceptingVenues'],
    format: (c) => formatVenues(c.acceptingVenues),
    apply: set('acceptingVenues', parseVenues),
  },
  {
    header: '监管部门',
    en: 'Supervising agency',
    paths: ['supervisingAgencyId'],
    format: (c) => c.supervisingAgencyId ?? '',
    apply: set('supervisingAgencyId', (t) => t.trim() || null),
  },
  text('quantityLimit', '数量限制', 'Quantity limit', { optional: true }),
  reason('notInCentre', '不进驻中心理由', 'Not in the centre: reason'),
  reason('notOnline', '不网办理由', 'Not online: reason'),
  text('consultationPhone', '咨询电话', 'Consultation phone'),
  text('supervisionPhone', '监督电话', 'Supervision phone'),
  codeList('lists', '所属清单', 'Lists', codes.CATALOG_LISTS),
  {
    header: '关键词',
    en: 'Keywords',
    paths: ['keywords'],
    format: (c) => c.keywords.join(','),
    apply: set('keywords', splitList),
  },
];

/** Content keys that have a column (or come from the basic item, or from sheet 申请材料). */
export const KEYS_OUTSIDE_JSON = new Set<string>([
  'name',
  'basicCode',
  'itemType',
  'legalBasis',
  'materials',
  ...CONTENT_COLUMNS.map((c) => c.paths[0]!.split('/')[0]!),
]);
