// Code tables of the catalog (GB/T 39046-2020 appendix A plus national practice; DOMAIN.md §2).
// Each table is data: the code, its Chinese and English label. Tianjin's 行政备案 gets the
// extension code 11; a province adds its own codes here, not in the logic.

export interface CodeEntry {
  code: string;
  zh: string;
  en: string;
}

/** A code table, typed so each code is a literal (CodeOf gives their union). */
export const table = <const T extends readonly CodeEntry[]>(entries: T) => entries;
export type CodeOf<T extends readonly CodeEntry[]> = T[number]['code'];
export const codesOf = (t: readonly CodeEntry[]) => t.map((e) => e.code);
export const labelOf = (t: readonly CodeEntry[], code: string) => t.find((e) => e.code === code);

/** 事项类型 (GB/T 39046 A.1; 11 is Tianjin's extension for 行政备案). */
export const ITEM_TYPES = table([
  { code: '01', zh: '行政许可', en: 'Administrative licensing' },
  { code: '02', zh: '行政处罚', en: 'Administrative penalty' },
  { code: '03', zh: '行政强制', en: 'Administrative coercion' },
  { code: '04', zh: '行政征收', en: 'Administrative levy' },
  { code: '05', zh: '行政给付', en: 'Administrative benefit payment' },
  { code: '06', zh: '行政检查', en: 'Administrative inspection' },
  { code: '07', zh: '行政确认', en: 'Administrative confirmation' },
  { code: '08', zh: '行政奖励', en: 'Administrative reward' },
  { code: '09', zh: '行政裁决', en: 'Administrative adjudication' },
  { code: '10', zh: '其他行政权力', en: 'Other administrative power' },
  { code: '11', zh: '行政备案', en: 'Administrative filing' },
  { code: '20', zh: '公共服务', en: 'Public service' },
]);
export const LICENSING_ITEM_TYPE = '01';

/** 行使层级. */
export const EXERCISE_LEVELS = table([
  { code: '1', zh: '国家级', en: 'National' },
  { code: '2', zh: '省级', en: 'Provincial' },
  { code: '3', zh: '市级', en: 'City' },
  { code: '4', zh: '县级', en: 'County' },
  { code: '5', zh: '镇（乡、街道）级', en: 'Township' },
  { code: '6', zh: '村（社区）级', en: 'Village' },
  { code: '7', zh: '分级管理', en: 'Tiered' },
]);

/** 实施主体性质. */
export const AGENCY_NATURES = table([
  { code: '1', zh: '法定机关', en: 'Statutory authority' },
  { code: '2', zh: '授权组织', en: 'Authorised organisation' },
  { code: '3', zh: '受委托组织', en: 'Entrusted organisation' },
  { code: '9', zh: '其他', en: 'Other' },
]);

/** 服务对象. */
export const SERVICE_TARGETS = table([
  { code: '1', zh: '自然人', en: 'Natural person' },
  { code: '2', zh: '企业法人', en: 'Enterprise' },
  { code: '3', zh: '事业法人', en: 'Public institution' },
  { code: '4', zh: '社会组织法人', en: 'Social organisation' },
  { code: '5', zh: '行政机关', en: 'Government body' },
  { code: '6', zh: '其他组织', en: 'Other organisation' },
]);

/** 办理形式 (1 窗口, 2 电脑端, 3 移动端, 4 快递, 9 其他 — the national codes; kiosk as 5). */
export const HANDLING_MODES = table([
  { code: '1', zh: '窗口办理', en: 'At a window' },
  { code: '2', zh: '电脑端网上办理', en: 'Online (PC)' },
  { code: '3', zh: '移动端办理', en: 'Mobile' },
  { code: '4', zh: '快递申请', en: 'By courier' },
  { code: '5', zh: '自助终端', en: 'Self-service kiosk' },
  { code: '9', zh: '其他', en: 'Other' },
]);
export const WINDOW_MODE = '1';
export const ONLINE_MODES = ['2', '3'] as const;

/** 办件类型. */
export const CASE_TYPES = table([
  { code: '1', zh: '即办件', en: 'On-the-spot' },
  { code: '2', zh: '承诺件', en: 'Promised' },
  { code: '9', zh: '其他', en: 'Other' },
]);
export const ON_THE_SPOT_CASE_TYPE = '1';

/** 时限单位. */
export const LIMIT_UNITS = table([
  { code: 'working-days', zh: '个工作日', en: 'working days' },
  { code: 'natural-days', zh: '个自然日', en: 'natural days' },
  { code: 'months', zh: '个月', en: 'months' },
]);

/** 网上办理深度 (each level includes the ones before it). */
export const ONLINE_DEPTHS = table([
  { code: '1', zh: '互联网咨询', en: 'Online consultation' },
  { code: '2', zh: '互联网收件', en: 'Online submission' },
  { code: '3', zh: '互联网预审', en: 'Online pre-review' },
  { code: '4', zh: '互联网受理', en: 'Online acceptance' },
  { code: '5', zh: '互联网办理', en: 'Online handling' },
  { code: '6', zh: '互联网办理结果信息反馈', en: 'Online result feedback' },
  { code: '7', zh: '互联网电子证照反馈', en: 'E-license delivered online' },
]);

/** 办结类型 (result type). */
export const RESULT_TYPES = table([
  { code: 'certificate', zh: '出证办结', en: 'Concluded with a certificate' },
  { code: 'document', zh: '出文办结', en: 'Concluded with a document' },
  { code: 'approval', zh: '审批办结', en: 'Concluded with an approval' },
]);

