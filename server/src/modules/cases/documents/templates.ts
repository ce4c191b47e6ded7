// The Chinese text of each case document (文书). A template takes the case and the facts the
// action supplied and returns title, addressee and blocks for the PDF renderer; it picks the facts
// it needs and falls back to the case row. Refusals, denials, terminations and revocations state
// their reasons and the applicant's remedies with their deadlines: administrative reconsideration
// within 60 days (行政复议法 §20) and litigation within 6 months (行政诉讼法 §46).
import type { DocumentKind } from '../codes.ts';
import type { ServiceCaseRow } from '../schema.ts';
import { ACCEPTANCE_TEMPLATES } from './acceptance-notices.ts';
import { DECISION_TEMPLATES } from './decision-notices.ts';
import {
  documentTitle,
  subjectOf,
  zhDate,
  type DocumentFacts,
  type DocumentText,
  type Template,
} from './template-parts.ts';

export {
  documentTitle,
  rightsParagraph,
  zhDate,
  type DeliveryFact,
  type DocumentFacts,
  type DocumentText,
  type MissingMaterialFact,
  type SpecialProcedureFact,
} from './template-parts.ts';

const TEMPLATES: Record<DocumentKind, Template> = { ...ACCEPTANCE_TEMPLATES, ...DECISION_TEMPLATES };

/** Title, addressee and blocks of a document of `kind` about case `c`. */
export function documentText(
  c: ServiceCaseRow,
  kind: DocumentKind,
  f: DocumentFacts,
  issuedOn: string,
): DocumentText {
  const s = subjectOf(c, f);
  const blocks = TEMPLATES[kind](c, { ...f, issuedOn: f.issuedOn ?? issuedOn }, s);
  if (f.note?.trim()) {
    // Before the contact line, when there is one.
    const at = blocks.findIndex((b) => b.kind === 'paragraph' && b.text.startsWith('咨询电话：'));
    blocks.splice(at < 0 ? blocks.length : at, 0, { kind: 'paragraph', text: f.note.trim() });
  }
  blocks.push({ kind: 'signature', lines: [s.agency, zhDate(f.issuedOn ?? issuedOn)] });
  return { title: documentTitle(kind), addressee: `${s.applicant}：`, blocks };
}
