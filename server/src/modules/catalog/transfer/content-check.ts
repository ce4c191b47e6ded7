// Schema checks of imported rows against the catalog contract (content.ts), with every schema
// error placed at the sheet, row and column it came from. The same ajv settings as request
// bodies: all errors, no coercion, Chinese messages from ajv-i18n.
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { createRequire } from 'node:module';
import { BasicItemContent, ImplementationContent } from '../content.ts';
import { CONTENT_COLUMNS } from './implementation-columns.ts';
import { reportError, type ImportError } from './report.ts';
import {
  BASIC_COLUMNS,
  FULL_CONTENT,
  IMPLEMENTATION_KEYS,
  MATERIAL_COLUMNS,
  SHEET,
} from './workbook-format.ts';

const localizeZh = createRequire(import.meta.url)('ajv-i18n/localize/zh') as (errors: ErrorObject[]) => void;

const ajv = new Ajv({ allErrors: true, coerceTypes: false, useDefaults: false, strict: false });
addFormats.default(ajv);
const checkImplementation = ajv.compile(ImplementationContent);
const checkBasic = ajv.compile(BasicItemContent);

/** The full path of an error: the failing property for `required` and `additionalProperties`. */
function pathOf(e: ErrorObject): string {
  const extra =
    e.keyword === 'required'
      ? `/${String(e.params.missingProperty)}`
      : e.keyword === 'additionalProperties'
        ? `/${String(e.params.additionalProperty)}`
        : '';
  return `${e.instancePath}${extra}`.replace(/^\//, '');
}

function messages(errors: ErrorObject[]): { path: string; zh: string; en: string }[] {
  // Unions (time limits) fail once per branch; one message per path is enough for a clerk.
  const zh = errors.map((e) => ({ ...e }));
  localizeZh(zh);
  const seen = new Set<string>();
  return errors.flatMap((e, i) => {
    const path = pathOf(e);
    if (seen.has(path)) return [];
    seen.add(path);
    return [{ path, zh: zh[i]?.message ?? '不符合要求', en: e.message ?? 'is not valid' }];
  });
}

const startsWith = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

export function checkBasicRow(content: unknown, row: number): ImportError[] {
  if (checkBasic(content)) return [];
  return messages(checkBasic.errors ?? []).map(({ path, zh, en }) => {
    const key = path.split('/')[0] as keyof typeof BASIC_COLUMNS;
    const column = BASIC_COLUMNS[key]?.header ?? '';
    return reportError(SHEET.basic, row, column, zh, en);
  });
}

/** Schema errors of one implementation row, at their column (or 申请材料 row, or 完整内容). */
export function checkImplementationRow(
  content: unknown,
  row: number,
  materialRowOf: readonly number[],
): ImportError[] {
  if (checkImplementation(content)) return [];
  return messages(checkImplementation.errors ?? []).map(({ path, zh, en }) => {
    const [head, index, field] = path.split('/');
    if (head === 'materials' && index !== undefined) {
      const materialRow = materialRowOf[Number(index)] ?? -1;
      const column = MATERIAL_COLUMNS.find((c) => c.field === field)?.header ?? '';
      if (materialRow > 0) return reportError(SHEET.materials, materialRow, column, zh, en);
      return reportError(
        SHEET.implementations,
        row,
        '',
        `申请材料 ${path}：${zh}`,
        `material ${path}: ${en}`,
      );
    }
    if (['name', 'basicCode', 'itemType', 'legalBasis'].includes(head ?? ''))
      return reportError(
        SHEET.implementations,
        row,
        IMPLEMENTATION_KEYS.basicCode.header,
        `基本目录 ${path}：${zh}`,
        `basic item ${path}: ${en}`,
      );
    const column = CONTENT_COLUMNS.find((c) => c.paths.some((p) => startsWith(path, p)));
    if (column) return reportError(SHEET.implementations, row, column.header, zh, en);
    return reportError(SHEET.implementations, row, FULL_CONTENT.header, `${path}：${zh}`, `${path}: ${en}`);
  });
}
