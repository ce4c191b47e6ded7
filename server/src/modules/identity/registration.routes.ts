// Self-service identity: SMS verification codes, registration (which signs the new person in) and
// real-name verification against the base registry.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { StrictObject, problemResponses } from '../../platform/http/schemas.ts';
import { principalFor } from './authenticate.ts';
import type { IdentityContext } from './identity-context.ts';
import { describeMe } from './me.ts';
import { MeSchema } from './me.schema.ts';
import { verifyRealName } from './real-name.service.ts';
import { register } from './registration.service.ts';
import { signedIn } from './routes.ts';
import { setSessionCookies } from './session-cookies.ts';
import { issueVerificationCode } from './verification-codes.ts';

const tags = ['identity'];
const Phone = Type.String({
  pattern: '^1[3-9]\\d{9}$',
  description: '中国大陆手机号 · Mainland mobile number',
});

export function registrationRoutes(
  app: FastifyInstance,
  opts: { crypto: IdentityContext['crypto']; secureCookies: boolean },
): void {
  const ctx: IdentityContext = { db: app.db, crypto: opts.crypto };

  app.post<{ Body: { phone: string; purpose: 'register' } }>(
    '/api/v1/auth/verification-codes',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '发送短信验证码 · Send an SMS verification code',
        description:
          '向手机号发送 6 位验证码（5 分钟内有效，最多尝试 5 次；同一号码 60 秒内只发一次）。\n\n' +
          'Sends a 6-digit code to the phone (valid 5 minutes, 5 attempts; one code per number per 60 seconds).',
        body: StrictObject({ phone: Phone, purpose: Type.Literal('register') }),
        response: {
          202: Type.Object({ expiresInSeconds: Type.Integer() }),
          ...problemResponses(400, 429),
        },
      },
    },
    async (request, reply) => reply.code(202).send(await issueVerificationCode(ctx, request.body)),
  );

  app.post<{
    Body: {
      username: string;
      password: string;
      phone: string;
      code: string;
      name: string;
      idType: string;
      idNumber: string;
    };
  }>(
    '/api/v1/auth/register',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '注册 · Register',
        description:
          '个人注册：手机号与短信验证码、用户名与密码、姓名与证件。注册后实名等级为 L1（自报），并直接登录（设置会话 Cookie）。\n\n' +
          'Registers a person with phone and SMS code, username and password, name and identity document. The new account is at real-name level L1 (self-declared) and is signed in (session cookie set).',
        body: StrictObject({
          username: Type.String({ pattern: '^[a-z0-9_-]{3,32}$' }),
          password: Type.String({ minLength: 1, maxLength: 128 }),
          phone: Phone,
          code: Type.String({ pattern: '^\\d{6}$' }),
          name: Type.String({ minLength: 1, maxLength: 50 }),
          idType: Type.String({
            pattern: '^\\d{3}$',
            description: '证件类型代码 · Document type (111: 居民身份证)',
          }),
          idNumber: Type.String({ minLength: 1, maxLength: 40 }),
        }),
        response: { 201: MeSchema, ...problemResponses(400, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const created = await register(ctx, {
        ...request.body,
        origin: request.ip,
        userAgent: request.headers['user-agent'],
        requestId: request.id,
      });
      const csrf = setSessionCookies(reply, created.token, opts.secureCookies);
      const p = await principalFor(app.db, created.accountId, created.id, null);
      return reply.code(201).send(await describeMe(app.db, { ...p!, csrfToken: csrf }));
    },
  );

  app.post(
    '/api/v1/me/real-name-verification',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '实名核验 · Real-name verification',
        description:
          '将本人姓名与证件号码同人口基础信息库比对，一致则实名等级升为 L2。\n\n' +
          'Compares your name and identity number with the population base registry; on a match your real-name level becomes L2.',
        response: {
          200: Type.Object({ realNameLevel: Type.Literal(2) }),
          ...problemResponses(401, 403, 422, 429),
        },
      },
    },
    async (request) => {
      const p = signedIn(request.principal);
      if (p.kind !== 'person')
        throw new AppError('FORBIDDEN', { detail: 'only persons have a real-name level' });
      return verifyRealName(ctx, { personId: p.accountId, actor: auditActorOf(request) });
    },
  );
}
