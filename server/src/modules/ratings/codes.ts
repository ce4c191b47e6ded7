// Code tables of service ratings (DOMAIN.md §5; GB/T 39734/39735-2020). The UI shows the Chinese
// label; the code is what is stored.
import { table, type CodeOf } from '../catalog/codes.ts';

/** 评价类型: 一事一评 (a concluded case) or 一次一评 (one service at a window). */
export const RATING_KINDS = table([
  { code: 'case', zh: '一事一评', en: 'Per case' },
  { code: 'window', zh: '一次一评', en: 'Per window service' },
]);
export type RatingKind = CodeOf<typeof RATING_KINDS>;

/** 评价等级 1–5; 4 and 5 are negative (差评). */
export const RATING_LEVELS = table([
  { code: '1', zh: '非常满意', en: 'Very satisfied' },
  { code: '2', zh: '满意', en: 'Satisfied' },
  { code: '3', zh: '基本满意', en: 'Fairly satisfied' },
  { code: '4', zh: '不满意', en: 'Dissatisfied' },
  { code: '5', zh: '非常不满意', en: 'Very dissatisfied' },
]);
export const isNegativeLevel = (level: number) => level >= 4;

/** 评价渠道. */
export const RATING_CHANNELS = table([
  { code: 'pc', zh: '电脑端', en: 'PC' },
  { code: 'mobile', zh: '移动端', en: 'Mobile' },
  { code: 'sms', zh: '短信', en: 'SMS link' },
  { code: 'qr', zh: '窗口二维码', en: 'QR code at the window' },
  { code: 'tablet', zh: '窗口评价器', en: 'Hall tablet' },
  { code: 'terminal', zh: '其他大厅终端', en: 'Other hall terminal' },
  { code: 'phone', zh: '电话', en: 'Phone' },
]);
export type RatingChannel = CodeOf<typeof RATING_CHANNELS>;

/** Indicators scored 1–5 besides the level: online ratings and window ratings differ. */
export const ONLINE_INDICATORS = table([
  { code: 'overall', zh: '整体满意度', en: 'Overall satisfaction' },
  { code: 'efficiency', zh: '办事效率', en: 'Efficiency' },
  { code: 'guide-accuracy', zh: '办事指南精确度', en: 'Accuracy of the guide' },
  { code: 'convenience', zh: '办事便捷度', en: 'Convenience' },
  { code: 'usability', zh: '平台操作性', en: 'Ease of use' },
]);
export const WINDOW_INDICATORS = table([
  { code: 'overall', zh: '整体满意度', en: 'Overall satisfaction' },
  { code: 'efficiency', zh: '服务效率', en: 'Efficiency' },
  { code: 'competence', zh: '服务水平', en: 'Competence' },
  { code: 'attitude', zh: '服务态度', en: 'Attitude' },
]);

/** 差评整改状态. */
export const RECTIFICATION_STATUSES = table([
  { code: 'verifying', zh: '待核实', en: 'To verify' },
  { code: 'appealed', zh: '申诉审核中', en: 'Appeal under review' },
  { code: 'rectifying', zh: '整改中', en: 'Rectifying' },
  { code: 'feedback', zh: '待反馈', en: 'Feedback due' },
  { code: 'revisiting', zh: '待回访', en: 'Return visit due' },
  { code: 'closed', zh: '已办结', en: 'Closed' },
  { code: 'dismissed', zh: '申诉成立（不计入差评）', en: 'Appeal upheld (not counted)' },
]);
export type RectificationStatus = CodeOf<typeof RECTIFICATION_STATUSES>;
