// Labels of the e-license code tables (copied from server/src/modules/licenses/codes.ts: the web
// cannot import server code). The API returns codes; the pages show these per language.
import type { CodeEntry } from '../../i18n/catalog-codes.ts';
import type { Language } from '../../i18n/languages.ts';
import type { LicenseStatus, Names } from './types.ts';

export const LICENSE_STATUSES = [
  { code: 'valid', zh: '有效', en: 'Valid' },
  { code: 'expired', zh: '已过期', en: 'Expired' },
  { code: 'revoked', zh: '已注销', en: 'Revoked' },
  { code: 'superseded', zh: '已换发新版本', en: 'Replaced by a new version' },
] as const satisfies readonly CodeEntry[];

export const HOLDER_ID_TYPES = [
  { code: '111', zh: '居民身份证', en: 'Citizen ID card' },
  { code: '001', zh: '统一社会信用代码', en: 'Unified social credit code' },
] as const satisfies readonly CodeEntry[];

export const LICENSE_ACCESS_KINDS = [
  { code: 'verify', zh: '亮证核验', en: 'Verification of a shown license' },
  { code: 'authorized-use', zh: '授权用证', en: 'Authorized use' },
  { code: 'staff-lookup', zh: '工作人员查验', en: 'Look-up by staff' },
  { code: 'case-use', zh: '办事免提交', en: 'Used instead of a material in a case' },
] as const satisfies readonly CodeEntry[];

export const VERIFY_RESULTS = [
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
] as const satisfies readonly CodeEntry[];

/** GB/T 38540 seal types (SES_ESPropertyInfo.type). */
export const SEAL_TYPES = [
  { code: '1', zh: '单位公章', en: 'Official seal' },
  { code: '2', zh: '电子证照专用章', en: 'E-license seal' },
  { code: '3', zh: '行政审批专用章', en: 'Administrative approval seal' },
] as const satisfies readonly CodeEntry[];

export const AUTHORIZATION_STATUSES = [
  { code: 'active', zh: '生效中', en: 'Active' },
  { code: 'revoked', zh: '已撤销', en: 'Revoked' },
  { code: 'expired', zh: '已到期', en: 'Expired' },
] as const satisfies readonly CodeEntry[];

/** A colour tone per status, always shown together with its words. */
export const STATUS_TONE: Record<LicenseStatus | 'active', 'ok' | 'muted' | 'bad' | 'warn'> = {
  valid: 'ok',
  active: 'ok',
  expired: 'warn',
  revoked: 'bad',
  superseded: 'muted',
};

export const localName = (names: Names, lang: Language) => (lang === 'zh-CN' ? names.zh : names.en);
