// 婚姻登记 (市民政局): marriage and divorce registration. Since the 2025 revision of 《婚姻登记条例》
// mainland residents may register at any registry (全国通办), so the questions ask about residence
// status rather than household registration.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import { CITY, cityVenue, f, idCard, law, limit, material, ON_THE_SPOT, onTheSpotSteps } from './common.ts';
import { LT } from './license-types.ts';

const CIVIL_CODE = '《中华人民共和国民法典》';

const marriage: BasicItemContent = {
  name: '结婚登记',
  basicCode: '001207001000',
  itemType: '07',
  legalBasis: [
    law(
      CIVIL_CODE,
      '第一千零四十九条',
      '要求结婚的男女双方应当亲自到婚姻登记机关申请结婚登记。符合本法规定的，予以登记，发给结婚证。完成结婚登记，即确立婚姻关系。',
    ),
    law('《婚姻登记条例》', '第四条', '内地居民结婚，男女双方应当共同到婚姻登记机关办理结婚登记。'),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['marriage'],
};

const divorce: BasicItemContent = {
  name: '离婚登记',
  basicCode: '001207002000',
  itemType: '07',
  legalBasis: [
    law(
      CIVIL_CODE,
      '第一千零七十六条',
      '夫妻双方自愿离婚的，应当签订书面离婚协议，并亲自到婚姻登记机关申请离婚登记。',
    ),
    law(
      CIVIL_CODE,
      '第一千零七十七条',
      '自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以向婚姻登记机关撤回离婚登记申请。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['marriage'],
};

export const MARRIAGE_ITEMS = [marriage, divorce];

const COUPLE_FIELDS = [
  f('applicant.name'),
  f('applicant.idType'),
  f('applicant.idNumber'),
  f('applicant.phone'),
  f('applicant.nationality', false),
  f('applicant.occupation', false),
  f('spouse.name'),
  f('spouse.idType'),
  f('spouse.idNumber'),
  f('spouse.phone'),
];

export const MARRIAGE_IMPLEMENTATIONS: SeedImplementation[] = [
  {
    agencyId: 'tj-mzj',
    regionCode: CITY,
    serial: 1,
    content: implementationOf(marriage, {
      caseType: '1',
      statutoryLimit: ON_THE_SPOT,
      promisedLimit: ON_THE_SPOT,
      questions: [
        {
          id: 'residents',
          text: '双方是否均为内地居民',
          options: [
            { id: 'mainland', label: '双方均为内地居民' },
            { id: 'hmt', label: '一方为香港、澳门或台湾居民' },
            { id: 'foreign', label: '一方为外国人或华侨' },
          ],
        },
        {
          id: 'previous',
          text: '双方此前的婚姻状况',
          options: [
            { id: 'never', label: '均为未婚' },
            { id: 'divorced', label: '一方或双方离异、丧偶' },
          ],
        },
      ],
      conditions: [
        { id: 'age', text: '男方年满22周岁，女方年满20周岁' },
        { id: 'voluntary', text: '双方完全自愿，均无配偶，且不属于直系血亲或三代以内旁系血亲' },
        { id: 'in-person', text: '男女双方须亲自到场，不得委托他人代办' },
      ],
      materials: [
        idCard('id-cards', '双方'),
        material('photos', '双方近期半身免冠合影2寸照片', '红底彩色合影3张；也可在登记处现场拍摄', {
          originals: 3,
          deficiencyAllowed: true,
        }),
        material('declaration', '《申请结婚登记声明书》', '双方在婚姻登记员面前亲笔签署', { originals: 2 }),
        material('hmt-id', '港澳台居民身份证件及无配偶声明', '经公证或有关机关认证', {
          requirement: 'situational',
          when: { residents: ['hmt'] },
          originals: 1,
          copies: 1,
        }),
        material(
          'passport',
          '护照或国际旅行证件及无配偶证明',
          '经我国驻该国使（领）馆认证或该国驻华使（领）馆认证',
          {
            requirement: 'situational',
            when: { residents: ['foreign'] },
            originals: 1,
            copies: 1,
          },
        ),
        material('divorce-proof', '离婚证或离婚判决书、丧偶证明', '离婚证通过电子证照核验，判决书须生效', {
          requirement: 'situational',
          when: { previous: ['divorced'] },
          source: 'e-license',
          licenseType: LT.divorceCertificate,
          format: 'electronic',
          originals: 0,
        }),
      ],
      procedure: onTheSpotSteps('婚姻登记员询问、审查，双方签字，颁发结婚证'),
      result: { type: 'certificate', name: '结婚证', licenseType: LT.marriageCertificate },
      handlingModes: ['1'],
      visits: 1,
      visitsReason: '《民法典》规定结婚登记须男女双方亲自到婚姻登记机关申请',
      onlineDepth: '3',
      notOnline: { reason: '法律规定须双方亲自到场申请，网上仅提供预约和信息预填' },
      acceptingVenues: [cityVenue(['SL03'], 'comprehensive')],
      cityWide: true,
      consultationPhone: '022-23142075',
      faqs: [
        {
          question: '领证需要户口本吗？',
          answer: '2025年起内地居民办理结婚登记只需身份证，无需户口簿，也不受户籍地限制。',
        },
        {
          question: '可以预约特殊日子领证吗？',
          answer: '可以在“津心办”提前预约，特殊纪念日婚姻登记处会延长服务时间。',
        },
        { question: '结婚证丢了能补吗？', answer: '可凭身份证到任一婚姻登记机关申请补领结婚证。' },
      ],
      keywords: ['领证', '结婚证', '登记结婚', '扯证', '婚姻登记'],
      formFields: COUPLE_FIELDS,
    }),
  },
  {
    agencyId: 'tj-mzj',
    regionCode: CITY,
    serial: 2,
    content: implementationOf(divorce, {
      caseType: '2',
      statutoryLimit: limit(60, 'natural-days'),
      promisedLimit: limit(60, 'natural-days'),
      limitNote: '含离婚冷静期30日：冷静期届满后30日内双方须亲自到场申请发给离婚证，未申请的视为撤回',
      conditions: [
        { id: 'agreement', text: '双方自愿离婚，并已对子女抚养、财产及债务处理等事项协商一致' },
        { id: 'registered-here', text: '双方均为内地居民，且结婚登记信息可在全国婚姻登记信息系统中核验' },
      ],
      materials: [
        idCard('id-cards', '双方'),
        material('marriage-cert', '结婚证', '双方各持一本；电子证照核验，纸质原件收回', {
          source: 'e-license',
          licenseType: LT.marriageCertificate,
          format: 'both',
          originals: 2,
        }),
        material('agreement', '离婚协议书', '双方签名，载明自愿离婚、子女抚养、财产及债务处理的意见', {
          originals: 3,
        }),
        material('photos', '双方各自近期半身免冠2寸照片', '白底或蓝底彩色照片各2张', {
          originals: 4,
          deficiencyAllowed: true,
        }),
      ],
      procedure: [
        {
          id: 'accept',
          code: 'accept',
          name: '受理离婚登记申请',
          role: 'window-clerk',
          budget: { value: 0, unit: 'working-days' },
        },
        {
          id: 'cooling',
          code: 'cooling-off',
          name: '离婚冷静期',
          role: 'system',
          budget: { value: 30, unit: 'natural-days' },
        },
        {
          id: 'review',
          code: 'review',
          name: '审查',
          role: 'reviewer',
          budget: { value: 0, unit: 'working-days' },
        },
        {
          id: 'decide',
          code: 'decide',
          name: '登记',
          role: 'approver',
          budget: { value: 0, unit: 'working-days' },
        },
        { id: 'conclude', code: 'conclude', name: '办结', role: 'system', budget: null },
        {
          id: 'deliver',
          code: 'deliver',
          name: '发给离婚证',
          role: 'window-clerk',
          budget: { value: 0, unit: 'working-days' },
        },
      ],
      result: { type: 'certificate', name: '离婚证', licenseType: LT.divorceCertificate },
      handlingModes: ['1'],
      visits: 2,
      visitsReason: '《民法典》规定离婚登记须双方亲自申请，冷静期届满后须再次亲自到场领取离婚证',
      onlineDepth: '1',
      notOnline: { reason: '法律规定须双方两次亲自到场，网上仅提供咨询和预约' },
      acceptingVenues: [cityVenue(['SL03'], 'comprehensive')],
      cityWide: true,
      consultationPhone: '022-23142075',
      keywords: ['离婚', '协议离婚', '冷静期', '离婚证'],
      formFields: [...COUPLE_FIELDS, f('spouse.marriageCertificateNumber'), f('spouse.marriageDate')],
    }),
  },
];
