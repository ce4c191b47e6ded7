// The shapes of the e-license and e-seal API (TypeBox: one name for the schema and its type).
// Every route file of the module shares these; the web client is generated from them.
import { Type, type Static } from 'typebox';
import { BusinessDate, StrictObject } from '../../platform/http/schemas.ts';
import { Code } from '../catalog/content.ts';
import {
  HOLDER_ID_TYPES,
  LICENSE_ACCESS_KINDS,
  LICENSE_STATUSES,
  SEAL_TYPES,
  VERIFY_RESULTS,
  type SealType,
} from './codes.ts';

export const tags = ['licenses'];
export const security = [{ bearer: [] }];
export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Names = Type.Object({ zh: Type.String(), en: Type.String() });

export const LicenseStatus = Code(
  LICENSE_STATUSES,
  '证照状态（过期由有效期推出） · License status (expiry derived)',
);
export const HolderIdType = Code(HOLDER_ID_TYPES, '持证主体证件类型 · Holder ID type');
export const LicenseAccessKind = Code(LICENSE_ACCESS_KINDS, '用证类型 · Kind of access');
export const VerifyResult = Code(VERIFY_RESULTS, '核验结果 · Verification result');

export const FaceFieldValue = Type.Object({
  key: Type.String(),
  label: Names,
  value: Type.String({
    description: '照面值（他人查看时个人信息已脱敏） · Value, personal data masked for others',
  }),
});

export const LicenseTypeSummary = Type.Object(
  {
    code: Type.String({ description: '证照类型代码（定义机构统一社会信用代码＋3位） · Type code' }),
    name: Names,
    issuerAgencyId: Type.String(),
    holderType: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
    validity: Type.Union([
      Type.Object({ kind: Type.Literal('permanent') }),
      Type.Object({ kind: Type.Literal('years'), years: Type.Integer({ minimum: 1 }) }),
    ]),
    faceFields: Type.Array(
      Type.Object({ key: Type.String(), label: Names, from: Type.String(), personal: Type.Boolean() }),
    ),
  },
  { $id: 'LicenseTypeSummary' },
);
export type LicenseTypeSummary = Static<typeof LicenseTypeSummary>;

export const LicenseSummary = Type.Object(
  {
    id: Uuid,
    identifier: Type.String({ description: 'GB/T 36904 证照标识 · License identifier' }),
    typeCode: Type.String(),
    typeName: Names,
    licenseNumber: Type.String(),
    holderName: Type.String(),
    holderIdType: HolderIdType,
    holderIdMasked: Type.String(),
    issuerName: Type.String(),
    issueDate: BusinessDate,
    validTo: Nullable(BusinessDate),
    status: LicenseStatus,
    version: Type.Integer(),
  },
  { $id: 'LicenseSummary' },
);
export type LicenseSummary = Static<typeof LicenseSummary>;

export const LicenseDetail = Type.Object(
  {
    ...LicenseSummary.properties,
    face: Type.Array(FaceFieldValue),
    issuerCode: Type.String(),
    jurisdictionCode: Type.String(),
    validFrom: BusinessDate,
    caseId: Nullable(Uuid),
    caseNumber: Nullable(Type.String()),
    pdfSm3: Type.String(),
    seal: Type.Object({ esId: Type.String(), name: Type.String() }),
    revokedAt: Nullable(Type.String({ format: 'date-time' })),
    revokeReason: Nullable(Type.String()),
    supersededBy: Nullable(Uuid),
  },
  { $id: 'LicenseDetail' },
);
export type LicenseDetail = Static<typeof LicenseDetail>;

export const ShowToken = Type.Object(
  {
    token: Type.String({ description: '亮证码内容（二维码载荷，格式见 docs/licenses.md） · QR payload' }),
    expiresAt: Type.String({ format: 'date-time' }),
    verifyUrl: Type.String({ description: '核验页地址（含亮证码） · Verifier page URL with the token' }),
  },
  { $id: 'ShowToken' },
);
export type ShowToken = Static<typeof ShowToken>;

export const VerifyBody = StrictObject({
  token: Type.Optional(
    Type.String({ minLength: 10, maxLength: 2000, description: '亮证码 · Show-license token' }),
  ),
  identifier: Type.Optional(
    Type.String({
      maxLength: 120,
      description: '证照标识（PDF 二维码） · License identifier from the PDF QR',
    }),
  ),
});
export type VerifyBody = Static<typeof VerifyBody>;

