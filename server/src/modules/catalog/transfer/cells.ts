// Cell formats of the catalog workbook, as pairs: `parse*` reads what a clerk typed (lenient:
// a code or its Chinese label, 是/否 or true/false, half- or full-width separators) and
// `format*` writes what the export puts there, so an exported workbook reads back unchanged.
// A parser returns the value or a `CellProblem` in both languages; it never throws.
import type { CodeEntry } from '../codes.ts';
import { LIMIT_UNITS } from '../codes.ts';
import type { AcceptingVenue, AppliesWhen, LegalBasis, TimeLimit } from '../content.ts';

export interface CellProblem {
  problem: true;
  zh: string;
  en: string;
}
export type Parsed<T> = T | CellProblem;

export const problem = (zh: string, en: string): CellProblem => ({ problem: true, zh, en });
export const isProblem = (v: unknown): v is CellProblem =>
  typeof v === 'object' && v !== null && (v as CellProblem).problem === true;

/** Splits a list cell on , ， 、 ; ； and newlines. */
export const splitList = (text: string) =>
  text
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A code of `table`: the code itself, "code label", or the Chinese label. */
export function parseCode(table: readonly CodeEntry[], text: string): Parsed<string> {
  const t = text.trim();
  const head = t.split(/\s+/)[0] ?? '';
  const found =
    table.find((e) => e.code === t || e.code === head || e.zh === t) ??
    // A clerk's Excel may turn "01" into the number 1.
    (/^\d$/.test(t) ? table.find((e) => e.code === t.padStart(2, '0')) : undefined);
  if (found) return found.code;
  const allowed = table.map((e) => `${e.code} ${e.zh}`).join('，');
  return problem(`“${t}”不是有效代码，可选：${allowed}`, `"${t}" is not a valid code; one of: ${allowed}`);
}

