// Materials (材料): immutable objects owned by a subject (a person or an enterprise), with their
// SM3 hash and provenance. An upload is type-sniffed and size-limited; a case keeps a snapshot
// that points at the object, so reuse in a later case points at the same object. There is no
// update or delete: a corrected document is a new material.
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { recordAudit } from '../../platform/audit/record.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { page } from '../../platform/http/cursor.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { DOCUMENT_TYPES, sendStoredFile, storeFile } from '../../platform/storage/store-file.ts';
import {
  CASE_PERMISSIONS,
  getVisibleCase,
  isApplicantOf,
  staffMay,
  subjectOf,
  type CaseCtx,
  type Subject,
} from './case-access.ts';
import type { MaterialObject } from './cases.schemas.ts';
import { afterCursor, createdAtText } from './keyset.ts';
import { caseMaterial, material, serviceCase } from './schema.ts';

export const MATERIAL_MAX_BYTES = 10 * 1024 * 1024;

type MaterialRow = typeof material.$inferSelect;

export const materialObject = (m: MaterialRow): MaterialObject => ({
  id: m.id,
  name: m.name,
  provenance: m.provenance,
  provenanceRef: m.provenanceRef,
  sm3: m.sm3,
  contentType: m.contentType,
  sizeBytes: m.sizeBytes,
  createdAt: m.createdAt.toISOString(),
});

/**
 * Whose material an upload becomes: the caller's subject, or — for window staff with
 * case.accept on a case they can see — that case's applicant (a walk-in applicant's papers).
 */
export async function uploadSubject(ctx: CaseCtx, caseId: string | undefined): Promise<Subject> {
  const p = ctx.principal;
  if (caseId === undefined) {
    const s = subjectOf(p);
    if (!s)
      throw new AppError('FORBIDDEN', {
        detail: 'staff upload for an applicant by naming the case (caseId)',
      });
    return s;
  }
  const row = await getVisibleCase(ctx, ctx.db, caseId);
  if (isApplicantOf(p, row) || staffMay(p, 'case.accept', row))
    return { type: row.applicantType, id: row.applicantId };
  throw new AppError('FORBIDDEN', { detail: 'uploading for an applicant needs case.accept on the case' });
}

export async function uploadMaterial(
  ctx: CaseCtx,
  subject: Subject,
  input: { bytes: Buffer; name: string; originalName?: string; caseId?: string },
): Promise<MaterialObject> {
  return ctx.db.transaction(async (tx) => {
    const file = await storeFile(tx, ctx.storage, {
      bytes: input.bytes,
      ...(input.originalName !== undefined && { originalName: input.originalName }),
      allowed: DOCUMENT_TYPES,
      maxBytes: MATERIAL_MAX_BYTES,
    });
    const [row] = await tx
      .insert(material)
      .values({
        id: uuidv7(),
        subjectType: subject.type,
        subjectId: subject.id,
        name: input.name,
        provenance: 'upload',
        fileId: file.id,
        sm3: file.sm3,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
        uploadedBy: ctx.principal.accountId,
      })
      .returning();
    await recordAudit(tx, ctx.actor, {
      action: 'material.upload',
      purpose: input.caseId ? 'file a case at a window' : 'apply',
      resource: { type: 'material', id: row!.id },
      dataSubject: subject,
      detail: {
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
        sm3: file.sm3,
        caseId: input.caseId ?? null,
      },
    });
    return materialObject(row!);
  });
}

/** The caller's subject's materials, newest first. */
export async function listMaterials(
  ctx: CaseCtx,
  q: { cursor?: string; limit: number },
): Promise<{ items: MaterialObject[]; nextCursor: string | null }> {
  const s = subjectOf(ctx.principal);
  if (!s) throw new AppError('FORBIDDEN', { detail: 'for applicants' });
  const rows = await ctx.db
    .select({ m: material, at: createdAtText(material.createdAt) })
    .from(material)
    .where(
      and(
        eq(material.subjectType, s.type),
        eq(material.subjectId, s.id),
        afterCursor(material.createdAt, material.id, q.cursor),
      ),
    )
    .orderBy(desc(material.createdAt), desc(material.id))
    .limit(q.limit + 1);
  const result = page(rows, q.limit, (r) => [r.at, r.m.id]);
  return { items: result.items.map((r) => materialObject(r.m)), nextCursor: result.nextCursor };
}

/**
 * The file of a material: to its owner, or to staff who can see a case that uses it (audited:
 * it is the applicant's document). Anyone else gets 404.
 */
export async function sendMaterialFile(ctx: CaseCtx, reply: FastifyReply, id: string) {
  const [m] = await ctx.db.select().from(material).where(eq(material.id, id));
  if (!m || !m.fileId) throw notFound(`material ${id}`);
  const s = subjectOf(ctx.principal);
  if (s && s.type === m.subjectType && s.id === m.subjectId)
    return sendStoredFile(ctx.db, ctx.storage, reply, m.fileId);
  const cases = await ctx.db
    .select({ c: serviceCase })
    .from(caseMaterial)
    .innerJoin(serviceCase, eq(serviceCase.id, caseMaterial.caseId))
    .where(eq(caseMaterial.materialId, id));
  const seen = cases.find(({ c }) => CASE_PERMISSIONS.some((perm) => staffMay(ctx.principal, perm, c)));
  if (!seen) throw notFound(`material ${id}`);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'material.read',
    purpose: 'handle the case',
    resource: { type: 'material', id },
    dataSubject: { type: m.subjectType, id: m.subjectId },
    detail: { caseId: seen.c.id },
  });
  return sendStoredFile(ctx.db, ctx.storage, reply, m.fileId);
}
