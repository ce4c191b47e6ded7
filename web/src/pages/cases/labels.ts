// Labels of the case code tables (copied from server/src/modules/cases/codes.ts and
// case-workflow.ts: the web cannot import server code). The API returns codes; pages show these.
import type { CodeEntry } from '../../i18n/catalog-codes.ts';
import type { CaseStatus } from './types.ts';

export const CASE_STATUSES = [
  { code: 'draft', zh: '草稿', en: 'Draft' },
  { code: 'submitted', zh: '已提交待受理', en: 'Submitted, awaiting acceptance' },
  { code: 'correction-requested', zh: '待补正', en: 'Correction requested' },
  { code: 'refused', zh: '不予受理', en: 'Refused' },
  { code: 'accepted', zh: '已受理（审查中）', en: 'Accepted, under review' },
  { code: 'reviewed', zh: '审查通过待决定', en: 'Reviewed, awaiting decision' },
  { code: 'suspended', zh: '特别程序中（暂停计时）', en: 'Special procedure (clock paused)' },
  { code: 'concluded', zh: '已办结', en: 'Concluded' },
  { code: 'delivered', zh: '已送达', en: 'Delivered' },
  { code: 'withdrawn', zh: '已撤回', en: 'Withdrawn' },
  { code: 'terminated', zh: '已终止', en: 'Terminated' },
  { code: 'revoked', zh: '已撤销许可', en: 'Result revoked' },
] as const satisfies readonly (CodeEntry & { code: CaseStatus })[];

export const CASE_ACTIONS = [
  { code: 'create', zh: '创建申请', en: 'Application created' },
  { code: 'submit', zh: '提交申请', en: 'Submitted' },
  { code: 'accept', zh: '受理', en: 'Accepted' },
  { code: 'accept-and-conclude', zh: '即来即办（受理并办结）', en: 'Accepted and concluded on the spot' },
  { code: 'request-correction', zh: '一次性告知补正', en: 'Correction requested (one-time notice)' },
  { code: 'resubmit', zh: '补正后重新提交', en: 'Resubmitted after correction' },
  { code: 'refuse', zh: '不予受理', en: 'Refused' },
  { code: 'deem-accept', zh: '视为受理', en: 'Deemed accepted' },
  { code: 'supplement', zh: '补交容缺材料', en: 'Missing materials supplied' },
  { code: 'terminate', zh: '终止办理', en: 'Terminated' },
  { code: 'assign', zh: '分派', en: 'Assigned' },
  { code: 'review-pass', zh: '审查通过', en: 'Review passed' },
  { code: 'return', zh: '退回审查', en: 'Returned to review' },
  { code: 'start-special-procedure', zh: '启动特别程序', en: 'Special procedure started' },
  { code: 'end-special-procedure', zh: '结束特别程序', en: 'Special procedure ended' },
  { code: 'extend', zh: '延长办理期限', en: 'Deadline extended' },
  { code: 'approve', zh: '准予许可', en: 'Approved' },
  { code: 'deny', zh: '不予许可', en: 'Denied' },
  { code: 'deliver', zh: '送达', en: 'Delivered' },
  { code: 'withdraw', zh: '撤回申请', en: 'Withdrawn' },
  { code: 'forward', zh: '寄递纸质材料', en: 'Paper materials forwarded' },
  { code: 'confirm-receipt', zh: '确认收到材料', en: 'Receipt of the materials confirmed' },
  { code: 'verify-commitment', zh: '承诺核查', en: 'Commitment verified' },
  { code: 'revoke', zh: '撤销许可', en: 'Result revoked' },
  {
    code: 'recompute-deadline',
    zh: '工作日历变更，重算期限',
    en: 'Deadline re-derived after a calendar change',
  },
  { code: 'mark-overdue', zh: '超期督办', en: 'Overdue: supervision' },
] as const satisfies readonly CodeEntry[];

export const ACTOR_KINDS = [
  { code: 'applicant', zh: '申请人本人', en: 'Applicant' },
  { code: 'agent', zh: '经办人（代理人）', en: 'Agent' },
  { code: 'staff', zh: '工作人员', en: 'Staff' },
  { code: 'staff-for-person', zh: '工作人员帮办代办', en: 'Staff acting for a person' },
  { code: 'system', zh: '系统', en: 'The system' },
] as const satisfies readonly CodeEntry[];

export const CHANNELS = [
  { code: 'pc', zh: '电脑端网上办理', en: 'Online (PC)' },
  { code: 'mobile', zh: '移动端办理', en: 'Mobile' },
  { code: 'window', zh: '窗口办理', en: 'At a window' },
  { code: 'assisted', zh: '帮办代办', en: 'Assisted handling' },
  { code: 'kiosk', zh: '自助终端', en: 'Self-service kiosk' },
  { code: 'third-party-app', zh: '第三方应用', en: 'Third-party app' },
  { code: 'hotline', zh: '12345热线', en: '12345 hotline' },
  { code: 'system', zh: '系统', en: 'System' },
] as const satisfies readonly CodeEntry[];

export const DOCUMENT_KINDS = [
  { code: 'acceptance-notice', zh: '受理通知书', en: 'Acceptance notice' },
  { code: 'refusal-notice', zh: '不予受理通知书', en: 'Refusal notice' },
  { code: 'correction-notice', zh: '补齐补正通知书', en: 'One-time correction notice' },
  { code: 'deficiency-notice', zh: '容缺受理通知书', en: 'Acceptance-with-deficiency notice' },
  { code: 'special-procedure-notice', zh: '特别程序告知书', en: 'Special-procedure notice' },
  { code: 'approval-decision', zh: '准予行政许可决定书', en: 'Approval decision' },
  { code: 'denial-decision', zh: '不予行政许可决定书', en: 'Denial decision' },
  { code: 'termination-notice', zh: '终止办理通知书', en: 'Termination notice' },
  { code: 'revocation-decision', zh: '撤销行政许可决定书', en: 'Revocation decision' },
  { code: 'delivery-receipt', zh: '送达回执', en: 'Delivery receipt' },
] as const satisfies readonly CodeEntry[];

export const PAUSE_KINDS = [
  { code: 'correction', zh: '补正期间', en: 'Waiting for the correction' },
  { code: 'inspection', zh: '现场核查', en: 'On-site inspection' },
  { code: 'hearing', zh: '听证', en: 'Hearing' },
  { code: 'expert-review', zh: '专家评审', en: 'Expert review' },
  { code: 'testing', zh: '检验检测', en: 'Testing' },
  { code: 'special-procedure', zh: '特别程序', en: 'Special procedure' },
] as const satisfies readonly CodeEntry[];

export const MATERIAL_STATUSES = [
  { code: 'provided', zh: '已提交', en: 'Provided' },
  { code: 'missing', zh: '容缺待补', en: 'Missing (to be supplied)' },
  { code: 'exempt', zh: '免提交（系统调取）', en: 'Not needed (fetched by the system)' },
  { code: 'supplied', zh: '已补交', en: 'Supplied later' },
] as const satisfies readonly CodeEntry[];

/** Statuses the applicant can filter by in "my cases", in the order of a case's life. */
export const FILTER_STATUSES: readonly CaseStatus[] = [
  'draft',
  'submitted',
  'correction-requested',
  'accepted',
  'reviewed',
  'suspended',
  'concluded',
  'delivered',
  'refused',
  'withdrawn',
  'terminated',
  'revoked',
];

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (FILTER_STATUSES as readonly string[]).includes(value);
}
