// The texts of the notices around acceptance: acceptance (also deemed), refusal, one-time
// correction, acceptance with deficiency (容缺) and the special-procedure notice.
import type { DocumentKind } from '../codes.ts';
import {
  caseFields,
  contact,
  formatLabel,
  LAW,
  missingFact,
  procedureLabel,
  reasonBlocks,
  rightsParagraph,
  zhDate,
  type Template,
} from './template-parts.ts';

export const ACCEPTANCE_TEMPLATES: Record<
  Extract<
    DocumentKind,
    | 'acceptance-notice'
    | 'refusal-notice'
    | 'correction-notice'
    | 'deficiency-notice'
    | 'special-procedure-notice'
  >,
  Template
> = {
  'acceptance-notice': (c, f, s) => {
    const promisedDays = f.promisedWorkingDays !== undefined ? `（${f.promisedWorkingDays}个工作日）` : '';
    const statutoryDays = f.statutoryWorkingDays !== undefined ? `（${f.statutoryWorkingDays}个工作日）` : '';
    const deemed = f.deemed ?? c.deemedAccepted;
    return [
      {
        kind: 'paragraph',
        text: deemed
          ? `你（单位）于${s.received}提出的${s.item}申请，本机关未在法定期限内告知需要补正的内容或者不予受理。` +
            `根据${LAW.licensing}第三十二条第一款第（四）项“逾期不告知的，自收到申请材料之日起即为受理”的规定，该申请自${s.received}起即为受理。`
          : `你（单位）于${s.received}提出的${s.item}申请，申请材料齐全、符合法定形式。` +
            `根据${LAW.licensing}第三十二条第一款第（五）项的规定，本机关决定予以受理。`,
      },
      caseFields(s, [
        ['受理日期', zhDate(f.acceptedOn ?? c.acceptedOn)],
        ...(f.venueName ? [['受理地点', f.venueName] as const] : []),
        ['承诺办结日期', `${zhDate(f.promisedDue ?? c.promisedDue)}${promisedDays}`],
        ['法定办结日期', `${zhDate(f.statutoryDue ?? c.statutoryDue)}${statutoryDays}`],
      ]),
      {
        kind: 'paragraph',
        text:
          `办理期限按工作日计算。依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，` +
          `所需时间不计算在期限内（${LAW.licensing}第四十五条），本机关将书面告知。`,
      },
      ...((f.commitmentText ?? c.commitment?.text)
        ? [
            {
              kind: 'paragraph' as const,
              text: `本申请以告知承诺方式办理。你（单位）承诺：${f.commitmentText ?? c.commitment!.text}本机关将依法核查承诺内容，承诺不实的，依法撤销行政许可并记入信用记录。`,
            },
          ]
        : []),
      ...contact(f),
    ];
  },

  'refusal-notice': (_c, f, s) => [
    {
      kind: 'paragraph',
      text:
        `你（单位）于${s.received}提出的${s.item}申请，经审查，不符合受理条件。` +
        `根据${LAW.licensing}第三十二条第一款的规定，本机关决定不予受理。`,
    },
    caseFields(s),
    ...reasonBlocks(f, '不予受理的理由'),
    { kind: 'heading', text: '救济途径' },
    { kind: 'paragraph', text: rightsParagraph(f, '收到本通知书') },
    ...contact(f),
  ],

  'correction-notice': (_c, f, s) => {
    const items = (f.correctionItems ?? []).map((i) => i.trim()).filter(Boolean);
    if (!items.length)
      throw missingFact(
        'items',
        'a correction notice lists at least one item',
        '补正通知须列明需要补正的内容',
      );
    return [
      {
        kind: 'paragraph',
        text:
          `你（单位）于${s.received}提出的${s.item}申请，申请材料不齐全或者不符合法定形式。` +
          `根据${LAW.licensing}第三十二条第一款第（四）项的规定，现一次性告知需要补正的全部内容（共${items.length}项）：`,
      },
      { kind: 'list', items },
      caseFields(s, f.correctionDueOn ? [['补正期限', `${zhDate(f.correctionDueOn)}前`]] : []),
      {
        kind: 'paragraph',
        text:
          `请按上述要求一次补正后重新提交，补正的申请材料齐全、符合法定形式的，本机关予以受理。` +
          `依照该项规定，行政机关应当当场或者在五日内一次告知申请人需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理。`,
      },
      ...contact(f),
    ];
  },

  'deficiency-notice': (c, f, s) => {
    const missing = f.missingMaterials ?? [];
    if (!missing.length)
      throw missingFact(
        'missingMaterials',
        'a deficiency notice lists the missing materials',
        '容缺受理通知须列明欠缺的材料',
      );
    const due = f.deficiencyDueOn ?? c.deficiencyDue;
    const commitment = f.commitmentText ?? c.commitment?.text;
    return [
      {
        kind: 'paragraph',
        text:
          `你（单位）于${s.received}提出的${s.item}申请，主要申请材料齐全、符合法定形式，次要材料尚有欠缺。` +
          `根据容缺受理的有关规定，本机关决定先行受理（容缺受理），并告知以下尚需补齐的材料：`,
      },
      {
        kind: 'list',
        items: missing.map((m) => {
          const format = formatLabel(m.format);
          return `${m.name}${format ? `（${format}）` : ''}${m.note ? `：${m.note}` : ''}`;
        }),
      },
      caseFields(s, [
        ['受理日期', zhDate(f.acceptedOn ?? c.acceptedOn)],
        ['补齐期限', due ? `${zhDate(due)}前` : '—'],
      ]),
      {
        kind: 'paragraph',
        text: `请于${due ? `${zhDate(due)}前` : '规定期限内'}补齐上述材料。材料补齐前，本机关不作出行政许可决定；逾期未补齐的，本机关将依法终止办理，并按承诺记入信用记录。`,
      },
      ...(commitment
        ? [{ kind: 'paragraph' as const, text: `你（单位）已作出如下承诺：${commitment}` }]
        : []),
      ...contact(f),
    ];
  },

  'special-procedure-notice': (c, f, s) => {
    const sp = f.specialProcedure;
    if (!sp)
      throw missingFact('procedureKind', 'the special procedure is required', '须写明特别程序种类和理由');
    const label = procedureLabel(sp.kind);
    return [
      {
        kind: 'paragraph',
        text:
          `你（单位）申请的${s.item}，本机关已于${zhDate(f.acceptedOn ?? c.acceptedOn)}受理。` +
          `因${sp.reason.trim()}，需要进行${label}。根据${LAW.licensing}第四十五条的规定，` +
          `${label}所需时间不计算在行政许可期限内，本机关将所需时间书面告知如下：`,
      },
      caseFields(s, [
        ['特别程序', label],
        ['开始日期', zhDate(sp.startedOn ?? f.issuedOn)],
        ['最长期限', `${sp.maxWorkingDays}个工作日`],
      ]),
      {
        kind: 'paragraph',
        text: `特别程序期间办理期限暂停计算，特别程序结束后继续计算；承诺办结日期和法定办结日期相应顺延，本机关将另行告知。`,
      },
      ...contact(f),
    ];
  },
};
