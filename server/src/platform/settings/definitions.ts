// Rules that differ by place are settings: declared here with a schema and a platform default,
// overridden per region or agency from an effective date. Later modules add their keys here.
import { Type, type TSchema } from 'typebox';

export interface SettingDefinition {
  key: string;
  schema: TSchema;
  default: unknown;
  zh: string;
  en: string;
}

const WorkingDays = (max: number) => Type.Integer({ minimum: 1, maximum: max });

export const SETTING_DEFINITIONS: readonly SettingDefinition[] = [
  {
    key: 'case.deadline-warning-working-days',
    schema: WorkingDays(30),
    default: 3,
    zh: '办件到期预警提前工作日数',
    en: 'Warn this many working days before a case is due',
  },
  {
    key: 'case.correction-notice-working-days',
    schema: WorkingDays(5),
    default: 5,
    zh: '补正告知期限（工作日，行政许可法第三十二条）',
    en: 'Working days to issue a correction notice (Licensing Law §32)',
  },
  {
    key: 'case.deficiency-supply-working-days',
    schema: WorkingDays(60),
    default: 20,
    zh: '容缺材料补交期限（工作日）',
    en: 'Working days to supply missing secondary materials',
  },
  {
    key: 'case.extension-working-days',
    schema: WorkingDays(60),
    default: 10,
    zh: '延长办理期限的工作日数（最多）',
    en: 'Working days one extension of a case adds (at most)',
  },
  {
    key: 'case.commitment-verification-working-days',
    schema: WorkingDays(250),
    default: 20,
    zh: '告知承诺核查期限（办结后工作日）',
    en: 'Working days after conclusion to verify a notice-and-commitment',
  },
  {
    key: 'license.show-token-minutes',
    schema: Type.Integer({ minimum: 1, maximum: 30 }),
    default: 5,
    zh: '亮证码有效时长（分钟）',
    en: 'Minutes a show-license code stays valid',
  },
  {
    key: 'rating.rectification-working-days',
    schema: WorkingDays(30),
    default: 15,
    zh: '差评整改总期限（工作日）',
    en: 'Working days to rectify a negative rating',
  },
  {
    key: 'rating.follow-up-days',
    schema: Type.Integer({ minimum: 1, maximum: 365 }),
    default: 15,
    zh: '追评期限（自然日）',
    en: 'Days during which a follow-up rating is allowed',
  },
  {
    key: 'rating.verify-working-days',
    schema: WorkingDays(15),
    default: 2,
    zh: '差评核实期限（工作日）',
    en: 'Working days to verify a negative rating',
  },
  {
    key: 'rating.rectify-working-days',
    schema: WorkingDays(30),
    default: 10,
    zh: '差评整改期限（工作日）',
    en: 'Working days to rectify after verification',
  },
  {
    key: 'rating.feedback-working-days',
    schema: WorkingDays(10),
    default: 1,
    zh: '整改结果反馈期限（工作日）',
    en: 'Working days to report the rectification to the rater',
  },
  {
    key: 'rating.revisit-working-days',
    schema: WorkingDays(10),
    default: 2,
    zh: '差评回访期限（工作日）',
    en: 'Working days to make the return visit',
  },
  {
    key: 'rating.appeal-working-days',
    schema: WorkingDays(15),
    default: 3,
    zh: '差评申诉审核期限（工作日）',
    en: 'Working days for the service office to decide an appeal',
  },
  {
    key: 'rating.invitation-days',
    schema: Type.Integer({ minimum: 1, maximum: 90 }),
    default: 15,
    zh: '评价邀请有效期（自然日）',
    en: 'Days a rating invitation stays valid',
  },
  {
    key: 'rating.reminder-days',
    schema: Type.Integer({ minimum: 1, maximum: 30 }),
    default: 3,
    zh: '未评价时提醒一次的间隔（自然日）',
    en: 'Days after which an unused invitation is reminded once',
  },
  {
    key: 'complaint.sign-minutes-life-property',
    schema: Type.Integer({ minimum: 1, maximum: 1440 }),
    default: 15,
    zh: '涉及生命财产安全的工单签收时限（分钟）',
    en: 'Minutes to sign for an order when life or property is at risk',
  },
  {
    key: 'complaint.sign-minutes-utilities',
    schema: Type.Integer({ minimum: 1, maximum: 1440 }),
    default: 30,
    zh: '水电气热工单签收时限（分钟）',
    en: 'Minutes to sign for a water, power, gas or heating order',
  },
  {
    key: 'complaint.sign-working-days',
    schema: WorkingDays(5),
    default: 1,
    zh: '一般工单签收时限（工作日）',
    en: 'Working days to sign for a normal order',
  },
  {
    key: 'complaint.return-working-days',
    schema: WorkingDays(5),
    default: 1,
    zh: '错派工单退回时限（工作日）',
    en: 'Working days within which a misrouted order may be returned',
  },
  {
    key: 'complaint.max-returns',
    schema: Type.Integer({ minimum: 1, maximum: 10 }),
    default: 3,
    zh: '工单退回次数上限（达到后由政务服务办指定承办单位）',
    en: 'Returns after which the service office designates the handler',
  },
  {
    key: 'complaint.explain-working-days',
    schema: WorkingDays(10),
    default: 3,
    zh: '不能解决时说明理由期限（工作日）',
    en: 'Working days to explain why a matter cannot be resolved',
  },
  {
    key: 'complaint.resolve-working-days',
    schema: WorkingDays(30),
    default: 5,
    zh: '“办不成事”办结期限（工作日）',
    en: 'Working days to resolve a matter',
  },
  {
    key: 'complaint.resolve-complex-working-days',
    schema: WorkingDays(60),
    default: 10,
    zh: '复杂事项办结期限（工作日）',
    en: 'Working days to resolve a complex matter',
  },
];

export function findSettingDefinition(key: string): SettingDefinition | undefined {
  return SETTING_DEFINITIONS.find((d) => d.key === key);
}
