// Pure pieces of issuing a license: its last valid day from the type's rule, its 证照编号, and the
// face (照面信息) filled from the holder, the issuer, the dates and the case's form. Kept free of
// I/O so the rules are tested on their own (license-face.test.ts).
import { addCalendarDays, dateParts } from '../../platform/time/business-date.ts';
import type { FaceField, ValidityRule } from './codes.ts';

/**
 * The last day a license issued on `issueDate` is valid; null for a permanent (长期) one. N years
 * from 2026-03-01 end on 2031-02-28 (the day before the anniversary), as paper licences print it;
 * an issue on 29 February ends on 28 February N years later.
 */
export function validUntil(rule: ValidityRule, issueDate: string): string | null {
  if (rule.kind === 'permanent') return null;
  const { year, month, day } = dateParts(issueDate);
  const y = year + rule.years;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const anniversaryDay = month === 2 && day === 29 && !leap ? 28 : day;
  const anniversary = `${y}-${String(month).padStart(2, '0')}-${String(anniversaryDay).padStart(2, '0')}`;
  return month === 2 && day === 29 && !leap ? anniversary : addCalendarDays(anniversary, -1);
}

/**
 * 证照编号 on the face: the issuer's 6-digit region (GB/T 2260), the type's 3-digit suffix and
 * the serial (issue year + 8-digit counter per type, issuer and year) — 21 digits that say where,
 * what and when, e.g. 120103 003 2026 00000001. A new version of a license keeps its number (the
 * identifier's version part tells the versions apart), as a renewed paper licence does.
 */
export function licenseNumberOf(jurisdictionCode: string, typeCode: string, serial: string): string {
  return `${jurisdictionCode.slice(0, 6).padEnd(6, '0')}${typeCode.slice(-3)}${serial}`;
}

export interface FaceInput {
  holderName: string;
  holderIdNumber: string;
  issuerName: string;
  issueDate: string;
  validTo: string | null;
  licenseNumber: string;
  formData: Record<string, unknown>;
  /** Enum labels by data-element key: stored codes print as their Chinese label. */
  enumLabels?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** The value at a dotted data-element key of a nested form (`applicant.name`). */
export function formValue(formData: Record<string, unknown>, key: string): unknown {
  let node: unknown = formData;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function text(value: unknown, labels: ReadonlyMap<string, string> | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value))
    return value
      .map((v) => text(v, labels))
      .filter(Boolean)
      .join('、');
  if (typeof value === 'string' || typeof value === 'number') {
    const s = String(value).trim();
    return labels?.get(s) ?? s;
  }
  return '';
}

/** 照面信息 by face-field key; a form value the case does not have is ''. */
export function computeFace(fields: readonly FaceField[], input: FaceInput): Record<string, string> {
  const face: Record<string, string> = {};
  for (const f of fields) {
    switch (f.from) {
      case 'holder.name':
        face[f.key] = input.holderName;
        break;
      case 'holder.idNumber':
        face[f.key] = input.holderIdNumber;
        break;
      case 'issuer.name':
        face[f.key] = input.issuerName;
        break;
      case 'issueDate':
        face[f.key] = input.issueDate;
        break;
      case 'validTo':
        face[f.key] = input.validTo ?? '长期';
        break;
      case 'licenseNumber':
        face[f.key] = input.licenseNumber;
        break;
      default: {
        const key = f.from.slice('form:'.length);
        face[f.key] = text(formValue(input.formData, key), input.enumLabels?.get(key)).slice(0, 500);
      }
    }
  }
  return face;
}

/** Form data-element keys a type's face reads (to look up their enum labels). */
export const formKeysOf = (fields: readonly FaceField[]) =>
  fields.flatMap((f) => (f.from.startsWith('form:') ? [f.from.slice('form:'.length)] : []));
