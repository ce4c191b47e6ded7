// 人力资源和社会保障 (district 人社局, at the district centre's 人力社保专业窗口 ZY03): social
// security cards, unemployment benefit and the employment certificate, all also near home.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  AGENT_FIELDS,
  agentMaterials,
  APPLICANT_FIELDS,
  BANK_FIELDS,
  DEMO_DISTRICTS,
  districtVenues,
  f,
  HRSS_HOTLINE,
  idCard,
  law,
  limit,
  material,
  ON_THE_SPOT,
  onTheSpotSteps,
  steps,
  type DemoDistrict,
} from './common.ts';
import { LT } from './license-types.ts';

const SOCIAL_INSURANCE_LAW = '《中华人民共和国社会保险法》';

const socialSecurityCard: BasicItemContent = {
  name: '社会保障卡申领',
  basicCode: '001520001000',
  itemType: '20',
  legalBasis: [
    law(
      SOCIAL_INSURANCE_LAW,
      '第五十八条',
      '国家建立全国统一的个人社会保障号码。个人社会保障号码为公民身份号码。',
    ),
    law(
      '《社会保障卡管理办法》（人社部发〔2011〕47号）',
      '第八条',
      '社会保障卡由人力资源社会保障部门统一发放，持卡人可凭卡办理社会保险、就业等人力资源社会保障业务。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['social-insurance'],
};

const unemploymentBenefit: BasicItemContent = {
  name: '失业保险金申领',
  basicCode: '001505002000',
  itemType: '05',
  legalBasis: [
    law(
      SOCIAL_INSURANCE_LAW,
      '第四十五条',
      '失业人员符合下列条件的，从失业保险基金中领取失业保险金：（一）失业前用人单位和本人已经缴纳失业保险费满一年的；（二）非因本人意愿中断就业的；（三）已经进行失业登记，并有求职要求的。',
    ),
    law(
      '《失业保险条例》',
      '第十六条',
      '城镇企业事业单位应当及时为失业人员出具终止或者解除劳动关系的证明，告知其按照规定享受失业保险待遇的权利。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['employment', 'social-insurance'],
};

const employmentCard: BasicItemContent = {
  name: '就业创业证申领',
  basicCode: '001520003000',
  itemType: '20',
  legalBasis: [
    law(
      '《就业服务与就业管理规定》',
      '第六十三条',
      '公共就业服务机构应当对登记失业人员和就业人员进行就业失业登记，并发放《就业创业证》。',
    ),
  ],
  exerciseLevel: '4',
  serviceTargets: ['1'],
  themes: ['employment'],
};

export const EMPLOYMENT_ITEMS = [socialSecurityCard, unemploymentBenefit, employmentCard];

const AGENT_WHEN = { who: ['agent'] };

const socialSecurityCardAt = (d: DemoDistrict): SeedImplementation => ({
  agencyId: `${d.slug}-rsj`,
  regionCode: d.code,
  serial: 1,
  content: implementationOf(socialSecurityCard, {
    caseType: '2',
    statutoryLimit: limit(20),
    promisedLimit: limit(10),
    limitNote: '在具备即时制卡条件的网点可当场领卡',
    questions: [
      {
        id: 'kind',
        text: '您要办理的业务',
        options: [
          { id: 'first', label: '首次申领' },
          { id: 'reissue', label: '补领、换领（挂失后）', promisedLimit: limit(5) },
        ],
      },
      {
        id: 'who',
        text: '由谁办理',
        options: [
          { id: 'self', label: '本人' },
          { id: 'guardian', label: '未成年人由监护人代办' },
          { id: 'agent', label: '委托他人代办' },
        ],
      },
    ],
    conditions: [{ id: 'insured', text: '在本市参加社会保险的人员，或持本市户籍、居住证的居民' }],
    materials: [
      idCard(),
      material(
        'photo',
        '近期一寸白底免冠彩色照片（电子照片）',
        '符合社会保障卡制卡照片标准；可使用公安制证照片',
        {
          format: 'electronic',
          source: 'shared-data',
          sharedDataset: 'population-photo',
          originals: 0,
          deficiencyAllowed: true,
        },
      ),
      material('guardian-proof', '监护关系证明（出生医学证明）', '电子证照库调取；收养的另交收养登记证', {
        requirement: 'situational',
        when: { who: ['guardian'] },
        source: 'e-license',
        licenseType: LT.birthCertificate,
        format: 'electronic',
        originals: 0,
      }),
      ...agentMaterials(AGENT_WHEN),
    ],
    procedure: steps([0, 3, 2, 5], { review: '核对参保信息与照片', decide: '制卡并激活金融功能' }),
    result: { type: 'certificate', name: '社会保障卡', licenseType: LT.socialSecurityCard },
    handlingModes: ['1', '2', '3', '4'],
    visits: 0,
    onlineDepth: '7',
    acceptingVenues: districtVenues(d, ['ZY03'], 'own-window', { mode: 'authorized-handling' }),
    cityWide: true,
    crossProvince: ['fully-online', 'remote-acceptance'],
    consultationPhone: HRSS_HOTLINE,
    faqs: [
      {
        question: '社保卡丢了怎么办？',
        answer: '先通过“津心办”或12333电话挂失，再申请补领；补领的卡可邮寄到家。',
      },
      {
        question: '没有实体卡能用社保卡吗？',
        answer: '可在“津心办”或电子社保卡小程序申领电子社保卡，就医购药、查询缴费均可使用。',
      },
    ],
    keywords: ['社保卡', '办社保卡', '补社保卡', '社保卡补办', '社保卡丢了', '医保卡', '电子社保卡'],
    formFields: [
      ...APPLICANT_FIELDS,
      f('applicant.gender'),
      f('applicant.nation', false),
      f('application.deliveryMethod'),
      f('application.deliveryAddress', false),
      ...AGENT_FIELDS,
    ],
  }),
});

const unemploymentBenefitAt = (d: DemoDistrict): SeedImplementation => ({
  agencyId: `${d.slug}-rsj`,
  regionCode: d.code,
  serial: 2,
  content: implementationOf(unemploymentBenefit, {
    caseType: '2',
    statutoryLimit: limit(10),
    promisedLimit: limit(5),
    conditions: [
      { id: 'paid', text: '失业前用人单位和本人已经缴纳失业保险费满一年' },
      { id: 'involuntary', text: '非因本人意愿中断就业' },
      { id: 'registered', text: '已进行失业登记，并有求职要求' },
    ],
    materials: [
      idCard(),
      material('termination', '解除或终止劳动关系证明', '用人单位已在社保系统办理减员的，通过共享数据核验', {
        source: 'shared-data',
        sharedDataset: 'social-insurance-enrolment',
        format: 'electronic',
        originals: 0,
      }),
      material('bank', '社会保障卡金融账户', '本人社保卡须已激活金融功能', {
        source: 'e-license',
        licenseType: LT.socialSecurityCard,
        format: 'electronic',
        originals: 0,
      }),
    ],
    procedure: steps([0, 3, 1, 1], {
      review: '核对缴费记录与失业登记',
      decide: '核定领取期限和标准，按月发放',
    }),
    result: { type: 'document', name: '失业保险待遇核定通知' },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '6',
    acceptingVenues: districtVenues(d, ['ZY03'], 'own-window', { mode: 'delegated-acceptance', count: 2 }),
    cityWide: true,
    crossProvince: ['fully-online'],
    consultationPhone: HRSS_HOTLINE,
    faqs: [
      {
        question: '失业金能领多久？',
        answer: '累计缴费满1年不足5年的最长12个月，满5年不足10年的最长18个月，10年以上的最长24个月。',
      },
      { question: '主动辞职能领失业金吗？', answer: '因本人意愿中断就业的不能领取失业保险金。' },
    ],
    keywords: ['失业金', '失业保险', '领失业金', '被辞退', '下岗'],
    formFields: [
      ...APPLICANT_FIELDS,
      f('applicant.employer', true, { title: '原工作单位' }),
      f('application.startDate', true, { title: '失业日期' }),
      ...BANK_FIELDS,
    ],
  }),
});

const employmentCardAt = (d: DemoDistrict): SeedImplementation => ({
  agencyId: `${d.slug}-rsj`,
  regionCode: d.code,
  serial: 3,
  content: implementationOf(employmentCard, {
    caseType: '1',
    statutoryLimit: ON_THE_SPOT,
    promisedLimit: ON_THE_SPOT,
    conditions: [{ id: 'age', text: '法定劳动年龄内、有劳动能力的本市户籍或常住人员' }],
    materials: [idCard()],
    procedure: onTheSpotSteps('办理就业或失业登记，核发电子《就业创业证》'),
    result: { type: 'certificate', name: '就业创业证', licenseType: LT.employmentCard },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '7',
    acceptingVenues: districtVenues(d, ['ZY03'], 'own-window', { mode: 'authorized-handling' }),
    cityWide: true,
    consultationPhone: HRSS_HOTLINE,
    keywords: ['就业证', '失业证', '就业失业登记', '找工作'],
    formFields: [...APPLICANT_FIELDS, f('applicant.education'), f('applicant.employer', false)],
  }),
});

export const EMPLOYMENT_IMPLEMENTATIONS: SeedImplementation[] = DEMO_DISTRICTS.flatMap((d) => [
  socialSecurityCardAt(d),
  unemploymentBenefitAt(d),
  employmentCardAt(d),
]);