/** 材料来源. */
export const MATERIAL_SOURCES = table([
  { code: 'applicant', zh: '申请人自备', en: 'Provided by the applicant' },
  { code: 'e-license', zh: '电子证照（免提交）', en: 'E-license (not asked for)' },
  { code: 'shared-data', zh: '政府部门共享数据（免提交）', en: 'Shared government data (not asked for)' },
]);

/** 材料是否必需. */
export const MATERIAL_REQUIREMENTS = table([
  { code: 'required', zh: '必要', en: 'Required' },
  { code: 'optional', zh: '非必要', en: 'Optional' },
  { code: 'situational', zh: '情形必要', en: 'Required in some situations' },
]);

/** 材料形式. */
export const MATERIAL_FORMATS = table([
  { code: 'paper', zh: '纸质', en: 'Paper' },
  { code: 'electronic', zh: '电子', en: 'Electronic' },
  { code: 'both', zh: '纸质或电子', en: 'Paper or electronic' },
]);

/** 受理场所方式 (就近办: 委托受理 / 授权办理). */
export const ACCEPTANCE_MODES = table([
  { code: 'own-window', zh: '本部门窗口受理', en: 'The agency’s own window' },
  { code: 'comprehensive', zh: '综合窗口受理', en: 'Comprehensive window' },
  { code: 'delegated-acceptance', zh: '委托受理', en: 'Delegated acceptance' },
  { code: 'authorized-handling', zh: '授权办理', en: 'Authorised handling' },
]);

/** 跨省通办模式. */
export const CROSS_PROVINCE_MODES = table([
  { code: 'fully-online', zh: '全程网办', en: 'Fully online' },
  { code: 'remote-acceptance', zh: '异地代收代办', en: 'Remote acceptance on behalf' },
  { code: 'joint-handling', zh: '多地联办', en: 'Multi-place joint handling' },
]);

/** 特别程序种类 (the clock pauses while one runs). */
export const SPECIAL_PROCEDURE_KINDS = table([
  { code: 'hearing', zh: '听证', en: 'Hearing' },
  { code: 'inspection', zh: '现场勘查（核查）', en: 'On-site inspection' },
  { code: 'testing', zh: '检验、检测、检疫', en: 'Testing' },
  { code: 'expert-review', zh: '专家评审', en: 'Expert review' },
  { code: 'public-notice', zh: '公示', en: 'Public notice' },
  { code: 'tendering', zh: '招标、拍卖', en: 'Tendering or auction' },
]);

/** 清单 an implementation can be a member of. */
export const CATALOG_LISTS = table([
  { code: 'power-responsibility', zh: '权责清单', en: 'Powers and responsibilities list' },
  { code: 'administrative-licensing', zh: '行政许可事项清单', en: 'Administrative licensing list' },
  { code: 'market-access-negative', zh: '市场准入负面清单', en: 'Market-access negative list' },
  { code: 'investment-approval', zh: '投资审批管理事项清单', en: 'Investment approval list' },
  { code: 'construction-approval', zh: '工程建设项目审批事项清单', en: 'Construction-project approval list' },
]);

/** Steps a licensing item's procedure must contain (national catalog checkers). */
export const LICENSING_REQUIRED_STEPS = table([
  { code: 'accept', zh: '受理', en: 'Accept' },
  { code: 'review', zh: '审核', en: 'Review' },
  { code: 'decide', zh: '审批', en: 'Decide' },
  { code: 'conclude', zh: '办结', en: 'Conclude' },
  { code: 'deliver', zh: '送达', en: 'Deliver' },
]);

/** The role that acts in a procedure step (matches the case permissions of #5). */
export const STEP_ROLES = table([
  { code: 'window-clerk', zh: '窗口受理人员', en: 'Window clerk' },
  { code: 'reviewer', zh: '审查人员', en: 'Reviewer' },
  { code: 'approver', zh: '审批人员', en: 'Approver' },
  { code: 'system', zh: '系统', en: 'System' },
]);

/** 主题 for persons (自然人) and legal persons (法人), as on national portals. */
export const THEMES = table([
  { code: 'birth', zh: '生育收养', en: 'Birth and adoption' },
  { code: 'household', zh: '户籍办理', en: 'Household registration' },
  { code: 'education', zh: '教育科研', en: 'Education' },
  { code: 'employment', zh: '就业创业', en: 'Employment' },
  { code: 'social-insurance', zh: '社会保障', en: 'Social insurance' },
  { code: 'health', zh: '医疗卫生', en: 'Health' },
  { code: 'marriage', zh: '婚姻登记', en: 'Marriage' },
  { code: 'housing', zh: '住房保障', en: 'Housing' },
  { code: 'transport', zh: '交通出行', en: 'Transport' },
  { code: 'elderly', zh: '养老服务', en: 'Elderly care' },
  { code: 'disability', zh: '残疾人服务', en: 'Disability services' },
  { code: 'death', zh: '死亡殡葬', en: 'Death and funerals' },
  { code: 'residence', zh: '居住证办理', en: 'Residence permits' },
  { code: 'establishment', zh: '设立变更', en: 'Establishment and changes' },
  { code: 'licensing', zh: '准营准办', en: 'Operating licences' },
  { code: 'food', zh: '食品药品', en: 'Food and drugs' },
  { code: 'construction', zh: '工程建设', en: 'Construction' },
  { code: 'environment', zh: '环保绿化', en: 'Environment' },
  { code: 'culture', zh: '文化体育', en: 'Culture and sport' },
  { code: 'labour', zh: '劳动用工', en: 'Labour' },
  { code: 'tax', zh: '税收财务', en: 'Tax' },
  { code: 'real-estate', zh: '不动产登记', en: 'Real estate' },
]);
