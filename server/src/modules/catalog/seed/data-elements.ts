// The data-element dictionary (数据元) every installation starts with: the general elements of
// natural-person services (applicant, agent, family members, property, bank account, vehicle,
// application). Enterprise elements live in data-elements-business.ts. A key means the same thing
// in every form, so pre-fill (person profile, e-license faces) and bundle merging rely on it.
// Profile fields are those the identity module keeps for a real-name person (name, idType,
// idNumber, phone); e-license fields name the face field of the certificate type they come from.
import type { DataElementDef } from '../form-schema.ts';
import type { EnumValue } from '../schema.ts';
import {
  EDUCATION,
  GENDERS,
  HOUSEHOLD_TYPES,
  ID_TYPES,
  MARITAL,
  RELATIONS,
  values,
} from './data-element-values.ts';
import { LT } from './persons/license-types.ts';

export interface SeedDataElement extends DataElementDef {
  sourceKind: 'none' | 'person-profile' | 'enterprise-profile' | 'e-license';
  sourceField: string | null;
  sourceLicenseType: string | null;
  description: string;
}

type Extra = Partial<Omit<SeedDataElement, 'key' | 'labelZh' | 'labelEn'>>;

function el(key: string, labelZh: string, labelEn: string, extra: Extra = {}): SeedDataElement {
  return {
    key,
    labelZh,
    labelEn,
    type: 'string',
    format: null,
    enumValues: null,
    maxLength: extra.type && extra.type !== 'string' ? null : 100,
    sourceKind: 'none',
    sourceField: null,
    sourceLicenseType: null,
    description: '',
    ...extra,
  };
}

const enumOf = (enumValues: EnumValue[], extra: Extra = {}): Extra => ({
  type: 'enum',
  enumValues,
  ...extra,
});
const profile = (sourceField: string, extra: Extra = {}): Extra => ({
  sourceKind: 'person-profile',
  sourceField,
  ...extra,
});
const license = (sourceLicenseType: string, sourceField: string, extra: Extra = {}): Extra => ({
  sourceKind: 'e-license',
  sourceLicenseType,
  sourceField,
  ...extra,
});
const DATE: Extra = { type: 'date' };
const CITIZEN_ID: Extra = { format: 'citizen-id', maxLength: 18 };
const PHONE: Extra = { format: 'phone', maxLength: 20 };
const LONG_TEXT: Extra = { maxLength: 1000 };

