// Staff look-up of licenses (license.lookup), purpose-bound and audited.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../platform/errors/app-error.ts';
import { auditActorOf } from '../../platform/http/auth.ts';
import { problemResponses } from '../../platform/http/schemas.ts';
import { signedInOnly } from '../cases/case-access.ts';
import type { HolderIdType as HolderIdTypeCode } from './codes.ts';
import type { LicenseDeps } from './deps.ts';
import { HolderIdType, IdParams, LicenseDetail, LicenseSummary, security, tags } from './licenses.schemas.ts';
import { lookupLicense, lookupLicenses, type LookupCtx } from './lookup.service.ts';

const Purpose = Type.Optional(
  Type.String({
    maxLength: 400,
    description: '查验用途（必填，2至200字） · Purpose of the look-up (required, 2–200 characters)',
  }),
);

export function lookupRoutes(app: FastifyInstance, deps: LicenseDeps): void {
  const ctxOf = (request: FastifyRequest): LookupCtx => {
    if (!request.principal) throw new AppError('UNAUTHENTICATED');
    return { db: app.db, deps, principal: request.principal, actor: auditActorOf(request), ip: request.ip };
  };

  app.get<{ Querystring: { holderIdType: HolderIdTypeCode; holderId: string; purpose?: string } }>(
    '/api/v1/licenses/lookup',
    {
      onRequest: signedInOnly,
      config: { permission: 'license.lookup' },
      schema: {
        tags,
        security,
        summary: '查验持证主体的证照 · Look up a holder’s licenses',
        description:
          '工作人员（license.lookup）须说明用途（否则 400 LICENSE_PURPOSE_REQUIRED），凭公民身份号码（111，先校验校验位）或统一社会信用代码（001）查询持证主体的全部证照，姓名和号码脱敏。每次查验记入审计日志（用途、数据主体），并在每个证照的用证记录中留痕。Staff (license.lookup) state a purpose (else 400 LICENSE_PURPOSE_REQUIRED) and give the holder’s citizen ID (111, check digit verified) or USCC (001); every license of the holder, names and numbers masked. Audited (purpose, data subject) and logged on each license for its holder.',
        querystring: Type.Object({
          holderIdType: HolderIdType,
          holderId: Type.String({ minLength: 1, maxLength: 40, description: '证件号码 · ID number' }),
          purpose: Purpose,
        }),
        response: { 200: Type.Array(LicenseSummary), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => lookupLicenses(ctxOf(request), request.query),
  );

  app.get<{ Params: { id: string }; Querystring: { purpose?: string } }>(
    '/api/v1/licenses/lookup/:id',
    {
      onRequest: signedInOnly,
      config: { permission: 'license.lookup' },
      schema: {
        tags,
        security,
        summary: '查验证照详情 · Look at one license',
        description:
          '查验结果中的一个证照的详情（脱敏），同样须说明用途，同样审计并留痕。One license from a look-up, masked; a purpose is required, and the read is audited and logged the same way.',
        params: IdParams,
        querystring: Type.Object({ purpose: Purpose }),
        response: { 200: LicenseDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => lookupLicense(ctxOf(request), request.params.id, request.query.purpose),
  );
}
