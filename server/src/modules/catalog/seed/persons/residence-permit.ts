// 居住证: district public-security branches (公安分局) issue residence permits at the district
// centre's 公安专业窗口 (ZY01) and, near home, through the streets' convenience centres.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  APPLICANT_FIELDS,
  DEMO_DISTRICTS,
  districtVenues,
  f,
  idCard,
  law,
  limit,
  material,
  steps,
  type DemoDistrict,
} from './common.ts';
import { LT } from './license-types.ts';

const residencePermit: BasicItemContent = {
  name: '居住证申领',
  basicCode: '001120003000',
  itemType: '20',
  legalBasis: [
    law(
      '《居住证暂行条例》',
      '第二条',
      '公民离开常住户口所在地，到其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以依照本条例的规定申领居住证。',
    ),
    law(
      '《天津市居住证管理办法》',
      '第八条',
      '来津人员在本市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以向居住地公安派出所申领居住证。',
    ),
  ],
  exerciseLevel: '4',
  serviceTargets: ['1'],
  themes: ['residence', 'household'],
};

export const RESIDENCE_ITEMS = [residencePermit];

const residencePermitAt = (d: DemoDistrict): SeedImplementation => ({
  agencyId: `${d.slug}-gafj`,
  regionCode: d.code,
  serial: 3,
  content: implementationOf(residencePermit, {
    caseType: '2',
    statutoryLimit: limit(15),
    promisedLimit: limit(10),
    questions: [
      {
        id: 'basis',
        text: '您申领居住证的条件',
        options: [
          { id: 'job', label: '合法稳定就业' },
          { id: 'home', label: '合法稳定住所' },
          { id: 'study', label: '连续就读' },
        ],
      },
      {
        id: 'kind',
        text: '业务类型',
        options: [
          { id: 'new', label: '首次申领' },
          { id: 'reissue', label: '遗失补领、损坏换领', promisedLimit: limit(5) },
        ],
      },
    ],
    conditions: [
      { id: 'half-year', text: `在${d.name}居住半年以上，且已办理居住登记` },
      { id: 'basis', text: '符合合法稳定就业、合法稳定住所、连续就读条件之一', commitmentAllowed: true },
    ],
    materials: [
      idCard(),
      material('photo', '近期一寸白底免冠彩色照片', '或在窗口现场采集照片（免费）', {
        originals: 1,
        deficiencyAllowed: true,
      }),
      material(
        'labour-contract',
        '劳动合同或社会保险缴纳证明',
        '社保缴费记录通过共享数据核验，无需另行提交',
        {
          requirement: 'situational',
          when: { basis: ['job'] },
          source: 'shared-data',
          sharedDataset: 'social-insurance-payment',
          format: 'electronic',
          originals: 0,
        },
      ),
      material('lease', '房屋租赁合同（已登记备案）或不动产权证书', '租赁合同须在住建部门登记备案', {
        requirement: 'situational',
        when: { basis: ['home'] },
        copies: 1,
      }),
      material('school', '在读证明', '学校出具并加盖公章', {
        requirement: 'situational',
        when: { basis: ['study'] },
        issuer: '就读学校',
      }),
    ],
    procedure: steps([0, 5, 2, 3], { review: '社区民警核实居住情况', decide: '审批并制证' }),
    result: { type: 'certificate', name: '天津市居住证', licenseType: LT.residencePermit },
    handlingModes: ['1', '3', '4'],
    visits: 1,
    visitsReason: '首次申领须现场采集照片和指纹',
    onlineDepth: '4',
    acceptingVenues: districtVenues(d, ['ZY01'], 'own-window', { mode: 'delegated-acceptance' }),
    cityWide: true,
    commitment: {
      text: '本人承诺在天津居住满半年且符合所选申领条件，所填信息真实，如有虚假愿承担法律责任，居住证予以注销。',
      verificationPlan: '受理后20个工作日内由社区民警入户核实居住情况，社保、租赁备案信息通过共享数据比对。',
    },
    faqs: [
      {
        question: '居住证有什么用？',
        answer: '持居住证可享受子女入学、社保、住房公积金、积分落户等基本公共服务和便利。',
      },
      { question: '居住证多久签注一次？', answer: '居住证每年签注一次，可在“津心办”或派出所办理签注。' },
    ],
    keywords: ['居住证', '暂住证', '外地人', '办居住证', '租房'],
    formFields: [
      ...APPLICANT_FIELDS,
      f('applicant.gender'),
      f('applicant.address'),
      f('applicant.residenceSince'),
      f('applicant.employer', false),
    ],
  }),
});

export const RESIDENCE_IMPLEMENTATIONS: SeedImplementation[] = DEMO_DISTRICTS.map(residencePermitAt);
