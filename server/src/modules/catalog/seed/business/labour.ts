// 劳务派遣经营许可 at the 市人力资源和社会保障局 (《中华人民共和国劳动合同法》第五十七条; 《劳务派遣
// 行政许可实施办法》, 人社部令第19号). Accepted at the city centre's 人力社保 professional window.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  businessLicence,
  CITY,
  ENTERPRISE_FIELDS,
  f,
  law,
  LICENSING_LISTS,
  licensingSteps,
  limit,
  material,
  ONLINE_URL,
  powerOfAttorney,
  premisesProof,
  representativeId,
} from './common.ts';
import { BLT } from './license-types.ts';
import { CITY_SERIAL } from './serials.ts';
import { kindQuestion, NEW, NEW_CHANGE } from './situations.ts';

export const labourDispatchItem: BasicItemContent = {
  name: '劳务派遣经营许可',
  basicCode: '000115009000',
  itemType: '01',
  legalBasis: [
    law(
      '《中华人民共和国劳动合同法》',
      '第五十七条',
      '经营劳务派遣业务应当具备下列条件：（一）注册资本不得少于人民币二百万元；（二）有与开展业务相适应的固定的经营场所和设施；（三）有符合法律、行政法规规定的劳务派遣管理制度；（四）法律、行政法规规定的其他条件。经营劳务派遣业务，应当向劳动行政部门依法申请行政许可；经许可的，依法办理相应的公司登记。未经许可，任何单位和个人不得经营劳务派遣业务。',
    ),
    law(
      '《劳务派遣行政许可实施办法》',
      '第六条',
      '经营劳务派遣业务，应当向所在地有许可管辖权的人力资源社会保障行政部门依法申请行政许可。未经许可，任何单位和个人不得经营劳务派遣业务。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['2'],
  themes: ['labour', 'licensing'],
};

const labourDispatch: SeedImplementation = {
  agencyId: 'tj-rsj',
  regionCode: CITY,
  serial: CITY_SERIAL.rsj.labourDispatch,
  content: implementationOf(labourDispatchItem, {
    caseType: '2',
    statutoryLimit: limit(20),
    promisedLimit: limit(10),
    limitNote:
      '20个工作日内不能作出决定的，经负责人批准可延长10个工作日。许可证有效期3年，延续应在届满60日前申请。',
    conditions: [
      { id: 'capital', text: '注册资本不少于人民币200万元（实缴）', when: NEW },
      { id: 'premises', text: '有与开展业务相适应的固定的经营场所和设施', when: NEW_CHANGE },
      {
        id: 'rules',
        text: '有劳动合同、劳动报酬、社会保险、工作时间、休息休假、劳动纪律等劳务派遣管理制度',
        when: NEW,
      },
    ],
    questions: [kindQuestion('延续')],
    materials: [
      material('application', '劳务派遣经营许可申请书', '网上填报，法定代表人签字、加盖公章', {
        format: 'electronic',
      }),
      businessLicence(),
      representativeId(),
      material(
        'capital',
        '公司注册资本实缴证明',
        '银行询证函或会计师事务所出具的验资报告，实缴不少于200万元',
        {
          requirement: 'situational',
          when: NEW,
        },
      ),
      premisesProof({ requirement: 'situational', when: NEW_CHANGE }),
      material(
        'dispatch-rules',
        '劳务派遣管理制度',
        '包括劳动合同、劳动报酬、社会保险、工作时间、休息休假、劳动纪律等与劳动者切身利益相关的规章制度文本，以及拟与用工单位签订的劳务派遣协议样本',
        {
          requirement: 'situational',
          when: NEW,
          deficiencyAllowed: true,
        },
      ),
      material(
        'operations-report',
        '劳务派遣经营情况报告',
        '许可期内经营情况、劳动者权益保障和依法纳税情况',
        { requirement: 'situational', when: { kind: ['renew'] } },
      ),
      material('current-licence', '劳务派遣经营许可证', '电子证照库调取', {
        requirement: 'situational',
        when: { kind: ['change', 'renew', 'cancel'] },
        source: 'e-license',
        licenseType: BLT.labourDispatch,
        format: 'electronic',
        originals: 0,
      }),
      powerOfAttorney(),
    ],
    procedure: licensingSteps([0, 5, 3, 2], { review: '审查申请材料，需要时对经营场所进行现场核查' }),
    specialProcedures: [
      {
        kind: 'inspection',
        maxWorkingDays: 5,
        basis:
          '《劳务派遣行政许可实施办法》：根据法定条件和程序，需要对申请材料的实质内容进行核实的，应当指派2名以上工作人员进行核查',
      },
    ],
    result: { type: 'certificate', name: '劳务派遣经营许可证', licenseType: BLT.labourDispatch },
    handlingModes: ['1', '2', '4'],
    visits: 0,
    onlineDepth: '7',
    onlineUrl: ONLINE_URL,
    acceptingVenues: [{ venueId: 'zwfw-120000', mode: 'own-window', windowCodes: ['ZY03'] }],
    consultationPhone: '022-12333',
    supervisionPhone: '022-12345',
    faqs: [
      { question: '劳务派遣公司注册资本要多少？', answer: '注册资本不得少于人民币200万元，并须实缴。' },
      {
        question: '人力资源服务许可和劳务派遣许可是一回事吗？',
        answer:
          '不是。开展职业中介活动需要人力资源服务许可，经营劳务派遣需要劳务派遣经营许可，两者分别申请。',
      },
    ],
    formFields: [
      ...ENTERPRISE_FIELDS,
      f('enterprise.registeredCapital'),
      f('business.paidInCapital'),
      f('business.premisesAddress'),
      f('business.premisesArea'),
      f('business.dispatchedWorkers', false),
    ],
    lists: [...LICENSING_LISTS],
    keywords: ['劳务派遣', '派遣许可', '人力资源公司', '劳务公司', '派遣工', '外包用工'],
  }),
};

export const LABOUR_ITEMS: readonly BasicItemContent[] = [labourDispatchItem];
export const LABOUR_IMPLEMENTATIONS: readonly SeedImplementation[] = [labourDispatch];
