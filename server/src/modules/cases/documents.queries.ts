// Reading issued documents: one for download (whoever may see its case; staff reads audited) and
// the public check behind each document's QR code (nothing personal in the answer).
import { eq, inArray, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { storedFile } from '../../platform/storage/schema.ts';
import { businessDate } from '../../platform/time/business-date.ts';
import { agencyNames } from '../masterdata/queries.ts';
import { getVisibleCase, isApplicantOf, type CaseCtx } from './case-access.ts';
import { DOCUMENT_KINDS, type DocumentKind } from './codes.ts';
import { caseDocument, serviceCase } from './schema.ts';

/** 20260301000123 → 2026******0123: enough to match a paper copy, too little to look the case up. */
export function maskCaseNumber(n: string | null): string | null {
  if (!n) return null;
  if (n.length <= 8) return `${n.slice(0, 2)}${'*'.repeat(Math.max(n.length - 4, 1))}${n.slice(-2)}`;
  return `${n.slice(0, 4)}${'*'.repeat(n.length - 8)}${n.slice(-4)}`;
}

/** A document of a case the caller may see, with where its file is stored; NOT_FOUND otherwise. */
export async function getDocumentFile(ctx: CaseCtx, id: string, documentId: string) {
  return ctx.db.transaction(async (tx) => {
    const c = await getVisibleCase(ctx, tx, id);
    const [row] = await tx
      .select({
        id: caseDocument.id,
        caseId: caseDocument.caseId,
        number: caseDocument.number,
        kind: caseDocument.kind,
        storageKey: storedFile.storageKey,
        sizeBytes: storedFile.sizeBytes,
      })
      .from(caseDocument)
      .innerJoin(storedFile, eq(storedFile.id, caseDocument.fileId))
      .where(eq(caseDocument.id, documentId));
    if (!row || row.caseId !== c.id) throw new AppError('NOT_FOUND', { detail: `document ${documentId}` });
    if (!isApplicantOf(ctx.principal, c))
      await recordAudit(tx, ctx.actor, {
        action: 'case.document.read',
        purpose: 'handle the case',
        resource: { type: 'case-document', id: row.id },
        dataSubject: { type: c.applicantType, id: c.applicantId },
        detail: { caseId: c.id, caseNumber: c.caseNumber, kind: row.kind, number: row.number },
      });
    return row;
  });
}

/** Whether a document with this SM3 (content or file hash) was issued here; NOT_FOUND if not. */
export async function verifyDocument(db: Db, given: string) {
  const sm3 = given.toLowerCase();
  // Two indexable look-ups rather than one OR across a join: the content hash first (what the
  // QR code carries), then the file's hash.
  const find = (where: SQL) =>
    db
      .select({
        kind: caseDocument.kind,
        number: caseDocument.number,
        sm3: caseDocument.sm3,
        createdAt: caseDocument.createdAt,
        caseNumber: serviceCase.caseNumber,
        agencyId: serviceCase.agencyId,
      })
      .from(caseDocument)
      .innerJoin(serviceCase, eq(serviceCase.id, caseDocument.caseId))
      .where(where)
      .limit(1);
  const byFile = db.select({ id: storedFile.id }).from(storedFile).where(eq(storedFile.sm3, sm3));
  let [row] = await find(eq(caseDocument.sm3, sm3));
  if (!row) [row] = await find(inArray(caseDocument.fileId, byFile));
  if (!row) throw new AppError('NOT_FOUND', { detail: 'no document with this SM3 was issued here' });
  const kind = DOCUMENT_KINDS.find((k) => k.code === row.kind)!;
  return {
    issued: true as const,
    kind: row.kind as DocumentKind,
    kindName: { zh: kind.zh, en: kind.en },
    // The number embeds the case number: masked the same way.
    number: row.caseNumber ? row.number.replace(row.caseNumber, maskCaseNumber(row.caseNumber)!) : row.number,
    agency: {
      id: row.agencyId,
      name: (await agencyNames(db, [row.agencyId])).get(row.agencyId) ?? row.agencyId,
    },
    issuedOn: businessDate(row.createdAt),
    caseNumber: maskCaseNumber(row.caseNumber),
    matchedBy: row.sm3 === sm3 ? ('content' as const) : ('file' as const),
  };
}
