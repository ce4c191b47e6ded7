// Code tables of complaints (办不成事 / 12345). Deadlines per urgency are settings (#2).
import { table, type CodeOf } from '../catalog/codes.ts';

/** 诉求渠道. */
export const COMPLAINT_CHANNELS = table([
  { code: 'window', zh: '“办不成事”反映窗口', en: '“Cannot get it done” window' },
  { code: 'online', zh: '网上反映', en: 'Online' },
  { code: 'hotline', zh: '12345热线', en: '12345 hotline' },
]);
export type ComplaintChannel = CodeOf<typeof COMPLAINT_CHANNELS>;

/** 紧急程度: decides the time to sign for a dispatched order (天津12345 热线工单签收时限). */
export const COMPLAINT_URGENCIES = table([
  { code: 'life-property', zh: '涉及生命财产安全', en: 'Life or property at risk' },
  { code: 'utilities', zh: '水电气热', en: 'Water, power, gas or heating' },
  { code: 'normal', zh: '一般', en: 'Normal' },
]);
export type ComplaintUrgency = CodeOf<typeof COMPLAINT_URGENCIES>;

/** 诉求分类. */
export const COMPLAINT_CATEGORIES = table([
  { code: 'cannot-handle', zh: '办不成事', en: 'Could not get it done' },
  { code: 'delay', zh: '办理超时、推诿拖延', en: 'Delay or buck-passing' },
  { code: 'repeated-visits', zh: '多次跑、重复提交材料', en: 'Repeated visits or materials' },
  { code: 'attitude', zh: '服务态度', en: 'Attitude' },
  { code: 'guide', zh: '办事指南不准确', en: 'Inaccurate guide' },
  { code: 'system', zh: '系统故障', en: 'System fault' },
  { code: 'policy', zh: '政策咨询与建议', en: 'Policy question or suggestion' },
  { code: 'other', zh: '其他', en: 'Other' },
]);
export type ComplaintCategory = CodeOf<typeof COMPLAINT_CATEGORIES>;

/** 诉求状态, derived from the action log. */
export const COMPLAINT_STATUSES = table([
  { code: 'received', zh: '待分派', en: 'To dispatch' },
  { code: 'dispatched', zh: '待签收', en: 'To sign for' },
  { code: 'returned', zh: '已退回', en: 'Returned' },
  { code: 'signed', zh: '办理中', en: 'Being handled' },
  { code: 'replied', zh: '已答复', en: 'Replied' },
  { code: 'closed', zh: '已办结', en: 'Closed' },
  { code: 'merged', zh: '已合并', en: 'Merged' },
]);
export type ComplaintStatus = CodeOf<typeof COMPLAINT_STATUSES>;
