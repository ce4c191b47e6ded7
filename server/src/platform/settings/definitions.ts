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
];

export function findSettingDefinition(key: string): SettingDefinition | undefined {
  return SETTING_DEFINITIONS.find((d) => d.key === key);
}
