// Materials over HTTP: upload (the body is the file itself), the subject's list, the file.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../platform/errors/app-error.ts';
import { ListOf, ListQuery, problemResponses } from '../../platform/http/schemas.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { DOCUMENT_TYPES } from '../../platform/storage/store-file.ts';
import { caseCtx, signedInOnly } from './case-access.ts';
import { IdParams, MaterialObject, security, Uuid } from './cases.schemas.ts';
import {
  listMaterials,
  MATERIAL_MAX_BYTES,
  sendMaterialFile,
  uploadMaterial,
  uploadSubject,
} from './materials.service.ts';

const tags = ['materials'];
const RAW_TYPES = [...DOCUMENT_TYPES, 'application/octet-stream'];

/** X-File-Name may be percent-encoded (headers are Latin-1); a bad encoding keeps the raw text. */
function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export async function materialRoutes(app: FastifyInstance, storage: FileStorage): Promise<void> {
  await app.register(async (scoped) => {
    // Raw bodies for this plugin's routes only; the declared type is ignored (we sniff).
    scoped.addContentTypeParser(
      RAW_TYPES,
      { parseAs: 'buffer', bodyLimit: MATERIAL_MAX_BYTES },
      (_r, body, done) => done(null, body),
    );
    scoped.post<{ Querystring: { name: string; caseId?: string } }>(
      '/api/v1/materials',
      {
        onRequest: signedInOnly,
        schema: {
          tags,
          security,
          summary: '上传材料 · Upload a material',
          description:
            '请求体为文件本身（PDF、JPEG、PNG 或 OFD，至多 10 MB），类型按内容识别，计算 SM3。材料归属调用者的办事主体（本人或所代理的企业），不可修改或删除；窗口人员（case.accept）可凭 caseId 为该办件的申请人上传。The body is the file itself (PDF, JPEG, PNG or OFD, at most 10 MB); the type is sniffed from the bytes and the SM3 hash computed. The material belongs to the caller’s subject (themselves or the enterprise they act for) and is immutable; window staff with case.accept upload for a case’s applicant by giving caseId.',
          consumes: RAW_TYPES,
          querystring: Type.Object({
            name: Type.String({ minLength: 1, maxLength: 200, description: '材料名称 · Display name' }),
            caseId: Type.Optional(Uuid),
          }),
          headers: Type.Object({
            'x-file-name': Type.Optional(
              Type.String({
                maxLength: 255,
                description: '原文件名（可 URI 编码） · Original name (URI-encoded)',
              }),
            ),
          }),
          response: { 201: MaterialObject, ...problemResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request, reply) => {
        const ctx = caseCtx(scoped, request, storage);
        // Who the material is for first: a caller who may not upload learns nothing about the body.
        const subject = await uploadSubject(ctx, request.query.caseId);
        if (!Buffer.isBuffer(request.body))
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
            detail: `send the file as ${RAW_TYPES.join(', ')}`,
          });
        const name = request.headers['x-file-name'];
        const created = await uploadMaterial(ctx, subject, {
          bytes: request.body,
          name: request.query.name,
          ...(typeof name === 'string' && { originalName: decodeName(name) }),
          ...(request.query.caseId !== undefined && { caseId: request.query.caseId }),
        });
        return reply.code(201).send(created);
      },
    );
  });

  app.get<{ Querystring: { cursor?: string; limit: number } }>(
    '/api/v1/materials',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '我的材料 · My materials',
        description:
          '调用者办事主体名下的材料，新的在前。The materials of the caller’s subject, newest first.',
        querystring: Type.Object(ListQuery),
        response: { 200: ListOf(MaterialObject), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listMaterials(caseCtx(app, request, storage), request.query),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/materials/:id/file',
    {
      onRequest: signedInOnly,
      schema: {
        tags,
        security,
        summary: '下载材料文件 · Download a material’s file',
        description:
          '材料所属主体，或能查看使用该材料的办件的工作人员（记入审计日志）；其他人 404。The owner, or staff who can see a case using it (audited); others get 404.',
        params: IdParams,
        response: { 200: { description: 'The file' }, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => sendMaterialFile(caseCtx(app, request, storage), reply, request.params.id),
  );
}
