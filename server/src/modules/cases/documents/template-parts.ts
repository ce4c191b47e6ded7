// The parts every case document shares: the facts an action supplies, dates in Chinese, the laws
// cited, the remedies paragraph (行政复议 60 days, 行政诉讼 6 months), case fields and reasons.
import type { PdfBlock } from '../../../platform/documents/render-pdf.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { labelOf, MATERIAL_FORMATS, SPECIAL_PROCEDURE_KINDS } from '../../catalog/codes.ts';
import { DELIVERY_METHODS, DOCUMENT_KINDS, type DeliveryMethod, type DocumentKind } from '../codes.ts';
import type { ServiceCaseRow } from '../schema.ts';

export interface MissingMaterialFact {
  name: string;
  /** Format code (MATERIAL_FORMATS) or free text: 原件, 复印件, 电子件… */
  format?: string;
  note?: string;
}

export interface SpecialProcedureFact {
  /** SPECIAL_PROCEDURE_KINDS code or free text. */
  kind: string;
  reason: string;
  maxWorkingDays: number;
  startedOn?: string;
}

export interface DeliveryFact {
  method: DeliveryMethod;
  venueName?: string;
  address?: string;
  courier?: string;
  trackingNumber?: string;
  receivedBy?: string;
  /** Business date or ISO instant. */
  deliveredAt?: string;
  /** What was delivered: document titles and numbers, the licence. */
  items?: string[];
}

/** What a document states besides the case row. Every field is optional; each template picks. */
export interface DocumentFacts {
  /** 发文机关: the competent agency's full name (default: the case's agency id). */
  agencyName?: string;
  itemName?: string;
  applicantName?: string;
  caseNumber?: string;
  /** Business date the document is issued (default: the issue date passed to the service). */
  issuedOn?: string;
  receivedOn?: string;
  acceptedOn?: string;
  promisedDue?: string;
  statutoryDue?: string;
  promisedWorkingDays?: number;
  statutoryWorkingDays?: number;
  /** Where the application was accepted. */
  venueName?: string;
  /** Refusal, denial, termination and revocation reasons. */
  reason?: string;
  /** Legal basis named in the document (法律依据). */
  legalBasis?: string;
  /** 补正内容: every item at once. */
  correctionItems?: string[];
  /** By when corrected materials are due (business date). */
  correctionDueOn?: string;
  /** 容缺 materials still to supply. */
  missingMaterials?: MissingMaterialFact[];
  deficiencyDueOn?: string;
  /** 告知承诺 text the applicant signed. */
  commitmentText?: string;
  specialProcedure?: SpecialProcedureFact;
  /** 审批意见 of a decision. */
  opinion?: string;
  /** Name of the licence or result issued with an approval. */
  resultName?: string;
  resultValidUntil?: string;
  /** Date of the decision a revocation cancels. */
  decisionOn?: string;
  delivery?: DeliveryFact;
  /** Who hears a reconsideration (default: the competent reconsideration body, unnamed). */
  reconsiderationBody?: string;
  /** Where a suit is filed (default: the people's court with jurisdiction). */
  court?: string;
  /** Phone number for questions. */
  contactPhone?: string;
  /** Acceptance by operation of law (逾期不告知即为受理, 行政许可法 §32): the acceptance notice says so. */
  deemed?: boolean;
  /** A further paragraph the document prints as given (before the contact line). */
  note?: string;
}

export interface DocumentText {
  title: string;
  addressee: string;
  blocks: PdfBlock[];
}

/** 2026-03-01 → 2026年3月1日; anything else passes through. */
export function zhDate(day: string | null | undefined): string {
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})/.exec(day) : null;
  if (!m) return day ?? '—';
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

export const LAW = {
  licensing: '《中华人民共和国行政许可法》',
  reconsideration: '《中华人民共和国行政复议法》',
  litigation: '《中华人民共和国行政诉讼法》',
};

/** The remedies paragraph every adverse decision carries. */
export function rightsParagraph(f: DocumentFacts, received = '收到本文书'): string {
  const body = f.reconsiderationBody ?? '有管辖权的行政复议机关';
  const court = f.court ?? '有管辖权的人民法院';
  return (
    `如对本决定不服，可以自${received}之日起60日内向${body}申请行政复议（${LAW.reconsideration}第二十条），` +
    `也可以自${received}之日起6个月内依法向${court}提起行政诉讼（${LAW.litigation}第四十六条）。`
  );
}

export interface Subject {
  agency: string;
  item: string;
  applicant: string;
  caseNumber: string;
  received: string;
}

export function subjectOf(c: ServiceCaseRow, f: DocumentFacts): Subject {
  return {
    agency: f.agencyName ?? c.agencyId,
    item: f.itemName ?? c.itemName,
    applicant: f.applicantName ?? c.applicantName,
    caseNumber: f.caseNumber ?? c.caseNumber ?? c.id,
    received: zhDate(f.receivedOn ?? c.receivedOn),
  };
}

export const caseFields = (s: Subject, extra: (readonly [string, string])[] = []): PdfBlock => ({
  kind: 'fields',
  rows: [['申请人', s.applicant], ['申请事项', s.item], ['办件编号', s.caseNumber], ...extra],
});

export const reasonBlocks = (f: DocumentFacts, heading: string): PdfBlock[] => {
  if (!f.reason?.trim())
    throw missingFact('reason', `${heading}: a reason is required`, `${heading}必须写明`);
  return [
    { kind: 'heading', text: heading },
    { kind: 'paragraph', text: f.reason.trim() },
    ...(f.legalBasis?.trim()
      ? [{ kind: 'paragraph' as const, text: `法律依据：${f.legalBasis.trim()}` }]
      : []),
  ];
};

export const contact = (f: DocumentFacts): PdfBlock[] =>
  f.contactPhone ? [{ kind: 'paragraph', text: `咨询电话：${f.contactPhone}` }] : [];

export const formatLabel = (format: string | undefined) =>
  format ? (labelOf(MATERIAL_FORMATS, format)?.zh ?? format) : undefined;

export const procedureLabel = (kind: string) => labelOf(SPECIAL_PROCEDURE_KINDS, kind)?.zh ?? kind;

export const deliveryLabel = (method: DeliveryMethod) => labelOf(DELIVERY_METHODS, method)?.zh ?? method;

export const documentTitle = (kind: DocumentKind) => labelOf(DOCUMENT_KINDS, kind)!.zh;

/** A fact the document must state is missing: the action's body lacks it. */
export function missingFact(field: string, message: string, messageZh: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    detail: message,
    errors: [{ path: `/body/${field}`, message, messageZh }],
  });
}

export type Template = (c: ServiceCaseRow, f: DocumentFacts, s: Subject) => PdfBlock[];
