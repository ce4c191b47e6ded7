// Issuing a case document (文书): the template writes the Chinese text from the case and the
// action's facts, the renderer makes the PDF (embedded CJK font, verification QR code), the file
// is stored and a case_document row records it — all inside the caller's transaction, so a
// document exists exactly when the action that issued it does.
//
// The QR code carries `/api/v1/documents/verify/<sm3>`, where sm3 is the SM3 fingerprint of the
// document's content (a PDF cannot contain the hash of its own bytes). The stored file's own SM3
// is kept on stored_file; the verify route answers for either.
import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { documentContentSm3, renderPdf } from '../../platform/documents/render-pdf.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { storeFile } from '../../platform/storage/store-file.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { agencyNames, venueNames } from '../masterdata/queries.ts';
import type { DocumentKind } from './codes.ts';
import { documentText, type DocumentFacts } from './documents/templates.ts';
import { caseDocument, type ServiceCaseRow } from './schema.ts';

export type { DocumentFacts } from './documents/templates.ts';

/** Short codes of the kinds, used in document numbers. */
export const DOCUMENT_ABBREVIATIONS: Record<DocumentKind, string> = {
  'acceptance-notice': 'SL',
  'refusal-notice': 'BSL',
  'correction-notice': 'BZ',
  'deficiency-notice': 'RQ',
  'special-procedure-notice': 'TB',
  'approval-decision': 'ZY',
  'denial-decision': 'BY',
  'termination-notice': 'ZZ',
  'revocation-decision': 'CX',
  'delivery-receipt': 'SD',
};

/** Generated documents are a page or two; this only guards against a runaway template. */
const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

export const verifyPath = (sm3: string) => `/api/v1/documents/verify/${sm3}`;

/** The installation's public base URL (config PUBLIC_URL), set once when the module starts: the
 * QR codes of every document point at it, whichever action or sweep issues the document. */
let installationUrl: string | undefined;
export function setDocumentBaseUrl(publicUrl: string): void {
  installationUrl = publicUrl;
}

export interface IssueOptions {
  /** Public base URL (config PUBLIC_URL); the QR code holds a relative path without it. */
  publicUrl?: string;
  /** The instant of issue (default: now); the issue date is its business date. */
  now?: Date;
}

export interface IssuedDocument {
  id: string;
  kind: DocumentKind;
  number: string;
  /** SM3 of the document's content: what the QR code carries. */
  sm3: string;
  fileId: string;
  /** SM3 of the PDF file's bytes. */
  fileSm3: string;
  sizeBytes: number;
}

/** `<AGENCY>-<KIND>-<case number>-<n>`: readable, and unique because n counts per case and kind. */
export async function nextDocumentNumber(tx: Db, c: ServiceCaseRow, kind: DocumentKind): Promise<string> {
  const [row] = await tx
    .select({ n: count() })
    .from(caseDocument)
    .where(and(eq(caseDocument.caseId, c.id), eq(caseDocument.kind, kind)));
  const agencyCode = c.agencyId.toUpperCase().replace(/[^A-Z0-9]+/g, '');
  const caseRef = c.caseNumber ?? c.id.slice(0, 8);
  return `${agencyCode}-${DOCUMENT_ABBREVIATIONS[kind]}-${caseRef}-${(row?.n ?? 0) + 1}`;
}

/** Names the facts leave out, read from the master data. */
async function withNames(tx: Db, c: ServiceCaseRow, facts: DocumentFacts): Promise<DocumentFacts> {
  const filled = { ...facts };
  if (!filled.agencyName) filled.agencyName = (await agencyNames(tx, [c.agencyId])).get(c.agencyId);
  if (!filled.venueName && c.acceptingVenueId)
    filled.venueName = (await venueNames(tx, [c.acceptingVenueId])).get(c.acceptingVenueId);
  return filled;
}

export async function issueDocument(
  tx: Db,
  storage: FileStorage,
  c: ServiceCaseRow,
  kind: DocumentKind,
  facts: DocumentFacts,
  options: IssueOptions = {},
): Promise<IssuedDocument> {
  const now = options.now ?? new Date();
  const base = options.publicUrl ?? installationUrl;
  const f = await withNames(tx, c, facts);
  const issuedOn = f.issuedOn ?? businessDate(now);
  const text = documentText(c, kind, f, issuedOn);
  const number = await nextDocumentNumber(tx, c, kind);
  const content = { title: text.title, number, addressee: text.addressee, blocks: text.blocks };
  const sm3 = documentContentSm3(content);
  const path = verifyPath(sm3);
  const pdf = await renderPdf({
    ...content,
    qrPayload: base ? `${base.replace(/\/+$/, '')}${path}` : path,
    qrCaption: ['扫码核验本文书', 'SM3 摘要：', sm3.slice(0, 32), sm3.slice(32)],
    author: f.agencyName ?? c.agencyId,
    subject: `${c.itemName} ${c.caseNumber ?? ''}`.trim(),
    createdAt: now,
  });
  const file = await storeFile(tx, storage, {
    bytes: pdf,
    originalName: `${number}.pdf`,
    allowed: ['application/pdf'],
    maxBytes: DOCUMENT_MAX_BYTES,
  });
  const id = uuidv7();
  await tx
    .insert(caseDocument)
    .values({ id, caseId: c.id, kind, number, fileId: file.id, sm3, createdAt: now });
  return { id, kind, number, sm3, fileId: file.id, fileSm3: file.sm3, sizeBytes: file.sizeBytes };
}
