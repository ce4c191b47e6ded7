// Case documents over HTTP: downloading one (whoever may see the case; staff downloads are
// audited, a document names the applicant) and the public check behind each document's QR code.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { BusinessDate, problemResponses } from '../../platform/http/schemas.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { Code } from '../catalog/content.ts';
import { caseCtx, signedInOnly } from './case-access.ts';
import { security, tags, Uuid } from './cases.schemas.ts';
import { DOCUMENT_KINDS } from './codes.ts';
import { getDocumentFile, verifyDocument } from './documents.queries.ts';

const DocumentParams = Type.Object({ id: Uuid, documentId: Uuid });
const Sm3Params = Type.Object({
  sm3: Type.String({
    pattern: '^[0-9a-fA-F]{64}$',
    description:
      '文书二维码中的 SM3 摘要，或文书 PDF 文件的 SM3 摘要 · The SM3 in the QR code, or the SM3 of the PDF file',
  }),
});

export const DocumentVerification = Type.Object(
  {
    issued: Type.Literal(true),
    kind: Code(DOCUMENT_KINDS, '文书种类 · Document kind'),
    kindName: Type.Object({ zh: Type.String(), en: Type.String() }),
    number: Type.String({
      description: '文书编号（其中的办件编号已脱敏） · Document number, its case number masked',
    }),
    agency: Type.Object(
      { id: Type.String(), name: Type.String() },
      { description: '发文机关 · Issuing agency' },
    ),
    issuedOn: BusinessDate,
    caseNumber: Type.Union([Type.String(), Type.Null()], {
      description: '办件编号（已脱敏） · Case number, masked',
    }),
    matchedBy: Type.Union([Type.Literal('content'), Type.Literal('file')], {
      description:
        'content：二维码中的内容摘要；file：PDF 文件摘要 · content: the QR code’s content hash; file: the PDF file’s hash',
    }),
  },
  { additionalProperties: false },
);

export function documentRoutes(app: FastifyInstance, storage: FileStorage): void {
  app.get<{ Params: { id: string; documentId: string } }>(
    '/api/v1/cases/:id/documents/:documentId',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '下载办件文书 · Download a case document',
        description:
          '返回文书 PDF（受理通知书、不予受理通知书、补齐补正通知书、决定书、送达回执等）。能查看该办件的申请人和工作人员可下载，其他人 404；工作人员下载记入审计日志。Returns the document as PDF (notices, decisions, delivery receipts). The applicant and staff who can see the case may download it; others get 404. Staff downloads are audited.',
        params: DocumentParams,
        response: {
          200: { description: '文书 PDF · The PDF' },
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const ctx = caseCtx(app, request, storage);
      const { id, documentId } = request.params;
      const found = await getDocumentFile(ctx, id, documentId);
      // The number is ASCII (agency code, kind, case number); the header stays plain.
      const filename = `${found.number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`;
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${filename}"`)
        .header('Content-Length', String(found.sizeBytes))
        .header('Cache-Control', 'private, no-store')
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Security-Policy', "default-src 'none'; sandbox")
        .send(await storage.get(found.storageKey));
    },
  );

  app.get<{ Params: { sm3: string } }>(
    '/api/v1/documents/verify/:sm3',
    {
      schema: {
        tags,
        summary: '核验文书真伪 · Verify a case document',
        description:
          '公开接口，无需登录：文书二维码指向本地址。按 SM3 摘要（二维码中的内容摘要，或 PDF 文件的摘要）查询该文书是否由本平台出具，返回文书种类、编号、发文机关、发文日期和脱敏的办件编号，不含任何个人信息；未出具的返回 404。Public, no sign-in: each document’s QR code points here. Answers whether a document with this SM3 hash (the content hash in the QR code, or the hash of the PDF file) was issued here: kind, number, issuing agency, date of issue and the masked case number — nothing personal. 404 when no such document was issued.',
        params: Sm3Params,
        response: { 200: DocumentVerification, ...problemResponses(400, 404) },
      },
    },
    async (request) => verifyDocument(app.db, request.params.sm3),
  );
}
