// Code tables of e-licenses and e-seals.
import { table } from '../catalog/codes.ts';

/** Holder ID types of the e-license directory (GB/T 36902): 111 citizen ID, 001 USCC. */
export const HOLDER_ID_TYPES = table([
  { code: '111', zh: '居民身份证', en: 'Citizen ID card' },
  { code: '001', zh: '统一社会信用代码', en: 'Unified social credit code' },
]);
export type HolderIdType = (typeof HOLDER_ID_TYPES)[number]['code'];

/** Stored status; `expired` is derived from valid_to at read time (no job, every replica agrees). */
export const LICENSE_STATUSES = table([
  { code: 'valid', zh: '有效', en: 'Valid' },
  { code: 'expired', zh: '已过期', en: 'Expired' },
  { code: 'revoked', zh: '已注销', en: 'Revoked' },
  { code: 'superseded', zh: '已换发新版本', en: 'Replaced by a new version' },
]);
export type LicenseStatus = (typeof LICENSE_STATUSES)[number]['code'];
export type StoredLicenseStatus = Exclude<LicenseStatus, 'expired'>;

/** Where a face field's value comes from when a case yields the license. */
export type FaceSource =
  | 'holder.name'
  | 'holder.idNumber'
  | 'issuer.name'
  | 'issueDate'
  | 'validTo'
  /** 证照编号: certificates whose number is a face field (结婚证字号, 不动产权证书号…). */
  | 'licenseNumber'
  | `form:${string}`; // a data-element key of the case's form

export interface FaceField {
  key: string;
  labelZh: string;
  labelEn: string;
  from: FaceSource;
  /** Personal data: masked wherever someone other than the holder sees it. */
  personal?: boolean;
}

export type ValidityRule = { kind: 'permanent' } | { kind: 'years'; years: number };

/** GB/T 38540 SES_ESPropertyInfo.type as used here. */
export const SEAL_TYPES = [
  { code: 1, zh: '单位公章', en: 'Official seal' },
  { code: 2, zh: '电子证照专用章', en: 'E-license seal' },
  { code: 3, zh: '行政审批专用章', en: 'Administrative approval seal' },
] as const;
export type SealType = (typeof SEAL_TYPES)[number]['code'];

export const LICENSE_ACCESS_KINDS = table([
  { code: 'verify', zh: '亮证核验', en: 'Verification of a shown license' },
  { code: 'authorized-use', zh: '授权用证', en: 'Authorized use' },
  { code: 'staff-lookup', zh: '工作人员查验', en: 'Look-up by staff' },
  { code: 'case-use', zh: '办事免提交', en: 'Used instead of a material in a case' },
]);
export type LicenseAccessKind = (typeof LICENSE_ACCESS_KINDS)[number]['code'];

/** Outcomes of a verification (亮证 token or identifier). */
export const VERIFY_RESULTS = table([
  { code: 'valid', zh: '证照有效', en: 'The license is valid' },
  { code: 'expired', zh: '证照已过期', en: 'The license has expired' },
  { code: 'revoked', zh: '证照已注销', en: 'The license was revoked' },
  { code: 'superseded', zh: '证照已换发，此版本失效', en: 'Replaced by a newer version' },
  {
    code: 'token-expired',
    zh: '亮证码已过期，请持证人刷新',
    en: 'The code expired; ask the holder to refresh it',
  },
  { code: 'bad-signature', zh: '亮证码签名无效', en: 'The code’s signature is invalid' },
  { code: 'unknown', zh: '未找到该证照', en: 'No such license' },
]);
export type VerifyResult = (typeof VERIFY_RESULTS)[number]['code'];
