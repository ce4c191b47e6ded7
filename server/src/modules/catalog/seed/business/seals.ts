// 公章刻制备案 at the district public-security branches: since 公章刻制审批 was abolished (国发〔2017〕
// 7号) the seal is filed, not approved. In Tianjin's 企业开办 the engraving company files the seal
// impression online and the seals are engraved free of charge, so the applicant never visits.
import type { BasicItemContent } from '../../content.ts';
import { implementationOf } from '../build.ts';
import type { SeedImplementation } from '../types.ts';
import {
  BIZ_DISTRICTS,
  type BizDistrict,
  businessLicence,
  ENTERPRISE_FIELDS,
  f,
  law,
  material,
  ON_THE_SPOT,
  ONLINE_URL,
  onTheSpotSteps,
  POWER_RESPONSIBILITY,
  powerOfAttorney,
  representativeId,
} from './common.ts';
import { GAFJ_SERIAL } from './serials.ts';

export const sealFilingItem: BasicItemContent = {
  name: '公章刻制备案',
  basicCode: '000109021000',
  itemType: '11',
  legalBasis: [
    law(
      '《国务院关于第三批取消中央指定地方实施行政许可事项的决定》（国发〔2017〕7号）',
      '附件',
      '取消公章刻制审批。取消审批后，公安机关对公章刻制企业实行备案管理，刻制企业将用章单位的印章信息报公安机关备案。',
    ),
  ],
  exerciseLevel: '4',
  serviceTargets: ['2', '3', '4', '6'],
  themes: ['establishment'],
};

function sealFiling(d: BizDistrict): SeedImplementation {
  const content = implementationOf(sealFilingItem, {
    caseType: '1',
    statutoryLimit: ON_THE_SPOT,
    promisedLimit: ON_THE_SPOT,
    limitNote:
      '刻章企业在刻制后通过印章治安管理信息系统即时备案；新办企业首套印章（公章、财务专用章、发票专用章、合同专用章）由政府购买服务免费刻制。',
    conditions: [
      { id: 'registered', text: '用章单位已依法登记（取得营业执照或批准成立文件）' },
      { id: 'engraver', text: '委托已在公安机关备案的印章刻制企业刻制' },
    ],
    questions: [
      {
        id: 'kind',
        text: '刻制原因',
        options: [
          { id: 'new', label: '新设立单位首次刻制' },
          { id: 'renew', label: '印章损坏、遗失或单位更名后重新刻制' },
        ],
      },
    ],
    materials: [
      businessLicence(),
      representativeId(),
      material('seal-impression', '印模（印章样式）', '由刻章企业采集上传，与刻制的印章一致', {
        issuer: '印章刻制企业',
        format: 'electronic',
        originals: 0,
      }),
      material(
        'loss-statement',
        '印章遗失声明或损坏印章',
        '遗失的在国家企业信用信息公示系统或报刊登载声明；损坏的交回原印章',
        {
          requirement: 'situational',
          when: { kind: ['renew'] },
        },
      ),
      powerOfAttorney(),
    ],
    procedure: onTheSpotSteps('系统核验用章单位登记信息，生成印章编码并完成备案'),
    result: { type: 'document', name: '印章备案信息（印章编码）' },
    handlingModes: ['1', '2', '3', '4'],
    visits: 0,
    onlineDepth: '6',
    onlineUrl: ONLINE_URL,
    acceptingVenues: [{ venueId: `zwfw-${d.code}`, mode: 'comprehensive', windowCodes: ['SL01', 'ZY01'] }],
    cityWide: true,
    appointment: false,
    consultationPhone: d.phone,
    supervisionPhone: '022-12345',
    faqs: [
      {
        question: '新开公司刻章要钱吗？',
        answer: '天津新办企业首套印章免费刻制，在企业开办时一并申请，刻好后免费邮寄。',
      },
      {
        question: '公章丢了怎么办？',
        answer: '先登载遗失声明，再委托备案的刻章企业重新刻制，刻章企业同步办理备案。',
      },
    ],
    formFields: [...ENTERPRISE_FIELDS, f('business.sealKinds'), f('enterprise.sealCount')],
    lists: [POWER_RESPONSIBILITY],
    keywords: ['刻章', '公章', '刻公章', '印章备案', '公章丢了', '财务章'],
  });
  return { agencyId: `${d.slug}-gafj`, regionCode: d.code, serial: GAFJ_SERIAL.sealFiling, content };
}

export const SEAL_ITEMS: readonly BasicItemContent[] = [sealFilingItem];
export const SEAL_IMPLEMENTATIONS: readonly SeedImplementation[] = BIZ_DISTRICTS.map(sealFiling);
