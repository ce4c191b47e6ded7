// The publication rules (issue #4 §4). Publication checks every rule and reports every failure
// at once, so an editor fixes a version in one round rather than one error per attempt. Rules
// are pure: the service loads the context (basic item, data elements, venues, agencies) first.
import { ON_THE_SPOT_CASE_TYPE, ONLINE_MODES, WINDOW_MODE } from './codes.ts';
import { fourLevelDifferences } from './consistency.ts';
import type { BasicItemContent, ImplementationContent } from './content.ts';
import { checkFormSchema, type DataElementDef } from './form-schema.ts';
import type { RuleFailure } from './rule-failure.ts';
import { blank, checkCompleteness, checkFlags } from './rules-elements.ts';
import { checkMaterialSources, checkReferences, type Fail } from './rules-structure.ts';
import { limitEn, limitWithin, limitZh } from './time-limits.ts';

export type { RuleFailure } from './rule-failure.ts';

export interface RuleContext {
  /** The basic item the implementation belongs to; null when it is missing or retired. */
  basicItem: BasicItemContent | null;
  /** Every data element, retired ones included (a form using one is reported). */
  dataElements: ReadonlyMap<string, DataElementDef & { retired?: boolean }>;
  venueIds: ReadonlySet<string>;
  agencyIds: ReadonlySet<string>;
}

export const PUBLICATION_RULES: readonly { id: string; zh: string; en: string }[] = [
  {
    id: 'promised-within-statutory',
    zh: '承诺时限不超过法定时限（含各情形）',
    en: 'The promised limit is within the statutory limit (in every situation too)',
  },
  {
    id: 'on-the-spot-case-type',
    zh: '承诺时限为即办当且仅当办件类型为即办件',
    en: 'An on-the-spot promise if and only if the case type is on-the-spot',
  },
  { id: 'visits-reason', zh: '到现场次数不为0时须说明理由', en: 'Visits to the venue need a reason' },
  {
    id: 'licensing-steps',
    zh: '行政许可事项须含受理、审核、审批、办结、送达环节',
    en: 'Licensing items have the steps accept, review, decide, conclude and deliver',
  },
  {
    id: 'material-source',
    zh: '材料来源有效：电子证照有证照类型，共享数据有数据集；情形必要材料有适用情形',
    en: 'Material sources are valid; situational materials name their situation',
  },
  {
    id: 'form-schema',
    zh: '申请表结构有效且只使用现行数据元',
    en: 'The form schema is valid and uses current data elements',
  },
  { id: 'handling-mode', zh: '至少一种办理形式', en: 'At least one handling mode' },
  {
    id: 'four-level-consistency',
    zh: '事项名称、基本编码、事项类型、设定依据与基本目录一致（四级四同）',
    en: 'Name, basic code, item type and legal basis equal the basic item',
  },
  { id: 'completeness', zh: '必备要素齐全', en: 'The required elements are filled in' },
  {
    id: 'references',
    zh: '编号唯一，适用情形只引用已有（且在前的）问题和选项',
    en: 'Ids are unique; situations name existing (earlier) questions and options',
  },
  {
    id: 'accepting-venues',
    zh: '窗口办理须有受理场所，场所存在且不重复',
    en: 'Window handling needs accepting venues that exist, without duplicates',
  },
  {
    id: 'online-consistency',
    zh: '网上办理与负面清单、到现场次数一致',
    en: 'Online handling agrees with the not-online list and the visits',
  },
  { id: 'commitment', zh: '告知承诺要素齐全', en: 'Notice-and-commitment is complete' },
  { id: 'agencies', zh: '监督部门与联办部门存在', en: 'Supervising and co-implementing agencies exist' },
  { id: 'fees', zh: '收费与收费项目一致', en: 'Fees agree with the fee items' },
  {
    id: 'result-license',
    zh: '出证办结的电子证照类型有效',
    en: 'A certificate result has a valid license type',
  },
  { id: 'special-procedures', zh: '特别程序种类不重复', en: 'Special procedure kinds are unique' },
];

