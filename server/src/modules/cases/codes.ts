// Code tables of case handling. Channels and actor kinds are recorded on each case and on each
// action (who acted, through what); the UI shows the Chinese label, the code stays stable.
import { table, type CodeOf } from '../catalog/codes.ts';

/** 申请渠道. */
export const CHANNELS = table([
  { code: 'pc', zh: '电脑端网上办理', en: 'Online (PC)' },
  { code: 'mobile', zh: '移动端办理', en: 'Mobile' },
  { code: 'window', zh: '窗口办理', en: 'At a window' },
  { code: 'assisted', zh: '帮办代办', en: 'Assisted handling' },
  { code: 'kiosk', zh: '自助终端', en: 'Self-service kiosk' },
  { code: 'third-party-app', zh: '第三方应用', en: 'Third-party app' },
  { code: 'hotline', zh: '12345热线', en: '12345 hotline' },
  { code: 'system', zh: '系统', en: 'System' },
]);
export type Channel = CodeOf<typeof CHANNELS>;

/** 办理人类别: who performed an action. */
export const ACTOR_KINDS = table([
  { code: 'applicant', zh: '申请人本人', en: 'Applicant' },
  { code: 'agent', zh: '经办人（代理人）', en: 'Agent' },
  { code: 'staff', zh: '工作人员', en: 'Staff' },
  { code: 'staff-for-person', zh: '工作人员帮办代办', en: 'Staff acting for a person' },
  { code: 'system', zh: '系统', en: 'The system' },
]);
export type ActorKind = CodeOf<typeof ACTOR_KINDS>;

/** 办件状态, derived from the action log (case-state.ts). */
export const CASE_STATUSES = table([
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
]);
export type CaseStatus = CodeOf<typeof CASE_STATUSES>;

/** The clock runs (or waits for the applicant) in these. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['accepted', 'reviewed', 'suspended'];
/** Nothing more happens to the case itself (a revocation still can follow a conclusion). */
export const FINAL_STATUSES: readonly CaseStatus[] = ['refused', 'withdrawn', 'terminated', 'revoked'];

/** 文书种类. */
export const DOCUMENT_KINDS = table([
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
]);
export type DocumentKind = CodeOf<typeof DOCUMENT_KINDS>;

/** 送达方式. */
export const DELIVERY_METHODS = table([
  { code: 'window', zh: '窗口领取', en: 'Pick up at a window' },
  { code: 'courier', zh: '邮寄送达', en: 'By courier' },
  { code: 'electronic', zh: '电子送达', en: 'Electronically' },
]);
export type DeliveryMethod = CodeOf<typeof DELIVERY_METHODS>;

/** 证件类型 of applicants (GB/T 39046 uses these two most). */
export const APPLICANT_ID_TYPES = table([
  { code: '111', zh: '居民身份证', en: 'Resident identity card' },
  { code: '001', zh: '统一社会信用代码', en: 'Unified social credit code' },
]);
