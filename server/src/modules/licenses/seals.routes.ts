// Agencies' e-seals over HTTP: seal administrators (seal.manage, which needs a second factor)
// list, make and revoke the seals of the agencies in their scope and read each seal's uses; the
// seal picture and the seal maker's certificate are public (they appear on and check public
// documents).
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ListOf, problemResponses } from '../../platform/http/schemas.ts';
import type { LicenseDeps } from './deps.ts';
import { IdParams, SealSummary, security, tags } from './licenses.schemas.ts';
import { sealCtx } from './seal-access.ts';
import { certificatePem, getSealMaker } from './seal-maker.ts';
import { CreateSealBody, RevokeSealBody, SealUseEntry, SealUsesQuery, SealsQuery } from './seals.schemas.ts';
import { listSealUses, listSeals, sealPicture } from './seals.queries.ts';
import { createSeal, revokeSeal } from './seals.service.ts';

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      maxLength: 100,
      description:
        '幂等键：同一键重试返回首次结果，不会重复制章 · Retrying with the same key returns the first answer and never makes a second seal',
    }),
  ),
});

export function sealRoutes(app: FastifyInstance, deps: LicenseDeps): void {
  app.get<{ Querystring: SealsQuery }>(
    '/api/v1/seals',
    {
      config: { permission: 'seal.manage' },
      schema: {
        tags,
        security,
        summary: '电子印章列表 · E-seals',
        description:
          '电子印章管理员可见其授权范围内机构的电子印章（机构范围：本机构；区划范围：该区划及下级机构；无范围：全市），新的在前，含状态（有效期届满显示已过期）和使用次数。Seal administrators see the seals of the agencies their grants cover (agency, region subtree, or city-wide), newest first, with the status (expired once past the validity) and how often each was used.',
        querystring: SealsQuery,
        response: { 200: ListOf(SealSummary), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listSeals(sealCtx(app, request, deps), request.query),
  );

  app.post<{ Body: CreateSealBody; Headers: { 'idempotency-key'?: string } }>(
    '/api/v1/seals',
    {
      config: { permission: 'seal.manage' },
      schema: {
        tags,
        security,
        summary: '制作电子印章 · Make an e-seal',
        description:
          '为授权范围内的机构制作电子印章（GB/T 38540）：生成 SM2 密钥对（私钥加密保存），由平台制章系统签发印章证书并签署印章数据（SES_Seal）；印章编码为机构统一社会信用代码加 4 位序号。印章名称为机构全称，图片为按名称生成的红色圆形印章（中间为印章类型），或上传的 PNG（不超过 512 KB，否则 422 SEAL_PICTURE_INVALID）。有效期自现在起，至多 5 年（否则 422 SEAL_VALIDITY_INVALID）。机构不在授权范围内时 404。支持 Idempotency-Key。Makes a seal for an agency in your scope (GB/T 38540): a new SM2 key pair (the private key encrypted at rest), a certificate and the SES_Seal signed by the platform’s seal maker; the seal id is the agency’s USCC plus a 4-digit serial. The seal’s name is the agency’s full name; its picture is a red round seal drawn with that name (the seal type in the centre) or an uploaded PNG of at most 512 KB (else 422 SEAL_PICTURE_INVALID). Valid from now for at most 5 years (else 422 SEAL_VALIDITY_INVALID). An agency outside your scope: 404. Honours Idempotency-Key.',
        headers: IdempotencyHeaders,
        body: CreateSealBody,
        response: { 201: SealSummary, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const result = await createSeal(
        sealCtx(app, request, deps),
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.code(result.statusCode).send(result.body);
    },
  );

  app.post<{ Params: { id: string }; Body: RevokeSealBody }>(
    '/api/v1/seals/:id/revoke',
    {
      config: { permission: 'seal.manage' },
      schema: {
        tags,
        security,
        summary: '注销电子印章 · Revoke an e-seal',
        description:
          '注销后该印章永远不能再签章（已签文件仍可核验其签章时的状态）；须说明原因（2 至 200 字）。已注销的再次注销 409；不在授权范围内 404。Revokes the seal for good: it never signs again (documents signed earlier remain verifiable). A reason of 2 to 200 characters is required. Already revoked: 409; outside your scope: 404.',
        params: IdParams,
        body: RevokeSealBody,
        response: { 200: SealSummary, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => revokeSeal(sealCtx(app, request, deps), request.params.id, request.body),
  );

  app.get<{ Params: { id: string }; Querystring: SealUsesQuery }>(
    '/api/v1/seals/:id/uses',
    {
      config: { permission: 'seal.manage' },
      schema: {
        tags,
        security,
        summary: '电子印章使用记录 · Uses of an e-seal',
        description:
          '该印章的每次签章：用途、所签对象、文件 SM3 摘要、操作者和时间，新的在前。不在授权范围内 404。Every signature the seal made — purpose, signed object, the document’s SM3, actor and time — newest first. Outside your scope: 404.',
        params: IdParams,
        querystring: SealUsesQuery,
        response: { 200: ListOf(SealUseEntry), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listSealUses(sealCtx(app, request, deps), request.params.id, request.query),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/seals/:id/picture',
    {
      schema: {
        tags,
        summary: '电子印章图片 · E-seal picture',
        description:
          '公开接口：印章图片出现在公开的证照和文书上。返回 SVG（生成的印章）或 PNG（上传的印章）；图片仅为外观，真伪以签章核验为准。Public: seal pictures appear on public licenses and documents. Returns the SVG (a generated seal) or the PNG (an uploaded one); the picture is decoration only — the signature is what proves authenticity.',
        params: IdParams,
        response: {
          200: { description: 'image/svg+xml 或 image/png · The picture' },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const picture = await sealPicture(app.db, request.params.id);
      // A seal's picture never changes; the CSP keeps an SVG opened on its own inert.
      return reply
        .type(picture.contentType)
        .header('Cache-Control', 'public, max-age=86400')
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Security-Policy', "default-src 'none'; sandbox")
        .send(picture.data);
    },
  );

  app.get(
    '/api/v1/licenses/seal-maker-certificate',
    {
      schema: {
        tags,
        summary: '电子印章制章系统证书 · The seal maker’s certificate',
        description:
          '公开接口：平台电子印章制章系统的自签名 CA 证书（PEM，SM2），离线核验工具和 openssl 用它确认印章由本平台制作。Public: the platform seal maker’s self-signed CA certificate (PEM, SM2); the offline verifier and openssl use it to check that a seal was made here.',
        response: { 200: { description: 'PEM (text/plain)' } },
      },
    },
    async (_request, reply) => {
      const maker = await getSealMaker(app.db, deps);
      return reply
        .type('text/plain; charset=utf-8')
        .header('Cache-Control', 'public, max-age=3600')
        .header('X-Content-Type-Options', 'nosniff')
        .send(certificatePem(maker.certificateDer));
    },
  );
}