function checkLimits(c: ImplementationContent, fail: Fail) {
  const check = (
    path: string,
    promised: ImplementationContent['promisedLimit'],
    statutory: ImplementationContent['statutoryLimit'],
  ) => {
    if (limitWithin(promised, statutory)) return;
    fail(
      'promised-within-statutory',
      path,
      `承诺时限${limitZh(promised)}超过法定时限${limitZh(statutory)}`,
      `promised ${limitEn(promised)} may exceed statutory ${limitEn(statutory)}`,
    );
  };
  check('promisedLimit', c.promisedLimit, c.statutoryLimit);
  for (const q of c.questions) {
    for (const o of q.options) {
      if (!o.promisedLimit && !o.statutoryLimit) continue;
      check(
        `questions[id=${q.id}].options[id=${o.id}]`,
        o.promisedLimit ?? c.promisedLimit,
        o.statutoryLimit ?? c.statutoryLimit,
      );
    }
  }
  const onTheSpot = c.promisedLimit.kind === 'on-the-spot';
  if (onTheSpot !== (c.caseType === ON_THE_SPOT_CASE_TYPE)) {
    fail(
      'on-the-spot-case-type',
      'caseType',
      onTheSpot ? '承诺时限为即办，办件类型应为即办件' : '即办件的承诺时限应为即办',
      onTheSpot
        ? 'an on-the-spot promise needs case type on-the-spot'
        : 'an on-the-spot case type needs an on-the-spot promise',
    );
  }
}

function checkModes(c: ImplementationContent, ctx: RuleContext, fail: Fail) {
  if (c.visits !== 0 && blank(c.visitsReason)) {
    fail(
      'visits-reason',
      'visitsReason',
      `需到现场${c.visits}次，须说明理由`,
      `${c.visits} visit(s) need a reason`,
    );
  }
  if (c.handlingModes.length === 0)
    fail('handling-mode', 'handlingModes', '至少选择一种办理形式', 'choose at least one handling mode');
  const online = c.handlingModes.some((m) => (ONLINE_MODES as readonly string[]).includes(m));
  if (c.notOnline && online) {
    fail(
      'online-consistency',
      'notOnline',
      '列入不能网上办理清单的事项不能有网上或移动端办理形式',
      'a not-online item cannot have online or mobile handling',
    );
  }
  // Depth codes are single digits in order, so they compare as strings; 4 is online acceptance.
  if (c.notOnline && c.onlineDepth >= '4') {
    fail(
      'online-consistency',
      'onlineDepth',
      '不能网上办理的事项网上办理深度不能达到互联网受理',
      'a not-online item cannot reach online acceptance depth',
    );
  }
  if (c.visits === 0 && !c.handlingModes.some((m) => m === '2' || m === '3' || m === '4')) {
    fail(
      'online-consistency',
      'visits',
      '零跑动须支持网上、移动端或快递办理',
      'zero visits need online, mobile or courier handling',
    );
  }
  const venues = c.acceptingVenues;
  if (c.handlingModes.includes(WINDOW_MODE) && venues.length === 0) {
    fail(
      'accepting-venues',
      'acceptingVenues',
      '窗口办理须至少有一个受理场所',
      'window handling needs at least one accepting venue',
    );
  }
  venues.forEach((v, i) => {
    if (!ctx.venueIds.has(v.venueId))
      fail(
        'accepting-venues',
        `acceptingVenues[${i}].venueId`,
        `受理场所 ${v.venueId} 不存在`,
        `venue ${v.venueId} does not exist`,
      );
    if (venues.findIndex((w) => w.venueId === v.venueId) < i) {
      fail(
        'accepting-venues',
        `acceptingVenues[${i}].venueId`,
        `受理场所 ${v.venueId} 重复`,
        `venue ${v.venueId} is listed twice`,
      );
    }
  });
}

function checkFourLevels(c: ImplementationContent, ctx: RuleContext, fail: Fail) {
  const rule = 'four-level-consistency';
  if (!ctx.basicItem) {
    fail(rule, 'basicCode', '找不到对应的基本目录事项', 'the basic catalog item is missing');
    return;
  }
  const names = { name: '事项名称', basicCode: '基本编码', itemType: '事项类型', legalBasis: '设定依据' };
  for (const d of fourLevelDifferences(ctx.basicItem, c)) {
    fail(rule, d.field, `${names[d.field]}与基本目录不一致`, `${d.field} differs from the basic item`);
  }
}

/** Every failure of every rule, in rule order; empty when the version may be published. */
export function checkPublicationRules(content: ImplementationContent, ctx: RuleContext): RuleFailure[] {
  const failures: RuleFailure[] = [];
  const fail: Fail = (rule, path, zh, en) => failures.push({ rule, path, zh, en });
  checkLimits(content, fail);
  checkModes(content, ctx, fail);
  checkFlags(content, ctx, fail);
  checkMaterialSources(content, fail);
  failures.push(...checkFormSchema(content.form, ctx.dataElements));
  checkFourLevels(content, ctx, fail);
  checkCompleteness(content, fail);
  checkReferences(content, fail);
  const order = PUBLICATION_RULES.map((r) => r.id);
  return failures.sort((a, b) => order.indexOf(a.rule) - order.indexOf(b.rule)); // stable: keeps path order within a rule
}
