// Shared pieces of the person half of the demo catalog: the three demo districts with the streets
// whose convenience centres exist in the masterdata seed, venue lists, procedure steps, limits and
// the materials almost every person service asks for.
//
// Phone numbers: 022-12345 (Tianjin's 12345 hotline), 12333 (人社), 12329 (公积金) and 12366 (税务)
// are the real service hotlines; every other number (022-2xxxxxxx) is INVENTED for the demo.
// Basic codes (基本编码) are illustrative: a 4-digit department prefix, the item type, a serial.
// Legal-basis texts are short quotations or close summaries of the cited articles.
import type { AcceptingVenue, LegalBasis, Material, ProcedureStep, TimeLimit } from '../../content.ts';
import type { FormField } from '../../form-schema.ts';
import { LT } from './license-types.ts';

export interface DemoDistrict {
  code: string;
  slug: string;
  name: string;
  /** Streets / towns with a seeded convenience centre (bmzx-<code>). */
  towns: readonly string[];
}

export const DEMO_DISTRICTS: readonly DemoDistrict[] = [
  { code: '120103', slug: 'hx', name: '河西区', towns: ['120103001', '120103002', '120103007', '120103013'] },
  { code: '120101', slug: 'hp', name: '和平区', towns: ['120101001', '120101002', '120101003', '120101005'] },
  {
    code: '120116',
    slug: 'bh',
    name: '滨海新区',
    towns: ['120116001', '120116005', '120116012', '120116158'],
  },
];

export const CITY = '120000';
export const HOTLINE = '022-12345';
export const HRSS_HOTLINE = '022-12333';

type Unit = 'working-days' | 'natural-days' | 'months';
export const ON_THE_SPOT: TimeLimit = { kind: 'on-the-spot' };
export const limit = (value: number, unit: Unit = 'working-days'): TimeLimit => ({
  kind: 'period',
  value,
  unit,
});

export const law = (name: string, article: string, text: string): LegalBasis => ({
  law: name,
  article,
  text,
});

type Role = ProcedureStep['role'];
export function step(
  code: string,
  name: string,
  role: Role,
  budget: number | null,
  description?: string,
  unit: Unit = 'working-days',
): ProcedureStep {
  return {
    id: code,
    code,
    name,
    role,
    budget: budget === null ? null : { value: budget, unit },
    ...(description && { description }),
  };
}

/** 受理 → 审核 → 决定 → 办结 → 送达 with the given budgets (working days). */
export function steps(
  [accept, review, decide, deliver]: readonly [number, number, number, number],
  texts: { review?: string; decide?: string; deliver?: string } = {},
): ProcedureStep[] {
  return [
    step(
      'accept',
      '受理',
      'window-clerk',
      accept,
      '窗口或网上核对申请材料，材料齐全、符合法定形式的当场受理',
    ),
    step('review', '审核', 'reviewer', review, texts.review),
    step('decide', '决定', 'approver', decide, texts.decide),
    step('conclude', '办结', 'system', 0, '系统记录办结并推送结果'),
    step('deliver', '送达', 'window-clerk', deliver, texts.deliver ?? '窗口领取、邮寄送达或推送电子证照'),
  ];
}

/** 即办: 受理 and 办结 at the window. */
export function onTheSpotSteps(what: string): ProcedureStep[] {
  return [
    step('accept', '受理', 'window-clerk', 0, '核对身份与材料'),
    step('decide', '办理', 'window-clerk', 0, what),
    step('conclude', '办结', 'system', 0),
    step('deliver', '送达', 'window-clerk', 0, '当场发放结果或推送电子证照'),
  ];
}

export function cityVenue(
  windowCodes: string[],
  mode: AcceptingVenue['mode'] = 'own-window',
): AcceptingVenue {
  return { venueId: 'zwfw-120000', mode, windowCodes };
}

