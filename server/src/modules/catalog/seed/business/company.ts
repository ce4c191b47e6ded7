// 有限责任公司设立登记 at the district 行政审批局: Tianjin's 企业开办 — registration, seals, invoices,
// social insurance and the housing fund account in one working day, fully online across provinces.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  approvalBureau,
  BIZ_DISTRICTS,
  type BizDistrict,
  districtVenues,
  f,
  law,
  licensingSteps,
  limit,
  LICENSING_LISTS,
  material,
  ONLINE_URL,
  powerOfAttorney,
  premisesProof,
  representativeId,
} from './common.ts';
import { BLT } from './license-types.ts';
import { XZSPJ_SERIAL } from './serials.ts';
import { REGISTRATION_3, REGISTRATION_19 } from './registration.ts';

export const limitedCompanyItem: BasicItemContent = {
  name: '有限责任公司设立登记',
  basicCode: '000127001100',
  itemType: '01',
  legalBasis: [
    law(
      '《中华人民共和国公司法》',
      '第二十九条',
      '设立公司，应当依法向公司登记机关申请设立登记。法律、行政法规规定设立公司必须报经批准的，应当在公司登记前依法办理批准手续。',
    ),
    REGISTRATION_3,
    REGISTRATION_19,
  ],
  exerciseLevel: '4',
  serviceTargets: ['1', '2'],
  themes: ['establishment'],
};

const CORPORATE_SHAREHOLDER = { shareholders: ['corporate'] };

function limitedCompany(d: BizDistrict): SeedImplementation {
  const content = implementationOf(limitedCompanyItem, {
    caseType: '2',
    statutoryLimit: limit(3),
    promisedLimit: limit(1),
    limitNote:
      '企业开办（设立登记、公章刻制、申领发票和税控设备、社保登记、公积金开户）全流程1个工作日内办结。',
    conditions: [
      { id: 'name', text: '企业名称经自主申报，符合《企业名称登记管理规定》' },
      {
        id: 'articles',
        text: '有符合公司法规定的公司章程，股东认缴出资额及出资期限符合规定（全体股东认缴的出资额自公司成立之日起五年内缴足）',
      },
      { id: 'address', text: '有公司住所', commitmentAllowed: true },
      { id: 'organs', text: '有公司名称，建立符合有限责任公司要求的组织机构' },
    ],
    questions: [
      {
        id: 'shareholders',
        text: '股东（出资人）情况',
        options: [
          { id: 'natural', label: '股东均为自然人' },
          { id: 'corporate', label: '有企业法人或其他组织股东' },
        ],
      },
    ],
    materials: [
      material('application', '公司登记（备案）申请书', '网上填报后全体股东电子签名，系统生成', {
        format: 'electronic',
      }),
      material('articles', '公司章程', '全体股东签署；可使用系统提供的章程范本', { format: 'electronic' }),
      representativeId({ id: 'shareholder-id', name: '自然人股东身份证明' }),
      material(
        'corporate-shareholder',
        '法人股东营业执照',
        '电子证照库调取；非本市或境外主体提交主体资格证明',
        {
          requirement: 'situational',
          when: CORPORATE_SHAREHOLDER,
          source: 'e-license',
          licenseType: BLT.businessLicence,
          format: 'electronic',
          originals: 0,
        },
      ),
      material(
        'appointment',
        '法定代表人、董事、监事和经理的任职文件',
        '按章程规定的程序产生，由股东会决议或股东签署',
        {
          format: 'electronic',
        },
      ),
      premisesProof({ name: '住所使用相关文件', deficiencyAllowed: true }),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([0, 0, 1, 0], { review: '形式审查', decide: '核准登记，生成电子营业执照' }),
    commitment: {
      text: '本公司（筹）承诺：申报的住所真实、可以合法使用，公司能够通过该住所取得联系；如有不实，愿意承担被列入经营异常名录、撤销登记等法律责任。',
      verificationPlan:
        '住所申报承诺制：登记后纳入“双随机、一公开”抽查；通过登记的住所无法联系的列入经营异常名录。',
    },
    result: { type: 'certificate', name: '营业执照', licenseType: BLT.businessLicence },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: ONLINE_URL,
    acceptingVenues: districtVenues(d),
    cityWide: true,
    crossProvince: ['fully-online'],
    // Real-name verified (L2) applicants file online; the investors' identities are then checked
    // by the registration system (企业登记身份管理实名验证) before the licence is issued.
    minRealNameLevel: 2,
    consultationPhone: d.phone,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '注册公司要多长时间？',
        answer: '材料齐全的，设立登记连同刻章、发票申领在1个工作日内办完，全程网上办理、免费邮寄印章和执照。',
      },
      {
        question: '注册资本可以随便填吗？',
        answer: '不可以。全体股东认缴的出资额应当自公司成立之日起五年内缴足，应量力而行。',
      },
    ],
    formFields: [
      f('enterprise.name', true, { title: '拟设立公司名称' }),
      f('enterprise.type', true, { widget: 'select' }),
      f('enterprise.registeredCapital'),
      f('enterprise.address', true, { widget: 'textarea' }),
      f('enterprise.regionCode'),
      f('enterprise.businessScope', true, { widget: 'textarea' }),
      f('enterprise.operatingTerm', false),
      f('enterprise.shareholders', true, { widget: 'textarea' }),
      f('enterprise.legalRepName'),
      f('enterprise.legalRepIdNumber'),
      f('enterprise.legalRepPhone'),
      f('enterprise.contactName'),
      f('enterprise.contactPhone'),
      f('enterprise.taxpayerKind', false, { widget: 'radio' }),
      f('enterprise.sealCount', false, { help: '同步免费刻制公章、财务专用章等' }),
    ],
    lists: [...LICENSING_LISTS],
    keywords: ['开公司', '注册公司', '办执照', '公司注册', '营业执照', '企业开办', '成立公司', '有限公司'],
  });
  return { agencyId: approvalBureau(d), regionCode: d.code, serial: XZSPJ_SERIAL.limitedCompany, content };
}

export const COMPANY_ITEMS: readonly BasicItemContent[] = [limitedCompanyItem];
export const COMPANY_IMPLEMENTATIONS: readonly SeedImplementation[] = BIZ_DISTRICTS.map(limitedCompany);
