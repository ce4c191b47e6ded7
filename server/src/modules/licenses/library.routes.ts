// The holder's license library over HTTP: list, detail, the PDF and its SES signature, the access
// log and 亮证 codes. Holders are persons, or agents acting for an enterprise; staff get 403 and
// someone else's license 404.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ListOf, ListQuery, problemResponses } from '../../platform/http/schemas.ts';
import { signedInOnly } from '../cases/case-access.ts';
import { listAccesses } from './access-log.ts';
import type { LicenseDeps } from './deps.ts';
import {
  libraryCtx,
  makeShowTokenFor,
  myLicense,
  myLicenseFile,
  myLicenseSignature,
  myLicenses,
  ownLicense,
} from './library.service.ts';
import {
  IdParams,
  LicenseAccessEntry,
  LicenseDetail,
  LicenseSummary,
  ShowToken,
  security,
  tags,
} from './licenses.schemas.ts';

const download = {
  'Cache-Control': 'private, no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
};

export function libraryRoutes(app: FastifyInstance, deps: LicenseDeps): void {
  const common = { onRequest: signedInOnly };

  app.get<{ Querystring: { cursor?: string; limit: number } }>(
    '/api/v1/me/licenses',
    {
      ...common,
      schema: {
        tags,
        security,
        summary: '我的证照 · My licenses',
        description:
          '本人（或所代理企业）持有的电子证照，按签发日期新的在前；状态中的“已过期”按有效期推出。The licenses the caller’s subject (themselves or the enterprise they act for) holds, newest issue first; “expired” is derived from the validity.',
        querystring: Type.Object(ListQuery),
        response: { 200: ListOf(LicenseSummary), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => myLicenses(libraryCtx(app, request, deps), request.query),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/me/licenses/:id',
    {
      ...common,
      schema: {
        tags,
        security,
        summary: '证照详情 · A license of mine',
        description:
          '照面信息（不脱敏）、签章印章、签发办件等；他人的证照 404。The face values (unmasked), the seal and the case that yielded it; another holder’s license answers 404.',
        params: IdParams,
        response: { 200: LicenseDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => myLicense(libraryCtx(app, request, deps), request.params.id),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/me/licenses/:id/file',
    {
      ...common,
      schema: {
        tags,
        security,
        summary: '下载证照文件 · Download the license PDF',
        description:
          '证照的 A4 PDF 版式文件（含印章图和核验二维码）。The license as an A4 PDF (seal picture and verification QR code).',
        params: IdParams,
        response: { 200: { description: 'PDF' }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const found = await myLicenseFile(libraryCtx(app, request, deps), request.params.id);
      return reply
        .type('application/pdf')
        .headers(download)
        .header('Content-Disposition', `attachment; filename="${found.filename}"`)
        .header('Content-Length', String(found.sizeBytes))
        .send(await deps.storage.get(found.storageKey));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/me/licenses/:id/signature',
    {
      ...common,
      schema: {
        tags,
        security,
        summary: '下载电子签章 · Download the SES signature',
        description:
          'GB/T 38540 SES_Signature（DER），签署对象为 PDF 文件的 SM3 摘要；可用独立核验工具离线核验。The GB/T 38540 SES_Signature (DER) over the SM3 of the PDF, for offline verification.',
        params: IdParams,
        response: { 200: { description: 'SES_Signature DER' }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const found = await myLicenseSignature(libraryCtx(app, request, deps), request.params.id);
      return reply
        .type('application/octet-stream')
        .headers(download)
        .header('Content-Disposition', `attachment; filename="${found.filename}"`)
        .send(found.bytes);
    },
  );

  app.get<{ Params: { id: string }; Querystring: { cursor?: string; limit: number } }>(
    '/api/v1/me/licenses/:id/accesses',
    {
      ...common,
      schema: {
        tags,
        security,
        summary: '用证记录 · Who used this license',
        description:
          '亮证核验、授权用证、工作人员查验和办事免提交的记录，新的在前。Verifications, authorized uses, staff look-ups and case uses, newest first.',
        params: IdParams,
        querystring: Type.Object(ListQuery),
        response: { 200: ListOf(LicenseAccessEntry), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const ctx = libraryCtx(app, request, deps);
      const row = await ownLicense(ctx, request.params.id);
      return listAccesses(ctx.db, row.id, request.query);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/v1/me/licenses/:id/show-tokens',
    {
      ...common,
      schema: {
        tags,
        security,
        summary: '生成亮证码 · Make a show-license code',
        description:
          '为有效证照生成短时有效的亮证码（默认 5 分钟，设置 license.show-token-minutes），内容经平台 SM2 签名，可离线核验（格式见 docs/licenses.md）；证照无效时 409 LICENSE_NOT_VALID。A short-lived code for a valid license (default 5 minutes, setting license.show-token-minutes), SM2-signed by the platform so it can be checked offline (format: docs/licenses.md); 409 LICENSE_NOT_VALID otherwise.',
        params: IdParams,
        response: { 201: ShowToken, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await makeShowTokenFor(libraryCtx(app, request, deps), request.params.id)),
  );
}
