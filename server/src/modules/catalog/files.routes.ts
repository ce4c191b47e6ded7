// Catalog files: blank forms, samples and result samples that versions reference by id. Staff
// upload (the type is sniffed from the bytes, never taken from the client); anyone downloads,
// but only files recorded as catalog files — other stored files (case materials) never leak here.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { recordAudit } from '../../platform/audit/record.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { DOCUMENT_TYPES, sendStoredFile, storeFile } from '../../platform/storage/store-file.ts';
import { catalogCtx } from './catalog-access.ts';
import { CatalogFile, IdParams, security, tags } from './catalog.schemas.ts';
import { catalogFile } from './schema.ts';
import { scopesOf } from '../../platform/access/principal.ts';

export const CATALOG_FILE_MAX_BYTES = 10 * 1024 * 1024;
const RAW_TYPES = [...DOCUMENT_TYPES, 'application/octet-stream'];

export async function fileRoutes(app: FastifyInstance, storage: FileStorage): Promise<void> {
  await app.register(async (scoped) => {
    // Raw bodies for this plugin's routes only; the declared type is ignored (we sniff).
    scoped.addContentTypeParser(
      RAW_TYPES,
      { parseAs: 'buffer', bodyLimit: CATALOG_FILE_MAX_BYTES },
      (_r, body, done) => done(null, body),
    );
    scoped.post(
      '/api/v1/catalog/files',
      {
        config: { permission: 'catalog.edit' },
        schema: {
          tags,
          security,
          summary: '上传事项文件 · Upload a catalog file',
          description:
            '空白表格、示例样表等，请求体为文件本身（PDF、JPEG、PNG 或 OFD，至多 10 MB），类型按内容识别。Blank forms and samples: the body is the file itself (PDF, JPEG, PNG or OFD, at most 10 MB); the type is sniffed from the bytes.',
          consumes: RAW_TYPES,
          headers: Type.Object({
            'x-file-name': Type.Optional(
              Type.String({ maxLength: 255, description: '原文件名 · Original name' }),
            ),
          }),
          response: { 201: CatalogFile, ...problemResponses(400, 401, 403, 413, 415) },
        },
      },
      async (request, reply) => {
        const ctx = catalogCtx(scoped, request);
        if (!Buffer.isBuffer(request.body))
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
            detail: `send the file as ${RAW_TYPES.join(', ')}`,
          });
        const bytes = request.body;
        const name = request.headers['x-file-name'];
        const stored = await ctx.db.transaction(async (tx) => {
          const file = await storeFile(tx, storage, {
            bytes,
            ...(typeof name === 'string' && { originalName: decodeName(name) }),
            allowed: DOCUMENT_TYPES,
            maxBytes: CATALOG_FILE_MAX_BYTES,
          });
          const agencyId = scopesOf(ctx.principal, 'catalog.edit').find((s) => s.agencyId)?.agencyId ?? null;
          await tx
            .insert(catalogFile)
            .values({ fileId: file.id, agencyId, uploadedBy: ctx.principal.accountId });
          await recordAudit(tx, ctx.actor, {
            action: 'catalog.file.upload',
            purpose: 'maintain the implementation lists',
            resource: { type: 'catalog-file', id: file.id },
            detail: { contentType: file.contentType, sizeBytes: file.sizeBytes },
          });
          return file;
        });
        return reply.code(201).send(stored);
      },
    );
  });

  app.get<{ Params: { id: string } }>(
    '/api/v1/catalog/files/:id',
    {
      schema: {
        tags,
        summary: '下载事项文件 · Download a catalog file',
        description: '公开下载空白表格、示例样表。Public download of blank forms and samples.',
        params: IdParams,
        response: { 200: { description: 'The file' }, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const [row] = await app.db.select().from(catalogFile).where(eq(catalogFile.fileId, request.params.id));
      if (!row) throw notFound(`catalog file ${request.params.id}`);
      return sendStoredFile(app.db, storage, reply, row.fileId);
    },
  );
}

/** X-File-Name may be percent-encoded (headers are Latin-1); a bad encoding keeps the raw text. */
function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