export function parseCodes(table: readonly CodeEntry[], text: string): Parsed<string[]> {
  const out: string[] = [];
  for (const part of splitList(text)) {
    const code = parseCode(table, part);
    if (isProblem(code)) return code;
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

export const formatCodes = (codes: readonly string[]) => codes.join(',');

const TRUE = new Set(['是', 'y', 'yes', 'true', '1', '√']);
const FALSE = new Set(['否', 'n', 'no', 'false', '0', '×', '']);

export function parseBoolean(text: string): Parsed<boolean> {
  const t = text.trim().toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return problem(`“${text}”应为“是”或“否”`, `"${text}" must be 是 (yes) or 否 (no)`);
}

export const formatBoolean = (b: boolean) => (b ? '是' : '否');

export function parseInteger(text: string, min: number, max: number): Parsed<number> {
  const t = text.trim();
  const n = Number(t);
  if (!/^-?\d+$/.test(t) || n < min || n > max)
    return problem(`应为 ${min}–${max} 之间的整数`, `must be a whole number from ${min} to ${max}`);
  return n;
}

const UNIT_WORDS: Record<string, string> = { 个工作日: 'working-days', 工作日: 'working-days' };
for (const u of LIMIT_UNITS) {
  UNIT_WORDS[u.code] = u.code;
  UNIT_WORDS[u.zh] = u.code;
  UNIT_WORDS[u.zh.replace(/^个/, '')] = u.code;
}

/** "即办", "20个工作日", "30个自然日", "3个月" or "20 working-days". */
export function parseLimit(text: string): Parsed<TimeLimit> {
  const t = text.trim();
  if (t === '即办' || t === 'on-the-spot') return { kind: 'on-the-spot' };
  const m = /^(\d{1,3})\s*(.+)$/.exec(t);
  const unit = m ? UNIT_WORDS[m[2]!.trim()] : undefined;
  if (!m || !unit || Number(m[1]) < 1)
    return problem(
      `“${t}”应写作“即办”或“数字+单位”，如“20个工作日”“30个自然日”“3个月”`,
      `"${t}" must be 即办 (on the spot) or a number and a unit, e.g. "20 working-days", "30 natural-days", "3 months"`,
    );
  return { kind: 'period', value: Number(m[1]), unit: unit as 'working-days' };
}

export function formatLimit(l: TimeLimit): string {
  if (l.kind === 'on-the-spot') return '即办';
  return `${l.value}${LIMIT_UNITS.find((u) => u.code === l.unit)?.zh ?? l.unit}`;
}

/** One line per article: 法规名称|条款|原文. */
export function parseLegalBasis(text: string): Parsed<LegalBasis[]> {
  const out: LegalBasis[] = [];
  for (const [i, line] of lines(text).entries()) {
    const parts = line.split('|');
    if (parts.length < 3)
      return problem(
        `第 ${i + 1} 行应写作“法规名称|条款|原文”`,
        `line ${i + 1} must read "law|article|text"`,
      );
    const [law, article, ...rest] = parts;
    out.push({ law: law!.trim(), article: article!.trim(), text: rest.join('|').trim() });
  }
  return out;
}

export const formatLegalBasis = (basis: readonly LegalBasis[]) =>
  basis.map((b) => `${b.law}|${b.article}|${b.text.replace(/\r?\n/g, ' ')}`).join('\n');

type Fee = { charged: boolean; items: { name: string; amount: string; basis: string }[] };

/** 不收费 (or empty), 收费, or one line per fee item: 名称|金额（元）|收费依据. */
export function parseFee(text: string): Parsed<Fee> {
  const t = text.trim();
  if (t === '' || t === '不收费' || t === '否') return { charged: false, items: [] };
  if (t === '收费' || t === '是') return { charged: true, items: [] };
  const items: Fee['items'] = [];
  for (const [i, line] of lines(t).entries()) {
    const parts = line.split('|').map((s) => s.trim());
    if (parts.length < 3)
      return problem(
        `第 ${i + 1} 行应写作“收费项目|金额|收费依据”，或填“不收费”`,
        `line ${i + 1} must read "item|amount|basis", or write 不收费 (free)`,
      );
    items.push({ name: parts[0]!, amount: parts[1]!, basis: parts.slice(2).join('|') });
  }
  return { charged: true, items };
}

export function formatFee(fee: Fee): string {
  if (!fee.charged) return '不收费';
  if (!fee.items.length) return '收费';
  return fee.items.map((f) => `${f.name}|${f.amount}|${f.basis}`).join('\n');
}

/** One line per venue: 场所标识|受理方式|窗口编号,窗口编号 (windows optional). */
export function parseVenues(
  text: string,
): Parsed<{ venueId: string; mode: string; windowCodes?: string[] }[]> {
  const out: { venueId: string; mode: string; windowCodes?: string[] }[] = [];
  for (const [i, line] of lines(text).entries()) {
    const parts = line.split('|').map((s) => s.trim());
    if (parts.length < 2 || parts.length > 3 || !parts[0] || !parts[1])
      return problem(
        `第 ${i + 1} 行应写作“场所标识|受理方式|窗口编号（可省略）”`,
        `line ${i + 1} must read "venue id|acceptance mode|window codes (optional)"`,
      );
    out.push({
      venueId: parts[0],
      mode: parts[1],
      ...(parts.length === 3 && { windowCodes: splitList(parts[2]!) }),
    });
  }
  return out;
}

export const formatVenues = (venues: readonly AcceptingVenue[]) =>
  venues
    .map((v) => [v.venueId, v.mode, ...(v.windowCodes ? [v.windowCodes.join(',')] : [])].join('|'))
    .join('\n');

/** 适用情形: "问题标识=选项,选项; 问题标识=选项" (empty: always). */
export function parseWhen(text: string): Parsed<AppliesWhen | undefined> {
  const t = text.trim();
  if (!t) return undefined;
  const out: AppliesWhen = {};
  for (const part of t
    .split(/[;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([^=＝]+)[=＝](.+)$/.exec(part);
    if (!m)
      return problem(
        `“${part}”应写作“问题标识=选项标识,选项标识”`,
        `"${part}" must read "questionId=optionId,optionId"`,
      );
    out[m[1]!.trim()] = splitList(m[2]!);
  }
  return out;
}

export const formatWhen = (when: AppliesWhen | undefined) =>
  when
    ? Object.entries(when)
        .map(([q, options]) => `${q}=${options.join(',')}`)
        .join('; ')
    : '';

/** Optional text: empty is absent. */
export const optionalText = (text: string) => (text.trim() === '' ? undefined : text.trim());
