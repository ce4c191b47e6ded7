// Cards for the elderly and people with disabilities: 老年人优待证 (市民政局) and 残疾人证 (市残联,
// a people's organisation authorised to issue it). Both public services.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  agentMaterials,
  AGENT_FIELDS,
  APPLICANT_FIELDS,
  CITY,
  cityVenue,
  communityStations,
  f,
  householdRegister,
  idCard,
  law,
  limit,
  material,
  nearbyEverywhere,
  ON_THE_SPOT,
  onTheSpotSteps,
  steps,
} from './common.ts';
import { LT } from './license-types.ts';

const seniorCard: BasicItemContent = {
  name: '老年人优待证办理',
  basicCode: '001220004000',
  itemType: '20',
  legalBasis: [
    law(
      '《中华人民共和国老年人权益保障法》',
      '第五十七条',
      '医疗机构应当为老年人就医提供方便，对老年人就医予以优先。有条件的地方，可以为老年人设立家庭病床，开展巡回医疗、护理、康复、免费体检等服务。',
    ),
    law(
      '《天津市老年人权益保障条例》',
      '第五章',
      '本市对老年人实行社会优待，老年人凭身份证或者老年人优待证享受规定的优待服务。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['elderly'],
};

const disabilityCard: BasicItemContent = {
  name: '残疾人证核发',
  basicCode: '009920001000',
  itemType: '20',
  legalBasis: [
    law(
      '《中华人民共和国残疾人保障法》',
      '第二条',
      '残疾人是指在心理、生理、人体结构上，某种组织、功能丧失或者不正常，全部或者部分丧失以正常方式从事某种活动能力的人。',
    ),
    law(
      '《中华人民共和国残疾人证管理办法》',
      '第五条',
      '残疾人证的申领实行自愿原则，由申请人向户籍所在地县级残联提出申请，经残疾评定后核发。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['disability'],
};

export const CARD_ITEMS = [seniorCard, disabilityCard];

const AGENT_WHEN = { agent: ['agent'] };
const agentQuestion = {
  id: 'agent',
  text: '由谁办理',
  options: [
    { id: 'self', label: '本人办理' },
    { id: 'agent', label: '监护人或家属代办' },
  ],
};

export const CARD_IMPLEMENTATIONS: SeedImplementation[] = [
  {
    agencyId: 'tj-mzj',
    regionCode: CITY,
    serial: 6,
    content: implementationOf(seniorCard, {
      caseType: '1',
      statutoryLimit: ON_THE_SPOT,
      promisedLimit: ON_THE_SPOT,
      questions: [agentQuestion],
      conditions: [{ id: 'age', text: '年满60周岁的本市户籍老年人或持本市居住证的常住老年人' }],
      materials: [
        idCard(),
        material('photo', '近期一寸免冠彩色照片', '电子照片可在线上传或现场拍摄', {
          format: 'both',
          deficiencyAllowed: true,
        }),
        ...agentMaterials(AGENT_WHEN),
      ],
      procedure: onTheSpotSteps('核对年龄与户籍信息，当场制发优待证或推送电子优待证'),
      result: { type: 'certificate', name: '天津市老年人优待证', licenseType: LT.seniorCard },
      handlingModes: ['1', '2', '3'],
      visits: 0,
      onlineDepth: '7',
      acceptingVenues: [
        cityVenue(['SL03', 'BB01'], 'comprehensive'),
        ...nearbyEverywhere('authorized-handling', 4),
        ...communityStations('authorized-handling'),
      ],
      cityWide: true,
      keywords: ['老年证', '老年卡', '优待证', '免费坐公交', '老人'],
      formFields: [...APPLICANT_FIELDS, f('applicant.birthDate'), f('applicant.address'), ...AGENT_FIELDS],
    }),
  },
  {
    agencyId: 'tj-cl',
    regionCode: CITY,
    serial: 1,
    content: implementationOf(disabilityCard, {
      agencyNature: '2',
      caseType: '2',
      statutoryLimit: limit(30),
      promisedLimit: limit(20),
      limitNote: '不含残疾评定时间；评定由指定医疗机构在受理后15个工作日内完成',
      questions: [
        {
          id: 'kind',
          text: '业务类型',
          options: [
            { id: 'new', label: '首次申领' },
            { id: 'renew', label: '到期换领' },
            { id: 'reissue', label: '遗失补领', promisedLimit: limit(5) },
          ],
        },
        agentQuestion,
      ],
      conditions: [{ id: 'household', text: '具有本市户籍，符合残疾标准' }],
      materials: [
        idCard(),
        householdRegister(),
        material('photo', '近期二寸白底免冠彩色照片', '3张', { originals: 3 }),
        material('assessment', '《残疾人证申请表》及残疾评定表', '由指定评定医院填写并签章', {
          requirement: 'situational',
          when: { kind: ['new', 'renew'] },
          issuer: '残疾评定医疗机构',
        }),
        ...agentMaterials(AGENT_WHEN),
      ],
      procedure: steps([0, 15, 3, 2], { review: '指定医疗机构残疾评定，区残联审核', decide: '核发残疾人证' }),
      specialProcedures: [
        { kind: 'expert-review', maxWorkingDays: 15, basis: '《中华人民共和国残疾人证管理办法》' },
      ],
      result: { type: 'certificate', name: '中华人民共和国残疾人证', licenseType: LT.disabilityCertificate },
      handlingModes: ['1', '3'],
      visits: 1,
      visitsReason: '首次申领和换领须到指定医疗机构接受残疾评定',
      onlineDepth: '4',
      acceptingVenues: [
        cityVenue(['SL03', 'BB01'], 'comprehensive'),
        ...nearbyEverywhere('delegated-acceptance'),
      ],
      cityWide: true,
      consultationPhone: '022-23013577',
      keywords: ['残疾证', '办残疾证', '残疾评定'],
      formFields: [...APPLICANT_FIELDS, f('applicant.gender'), f('applicant.address'), ...AGENT_FIELDS],
    }),
  },
];