/** Help texts for the elements whose meaning or format is not obvious from the label. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'applicant.idNumber': '与证件类型配合使用；证件为居民身份证时即18位公民身份号码',
  'applicant.citizenId': '18位公民身份号码（GB 11643），含校验码',
  'applicant.householdAddress': '居民户口簿记载的住址',
  'applicant.regionCode': '6位行政区划代码（GB/T 2260）或12位统计用区划代码',
  'applicant.socialSecurityNumber': '社会保障号码为公民身份号码（《社会保险法》第五十八条）',
  'applicant.monthlyIncome': '共同生活家庭成员近12个月收入总和除以人数再除以12',
  'child.birthCertificateNumber': '出生医学证明右上角编号：一位字母加九位数字',
  'property.unitNumber': '28位不动产单元代码（GB/T 37346）',
  'bank.accountNumber': '本人名下Ⅰ类银行结算账户或社会保障卡金融账户',
  'application.agreeVerification': '同意经办机关通过共享数据核查本人及家庭成员的收入、财产等信息',
};

const ELEMENTS: readonly SeedDataElement[] = [
  // 申请人
  el('applicant.name', '申请人姓名', 'Applicant name', profile('name', { maxLength: 50 })),
  el('applicant.idType', '证件类型', 'ID document type', enumOf(ID_TYPES, profile('idType'))),
  el('applicant.idNumber', '证件号码', 'ID number', profile('idNumber', { maxLength: 30 })),
  el('applicant.citizenId', '公民身份号码', 'Citizen ID number', profile('idNumber', CITIZEN_ID)),
  el('applicant.gender', '性别', 'Gender', enumOf(GENDERS)),
  el('applicant.birthDate', '出生日期', 'Date of birth', DATE),
  el('applicant.nation', '民族', 'Ethnic group', { maxLength: 20 }),
  el('applicant.nationality', '国籍（地区）', 'Nationality', { maxLength: 50 }),
  el('applicant.phone', '联系电话', 'Phone', profile('phone', PHONE)),
  el('applicant.email', '电子邮箱', 'Email', { format: 'email', maxLength: 100 }),
  el('applicant.address', '现居住地址', 'Current address', { maxLength: 200 }),
  el(
    'applicant.householdAddress',
    '户籍地址',
    'Household registration address',
    license(LT.householdRegister, 'address', { maxLength: 200 }),
  ),
  el('applicant.householdType', '户口性质', 'Household type', enumOf(HOUSEHOLD_TYPES)),
  el('applicant.regionCode', '所在区划', 'Region code', { format: 'region-code', maxLength: 12 }),
  el('applicant.postalCode', '邮政编码', 'Postal code', { format: 'postal-code', maxLength: 6 }),
  el('applicant.maritalStatus', '婚姻状况', 'Marital status', enumOf(MARITAL)),
  el('applicant.education', '文化程度', 'Education', enumOf(EDUCATION)),
  el('applicant.occupation', '职业', 'Occupation', { maxLength: 50 }),
  el('applicant.employer', '工作单位', 'Employer', { maxLength: 200 }),
  el(
    'applicant.socialSecurityNumber',
    '社会保障号码',
    'Social security number',
    license(LT.socialSecurityCard, 'socialSecurityNumber', CITIZEN_ID),
  ),
  el(
    'applicant.disabilityCertificateNumber',
    '残疾人证号',
    'Disability certificate number',
    license(LT.disabilityCertificate, 'certificateNumber', { maxLength: 20 }),
  ),
  el(
    'applicant.disabilityLevel',
    '残疾等级',
    'Disability level',
    enumOf(
      values(
        ['1', '一级', 'Grade 1'],
        ['2', '二级', 'Grade 2'],
        ['3', '三级', 'Grade 3'],
        ['4', '四级', 'Grade 4'],
      ),
      license(LT.disabilityCertificate, 'level'),
    ),
  ),
  el(
    'applicant.drivingLicenceNumber',
    '驾驶证档案编号',
    'Driving licence file number',
    license(LT.drivingLicence, 'fileNumber', { maxLength: 12 }),
  ),
  el('applicant.residenceSince', '来津居住起始日期', 'Living in Tianjin since', DATE),
  el('applicant.monthlyIncome', '家庭月人均收入（元）', 'Monthly household income per person (yuan)', {
    type: 'number',
  }),
  el('applicant.householdSize', '家庭人口数', 'Household size', { type: 'integer' }),

  // 经办人（代办）
  el('agent.name', '经办人姓名', 'Agent name', { maxLength: 50 }),
  el('agent.idNumber', '经办人身份号码', 'Agent citizen ID', CITIZEN_ID),
  el('agent.phone', '经办人联系电话', 'Agent phone', PHONE),
  el('agent.relation', '与申请人关系', 'Relation to the applicant', enumOf(RELATIONS)),

  // 配偶
  el('spouse.name', '配偶姓名', 'Spouse name', { maxLength: 50 }),
  el('spouse.idType', '配偶证件类型', 'Spouse ID document type', enumOf(ID_TYPES)),
  el('spouse.idNumber', '配偶证件号码', 'Spouse ID number', { maxLength: 30 }),
  el('spouse.phone', '配偶联系电话', 'Spouse phone', PHONE),
  el('spouse.householdAddress', '配偶户籍地址', 'Spouse household address', { maxLength: 200 }),
  el(
    'spouse.marriageCertificateNumber',
    '结婚证字号',
    'Marriage certificate number',
    license(LT.marriageCertificate, 'certificateNumber', { maxLength: 30 }),
  ),
  el(
    'spouse.marriageDate',
    '登记结婚日期',
    'Date of marriage',
    license(LT.marriageCertificate, 'date', DATE),
  ),

  // 子女（新生儿、入学儿童）
  el('child.name', '子女姓名', 'Child name', { maxLength: 50 }),
  el('child.gender', '子女性别', 'Child gender', enumOf(GENDERS)),
  el(
    'child.birthDate',
    '子女出生日期',
    'Child date of birth',
    license(LT.birthCertificate, 'birthDate', DATE),
  ),
  el('child.birthPlace', '出生地', 'Place of birth', { maxLength: 200 }),
  el('child.citizenId', '子女公民身份号码', 'Child citizen ID', CITIZEN_ID),
  el(
    'child.birthCertificateNumber',
    '出生医学证明编号',
    'Birth certificate number',
    license(LT.birthCertificate, 'certificateNumber', { maxLength: 20 }),
  ),
  el(
    'child.hospital',
    '接生机构',
    'Birth institution',
    license(LT.birthCertificate, 'institution', { maxLength: 100 }),
  ),
  el('child.birthWeight', '出生体重（克）', 'Birth weight (g)', { type: 'integer' }),
  el('child.order', '孩次', 'Birth order', { type: 'integer' }),
  el('child.kindergarten', '毕业幼儿园', 'Kindergarten', { maxLength: 100 }),

  // 逝者
  el('deceased.name', '逝者姓名', 'Name of the deceased', { maxLength: 50 }),
  el('deceased.idNumber', '逝者公民身份号码', 'Citizen ID of the deceased', CITIZEN_ID),
  el('deceased.deathDate', '死亡日期', 'Date of death', DATE),
  el(
    'deceased.cause',
    '死亡原因',
    'Cause of death',
    enumOf(
      values(
        ['illness', '因病死亡', 'Illness'],
        ['work-injury', '因工死亡', 'Work injury'],
        ['other', '其他', 'Other'],
      ),
    ),
  ),
  el('deceased.relation', '申领人与逝者关系', 'Relation to the deceased', enumOf(RELATIONS)),

  // 不动产
  el(
    'property.certificateNumber',
    '不动产权证书号',
    'Real estate certificate number',
    license(LT.realEstateCertificate, 'certificateNumber', { maxLength: 50 }),
  ),
  el(
    'property.unitNumber',
    '不动产单元号',
    'Real estate unit number',
    license(LT.realEstateCertificate, 'unitNumber', { maxLength: 28 }),
  ),
  el(
    'property.address',
    '坐落',
    'Property location',
    license(LT.realEstateCertificate, 'location', { maxLength: 200 }),
  ),
  el(
    'property.area',
    '建筑面积（平方米）',
    'Floor area (m²)',
    license(LT.realEstateCertificate, 'area', { type: 'number' }),
  ),
  el(
    'property.use',
    '房屋用途',
    'Property use',
    enumOf(
      values(
        ['residential', '住宅', 'Residential'],
        ['commercial', '商业', 'Commercial'],
        ['office', '办公', 'Office'],
        ['other', '其他', 'Other'],
      ),
    ),
  ),
  el('property.price', '成交价格（元）', 'Transaction price (yuan)', { type: 'number' }),
  el('property.contractNumber', '网签合同编号', 'Online contract number', { maxLength: 40 }),
  // 水电气户号 of a property (the utilities' account numbers; 过户 changes the holder, not the number)
  el('property.waterAccount', '供水户号', 'Water account number', { maxLength: 20 }),
  el('property.powerAccount', '用电户号', 'Electricity account number', { maxLength: 20 }),
  el('property.gasAccount', '燃气户号', 'Gas account number', { maxLength: 20 }),

  // 银行账户
  el('bank.accountName', '开户名', 'Account name', { maxLength: 50 }),
  el('bank.bankName', '开户银行', 'Bank', { maxLength: 100 }),
  el('bank.accountNumber', '银行账号', 'Account number', { maxLength: 30 }),

  // 车辆
  el('vehicle.plate', '号牌号码', 'Plate number', { maxLength: 10 }),
  el(
    'vehicle.licenceClass',
    '准驾车型',
    'Permitted vehicle class',
    license(LT.drivingLicence, 'class', { maxLength: 10 }),
  ),
  el(
    'vehicle.licenceValidUntil',
    '驾驶证有效期至',
    'Licence valid until',
    license(LT.drivingLicence, 'validUntil', DATE),
  ),

  // 申请事项
  el('application.reason', '申请理由', 'Reason', LONG_TEXT),
  el('application.startDate', '申请起始日期', 'Start date', DATE),
  el('application.amount', '申请金额（元）', 'Amount (yuan)', { type: 'number' }),
  el('application.count', '申请数量', 'Quantity', { type: 'integer' }),
  el('application.description', '情况说明', 'Description', LONG_TEXT),
  el('application.deliveryAddress', '结果邮寄地址', 'Delivery address', { maxLength: 200 }),
  el(
    'application.deliveryMethod',
    '结果领取方式',
    'How to receive the result',
    enumOf(
      values(
        ['window', '窗口领取', 'At the window'],
        ['post', '邮寄送达', 'By post'],
        ['online', '电子证照', 'E-license'],
      ),
    ),
  ),
  el('application.schoolDistrict', '学区（片区）', 'School district', { maxLength: 100 }),
  el('application.agreeVerification', '同意核查本人信息', 'Agrees to verification', { type: 'boolean' }),
];

export const DEMO_DATA_ELEMENTS: readonly SeedDataElement[] = ELEMENTS.map((e) => ({
  ...e,
  description: DESCRIPTIONS[e.key] ?? e.description,
}));
