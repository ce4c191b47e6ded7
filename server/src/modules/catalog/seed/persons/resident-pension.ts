// 城乡居民基本养老保险参保登记 (district 人社局): enrolment for residents without employee pension
// insurance; done on the spot at the district centre and, near home, by the streets (授权办理).
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  APPLICANT_FIELDS,
  DEMO_DISTRICTS,
  districtVenues,
  f,
  HRSS_HOTLINE,
  householdRegister,
  idCard,
  law,
  ON_THE_SPOT,
  onTheSpotSteps,
  type DemoDistrict,
} from './common.ts';

const residentPensionEnrolment: BasicItemContent = {
  name: '城乡居民基本养老保险参保登记',
  basicCode: '001520006000',
  itemType: '20',
  legalBasis: [
    law(
      '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）',
      '四',
      '年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民，可以在户籍地参加城乡居民养老保险。',
    ),
  ],
  exerciseLevel: '7',
  serviceTargets: ['1'],
  themes: ['social-insurance', 'elderly'],
};

export const RESIDENT_PENSION_ITEMS = [residentPensionEnrolment];

const enrolmentAt = (d: DemoDistrict): SeedImplementation => ({
  agencyId: `${d.slug}-rsj`,
  regionCode: d.code,
  serial: 6,
  content: implementationOf(residentPensionEnrolment, {
    caseType: '1',
    statutoryLimit: ON_THE_SPOT,
    promisedLimit: ON_THE_SPOT,
    conditions: [
      { id: 'age', text: `年满16周岁（不含在校学生）、户籍在${d.name}` },
      { id: 'not-employee', text: '未参加职工基本养老保险' },
    ],
    materials: [idCard(), householdRegister()],
    procedure: onTheSpotSteps('核验户籍和参保状态，办理参保登记，推送至税务部门生成缴费信息'),
    result: { type: 'document', name: '城乡居民基本养老保险参保登记表' },
    handlingModes: ['1', '2', '3'],
    visits: 0,
    onlineDepth: '6',
    acceptingVenues: districtVenues(d, ['ZY03'], 'own-window', { mode: 'authorized-handling' }),
    cityWide: false,
    coImplementingAgencyIds: [`${d.slug}-swj`],
    consultationPhone: HRSS_HOTLINE,
    keywords: ['城乡居民养老', '居民养老保险', '农村养老保险', '新农保', '没单位交社保'],
    formFields: [
      ...APPLICANT_FIELDS,
      f('applicant.householdType'),
      f('applicant.householdAddress'),
      f('applicant.address'),
    ],
  }),
});

export const RESIDENT_PENSION_IMPLEMENTATIONS: SeedImplementation[] = DEMO_DISTRICTS.map(enrolmentAt);
