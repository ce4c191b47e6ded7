// Labels of the case code tables (copied from server/src/modules/cases/codes.ts: the web cannot
// import server code). The API returns codes; the pages show these labels per language.
import type { CodeEntry } from '../../../i18n/catalog-codes.ts';

export const CASE_STATUS_LABELS = [
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
] as const satisfies readonly CodeEntry[];

export const CHANNEL_LABELS = [
  { code: 'pc', zh: '电脑端网上办理', en: 'Online (PC)' },
  { code: 'mobile', zh: '移动端办理', en: 'Mobile' },
  { code: 'window', zh: '窗口办理', en: 'At a window' },
  { code: 'assisted', zh: '帮办代办', en: 'Assisted handling' },
  { code: 'kiosk', zh: '自助终端', en: 'Self-service kiosk' },
  { code: 'third-party-app', zh: '第三方应用', en: 'Third-party app' },
  { code: 'hotline', zh: '12345热线', en: '12345 hotline' },
  { code: 'system', zh: '系统', en: 'System' },
] as const satisfies readonly CodeEntry[];

export const DOCUMENT_KIND_LABELS = [
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

/** Tag classes of the statuses (global .ctag tones with 4.5:1 contrast; the text says the status). */
export const STATUS_CLASSES: Record<string, string> = {
  submitted: 'ctag-type',
  'correction-requested': 'ctag-warn',
  refused: 'ctag-required',
  accepted: 'ctag-type',
  reviewed: 'ctag-type',
  suspended: 'ctag-cross',
  concluded: 'ctag-ok',
  delivered: 'ctag-ok',
  terminated: 'ctag-required',
  revoked: 'ctag-required',
};

/** GB 11643 citizen ID: 17 digits and an ISO 7064 MOD 11-2 check character. */
export function isCitizenId(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return '10X98765432'[sum % 11] === value[17];
}

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100 unified social credit code with its check character. */
export function isUscc(value: string): boolean {
  if (!/^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(value[i]!) * USCC_WEIGHTS[i]!;
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] === value[17];
}

/** Actions with a label of their own (wc.action.*); any other code is shown as it is. */
const LABELLED_ACTIONS = [
  'submit',
  'accept',
  'accept-and-conclude',
  'request-correction',
  'resubmit',
  'refuse',
  'deem-accept',
  'supplement',
  'terminate',
  'assign',
  'review-pass',
  'return',
  'start-special-procedure',
  'end-special-procedure',
  'extend',
  'approve',
  'deny',
  'deliver',
  'withdraw',
  'forward',
  'confirm-receipt',
  'verify-commitment',
  'revoke',
  'recompute-deadline',
  'mark-overdue',
] as const;
export type LabelledAction = (typeof LABELLED_ACTIONS)[number];
export const isLabelledAction = (a: string): a is LabelledAction =>
  (LABELLED_ACTIONS as readonly string[]).includes(a);