export const VerifyResponse = Type.Object(
  {
    valid: Type.Boolean(),
    result: VerifyResult,
    message: Names,
    license: Nullable(
      Type.Object({
        identifier: Type.String(),
        typeName: Names,
        licenseNumberMasked: Type.String(),
        holderNameMasked: Type.String(),
        holderIdMasked: Type.String(),
        issuerName: Type.String(),
        issueDate: BusinessDate,
        validTo: Nullable(BusinessDate),
        status: LicenseStatus,
      }),
    ),
    tokenExpiresAt: Nullable(Type.String({ format: 'date-time' })),
    checkedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'LicenseVerifyResponse' },
);
export type VerifyResponse = Static<typeof VerifyResponse>;

export const LicenseAccessEntry = Type.Object({
  id: Uuid,
  kind: LicenseAccessKind,
  actorName: Type.String(),
  agencyId: Nullable(Type.String()),
  purpose: Nullable(Type.String()),
  result: Nullable(Type.String()),
  caseId: Nullable(Uuid),
  at: Type.String({ format: 'date-time' }),
});
export type LicenseAccessEntry = Static<typeof LicenseAccessEntry>;

export const AuthorizationBody = StrictObject({
  granteeType: Type.Union([Type.Literal('agency'), Type.Literal('enterprise')]),
  granteeId: Type.String({
    minLength: 1,
    maxLength: 64,
    description: '机构编号或企业账号编号 · Agency id or enterprise id',
  }),
  purpose: Type.String({ minLength: 2, maxLength: 200, description: '用途 · Purpose' }),
  validFrom: BusinessDate,
  validTo: BusinessDate,
});
export type AuthorizationBody = Static<typeof AuthorizationBody>;

export const LicenseAuthorization = Type.Object(
  {
    id: Uuid,
    licenseId: Uuid,
    granteeType: Type.Union([Type.Literal('agency'), Type.Literal('enterprise')]),
    granteeId: Type.String(),
    granteeName: Type.String(),
    purpose: Type.String(),
    validFrom: BusinessDate,
    validTo: BusinessDate,
    status: Type.Union([Type.Literal('active'), Type.Literal('revoked'), Type.Literal('expired')]),
    createdAt: Type.String({ format: 'date-time' }),
    revokedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { $id: 'LicenseAuthorization' },
);
export type LicenseAuthorization = Static<typeof LicenseAuthorization>;

/** A grant to the caller (grantee side): the grant and the license, masked. */
export const AuthorizedLicenseItem = Type.Object(
  { authorization: LicenseAuthorization, license: LicenseSummary },
  { $id: 'AuthorizedLicenseItem' },
);
export type AuthorizedLicenseItem = Static<typeof AuthorizedLicenseItem>;

/** An authorized read: the grant (with its purpose) and the license detail, masked. */
export const AuthorizedLicense = Type.Object(
  { authorization: LicenseAuthorization, license: LicenseDetail },
  { $id: 'AuthorizedLicense' },
);
export type AuthorizedLicense = Static<typeof AuthorizedLicense>;

/** SES_ESPropertyInfo.type; the static type is the union of SEAL_TYPES' codes. */
export const SealTypeCode = Type.Unsafe<SealType>({
  type: 'integer',
  enum: SEAL_TYPES.map((t) => t.code),
  description: `印章类型 · Seal type: ${SEAL_TYPES.map((t) => `${t.code} ${t.zh} ${t.en}`).join('; ')}`,
});

export const SealSummary = Type.Object(
  {
    id: Uuid,
    esId: Type.String(),
    agencyId: Type.String(),
    name: Type.String(),
    sealType: SealTypeCode,
    pictureType: Type.Union([Type.Literal('svg'), Type.Literal('png')]),
    validFrom: Type.String({ format: 'date-time' }),
    validTo: Type.String({ format: 'date-time' }),
    status: Type.Union([Type.Literal('active'), Type.Literal('revoked'), Type.Literal('expired')]),
    revokedAt: Nullable(Type.String({ format: 'date-time' })),
    revokeReason: Nullable(Type.String()),
    useCount: Type.Integer(),
  },
  { $id: 'SealSummary' },
);
export type SealSummary = Static<typeof SealSummary>;
