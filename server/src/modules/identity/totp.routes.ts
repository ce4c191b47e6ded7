// Enrolling one's own authenticator app (TOTP): start (secret + otpauth URI), then confirm with a
// code. Until confirmed nothing changes at sign-in.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditActorOf } from '../../platform/http/auth.ts';
import { StrictObject, problemResponses } from '../../platform/http/schemas.ts';
import type { IdentityContext } from './identity-context.ts';
import { signedIn } from './routes.ts';
import { confirmTotpEnrollment, startTotpEnrollment } from './totp-enrollment.service.ts';

const tags = ['identity'];

export function totpRoutes(app: FastifyInstance, opts: { crypto: IdentityContext['crypto'] }): void {
  const ctx: IdentityContext = { db: app.db, crypto: opts.crypto };

  app.post(
    '/api/v1/auth/totp',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '绑定身份验证器 · Enrol an authenticator',
        description:
          '生成新的 TOTP 密钥（待确认）。用身份验证器扫描 otpauthUri，再以动态码确认后生效。\n\n' +
          'Creates a new TOTP secret (pending). Add otpauthUri to an authenticator app, then confirm with a code to enable it.',
        response: {
          200: Type.Object({ secret: Type.String(), otpauthUri: Type.String() }),
          ...problemResponses(401, 409, 429),
        },
      },
    },
    async (request) => {
      const p = signedIn(request.principal);
      return startTotpEnrollment(ctx, { accountId: p.accountId, actor: auditActorOf(request) });
    },
  );

  app.post<{ Body: { code: string } }>(
    '/api/v1/auth/totp/confirm',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '确认身份验证器 · Confirm the authenticator',
        description:
          '提交身份验证器上的 6 位动态码；正确则启用，此后登录须输入动态码。\n\n' +
          'Submit the 6-digit code from the authenticator; when right, the second factor is enabled and sign-in requires it.',
        body: StrictObject({ code: Type.String({ pattern: '^\\d{6}$' }) }),
        response: {
          200: Type.Object({ enabled: Type.Literal(true) }),
          ...problemResponses(400, 401, 409, 422, 429),
        },
      },
    },
    async (request) => {
      const p = signedIn(request.principal);
      return confirmTotpEnrollment(ctx, {
        accountId: p.accountId,
        code: request.body.code,
        actor: auditActorOf(request),
      });
    },
  );
}