/** The district centre's window(s) and, for 就近办 items, the streets' convenience centres. */
export function districtVenues(
  d: DemoDistrict,
  windowCodes: string[],
  mode: AcceptingVenue['mode'] = 'own-window',
  nearby?: { mode: 'delegated-acceptance' | 'authorized-handling'; count?: number },
): AcceptingVenue[] {
  const centre: AcceptingVenue = { venueId: `zwfw-${d.code}`, mode, windowCodes };
  if (!nearby) return [centre];
  const towns = d.towns.slice(0, nearby.count ?? d.towns.length);
  return [
    centre,
    ...towns.map((t) => ({ venueId: `bmzx-${t}`, mode: nearby.mode, windowCodes: ['SL01', 'SL02'] })),
  ];
}

/** Convenience centres of every demo district (city items handled near home). */
export function nearbyEverywhere(mode: 'delegated-acceptance' | 'authorized-handling', perDistrict = 2) {
  return DEMO_DISTRICTS.flatMap((d) =>
    d.towns
      .slice(0, perDistrict)
      .map((t): AcceptingVenue => ({ venueId: `bmzx-${t}`, mode, windowCodes: ['SL01'] })),
  );
}

/** A few community stations (便民服务站, one per demo district) for the most local services. */
export function communityStations(mode: 'delegated-acceptance' | 'authorized-handling'): AcceptingVenue[] {
  return ['120103001001', '120101001001', '120116158201'].map((v) => ({
    venueId: `bmz-${v}`,
    mode,
    windowCodes: ['SL01'],
  }));
}

type MaterialSpec = Partial<Omit<Material, 'id' | 'name' | 'acceptanceStandard'>>;
export function material(
  id: string,
  name: string,
  acceptanceStandard: string,
  spec: MaterialSpec = {},
): Material {
  return {
    id,
    name,
    requirement: 'required',
    source: 'applicant',
    format: 'paper',
    originals: 1,
    copies: 0,
    deficiencyAllowed: false,
    acceptanceStandard,
    ...spec,
  };
}

/** 居民身份证: verified against the population base (人口基础信息库), not asked for. */
export function idCard(id = 'id-card', who = '申请人', spec: MaterialSpec = {}): Material {
  return material(
    id,
    `${who}居民身份证`,
    '通过人口基础信息库在线核验；窗口办理时查验本人身份证原件，不收取复印件',
    {
      issuer: '公安机关',
      source: 'shared-data',
      sharedDataset: 'population-base',
      format: 'electronic',
      originals: 0,
      ...spec,
    },
  );
}

/** 居民户口簿: fetched from the e-license base. */
export function householdRegister(
  id = 'household-register',
  who = '申请人',
  spec: MaterialSpec = {},
): Material {
  return material(id, `${who}居民户口簿`, '电子证照库调取；信息须与身份证一致，户主页和本人页齐全', {
    issuer: '公安机关',
    source: 'e-license',
    licenseType: LT.householdRegister,
    format: 'electronic',
    originals: 0,
    ...spec,
  });
}

/** 委托书 and the agent's ID when someone applies on the applicant's behalf. */
export function agentMaterials(when: Record<string, string[]>): Material[] {
  return [
    material('power-of-attorney', '授权委托书', '载明委托事项和期限，委托人签字或按手印', {
      requirement: 'situational',
      when,
    }),
    idCard('agent-id-card', '代办人', { requirement: 'situational', when }),
  ];
}

export const f = (
  key: string,
  required = true,
  extra: Omit<FormField, 'key' | 'required'> = {},
): FormField => ({
  key,
  required,
  ...extra,
});
export const APPLICANT_FIELDS: readonly FormField[] = [
  f('applicant.name'),
  f('applicant.idType'),
  f('applicant.idNumber'),
  f('applicant.phone'),
];
export const AGENT_FIELDS: readonly FormField[] = [
  f('agent.name', false),
  f('agent.idNumber', false),
  f('agent.phone', false),
  f('agent.relation', false),
];
export const BANK_FIELDS: readonly FormField[] = [
  f('bank.accountName'),
  f('bank.bankName'),
  f('bank.accountNumber'),
];
