// Labels of the bundle code tables (copied from server/src/modules/bundles/codes.ts: the web
// cannot import server code). The API returns codes; the pages show these per language.
import type { CodeEntry } from '../../i18n/catalog-codes.ts';

export const BUNDLE_TARGETS = [
  { code: 'person', zh: '个人', en: 'Persons' },
  { code: 'enterprise', zh: '企业', en: 'Enterprises' },
] as const satisfies readonly CodeEntry[];

export const LIFE_EVENTS = [
  { code: 'birth', zh: '出生', en: 'Birth' },
  { code: 'school-enrolment', zh: '入学', en: 'School enrolment' },
  { code: 'employment', zh: '就业', en: 'Employment' },
  { code: 'marriage', zh: '婚育', en: 'Marriage and childbirth' },
  { code: 'housing', zh: '住房', en: 'Housing' },
  { code: 'retirement', zh: '退休', en: 'Retirement' },
  { code: 'death', zh: '身后', en: 'After a death' },
  { code: 'establishment', zh: '企业开办', en: 'Starting a business' },
  { code: 'operation', zh: '经营', en: 'Operating a business' },
  { code: 'recruitment', zh: '员工招聘', en: 'Recruitment' },
  { code: 'deregistration', zh: '企业注销', en: 'Closing a business' },
] as const satisfies readonly CodeEntry[];

export const BUNDLE_CASE_STATUSES = [
  { code: 'in-progress', zh: '办理中', en: 'In progress' },
  { code: 'partly-refused', zh: '部分未获办理', en: 'Partly refused' },
  { code: 'concluded', zh: '已全部办结', en: 'All concluded' },
  { code: 'refused', zh: '未获办理', en: 'Refused' },
] as const satisfies readonly CodeEntry[];

export const MEMBER_OUTCOMES = [
  { code: 'waiting', zh: '等待前序事项办结', en: 'Waiting for earlier items' },
  { code: 'blocked', zh: '前序事项未获办理，无法启动', en: 'Cannot start: an earlier item failed' },
  { code: 'in-progress', zh: '办理中', en: 'In progress' },
  { code: 'succeeded', zh: '已办结', en: 'Concluded' },
  { code: 'failed', zh: '未获办理', en: 'Not granted' },
] as const satisfies readonly CodeEntry[];

export const BUNDLE_DELIVERIES = [
  { code: 'together', zh: '全部办结后一次领取', en: 'All results together' },
  { code: 'each', zh: '逐项办结逐项领取', en: 'Each result as it is ready' },
] as const satisfies readonly CodeEntry[];

export const BUNDLE_DELIVERY_METHODS = [
  { code: 'window', zh: '窗口领取', en: 'Pick up at a window' },
  { code: 'electronic', zh: '电子送达', en: 'Electronically' },
] as const satisfies readonly CodeEntry[];

/** The catalog's version workflow actions (catalog/version-workflow.ts), as buttons. */
export const VERSION_ACTIONS = [
  { code: 'submit', zh: '提交审核', en: 'Submit for review' },
  { code: 'withdraw', zh: '撤回', en: 'Withdraw' },
  { code: 'return', zh: '退回修改', en: 'Return for changes' },
  { code: 'approve', zh: '审核通过', en: 'Approve' },
  { code: 'publish', zh: '发布', en: 'Publish' },
  { code: 'retire', zh: '废止', en: 'Retire' },
] as const satisfies readonly CodeEntry[];
