// Public verification of shown licenses (亮证码 or the PDF's identifier) and the public key that
// lets anyone check a 亮证 code offline. No sign-in; rate-limited per address like the other
// public endpoints.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { SM2_DEFAULT_USER_ID } from '../../platform/crypto/sm2.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import type { LicenseDeps } from './deps.ts';
import { VerifyBody, VerifyResponse, tags } from './licenses.schemas.ts';
import { showPublicKey, verifyLicense } from './verify.service.ts';

const ShowKey = Type.Object(
  {
    publicKeyPem: Type.String({ description: 'SM2 公钥（SPKI PEM） · SM2 public key (SPKI PEM)' }),
    format: Type.String({ description: '亮证码格式说明 · How a code is built and signed' }),
    userId: Type.String({ description: 'SM2 签名者标识（GM/T 0003 默认值） · SM2 user ID (distid)' }),
  },
  { $id: 'LicenseShowKey' },
);

const FORMAT =
  'TBL1.<base64url(UTF-8 JSON {v,jti,lid,typ,nm,hd,no,iat,exp})>.<base64url(DER SM2 signature)>; ' +
  'the signature is SM2 with SM3 (GM/T 0003, user ID below) over the ASCII bytes "TBL1.<payload part>"; ' +
  'exp is in Unix seconds. Offline: verify the signature and exp; online: POST /api/v1/licenses/verify also checks the current status.';

export function verifyRoutes(app: FastifyInstance, deps: LicenseDeps): void {
  app.post<{ Body: VerifyBody }>(
    '/api/v1/licenses/verify',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '核验电子证照 · Verify a license',
        description:
          '公开接口，无需登录。token（亮证码）与 identifier（证照 PDF 二维码中的证照标识）二选一：亮证码依次核验签名、有效期、是否本平台签发，再查证照当前状态；证照标识核验校验位后查状态。只返回核验所需字段（已脱敏）。每次核验记入持证人可见的用证记录（登录者记姓名，匿名者记脱敏的地址）。Public, no sign-in. Exactly one of token (a show-license code) and identifier (from the PDF’s QR code): a code is checked for signature, expiry and that we made it, then the license’s current status; an identifier for its check character, then status. Only the fields needed are shown, masked. Every verification is logged for the holder (signed-in verifiers by name, anonymous ones by masked address).',
        body: VerifyBody,
        response: { 200: VerifyResponse, ...problemResponses(400, 429) },
      },
    },
    async (request) =>
      verifyLicense({ db: app.db, deps, principal: request.principal, ip: request.ip }, request.body),
  );

  app.get(
    '/api/v1/licenses/show-key',
    {
      schema: {
        tags,
        summary: '亮证码验签公钥 · The show-license public key',
        description:
          '平台签发亮证码所用 SM2 密钥的公钥及格式说明，供离线核验（见 docs/licenses.md）。The public key of the SM2 key that signs show-license codes and the code format, for offline verification (docs/licenses.md).',
        response: { 200: ShowKey },
      },
    },
    async (_request, reply) =>
      reply
        .header('Cache-Control', 'public, max-age=3600')
        .send({ publicKeyPem: showPublicKey(deps), format: FORMAT, userId: SM2_DEFAULT_USER_ID }),
  );
}
