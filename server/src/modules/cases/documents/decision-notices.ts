// The texts of the decisions and what follows them: approval, denial, termination, revocation and
// the delivery receipt.
import type { DocumentKind } from '../codes.ts';
import {
  caseFields,
  contact,
  deliveryLabel,
  LAW,
  missingFact,
  reasonBlocks,
  rightsParagraph,
  zhDate,
  type Template,
} from './template-parts.ts';

export const DECISION_TEMPLATES: Record<
  Extract<
    DocumentKind,
    | 'approval-decision'
    | 'denial-decision'
    | 'termination-notice'
    | 'revocation-decision'
    | 'delivery-receipt'
  >,
  Template
> = {
  'approval-decision': (c, f, s) => [
    {
      kind: 'paragraph',
      text:
        `你（单位）于${s.received}提出的${s.item}申请，本机关于${zhDate(f.acceptedOn ?? c.acceptedOn)}受理。` +
        `经审查，申请符合法定条件、标准。根据${LAW.licensing}第三十四条、第三十八条第一款的规定，本机关决定准予行政许可。`,
    },
    caseFields(s, [
      ...(f.resultName ? [['许可证件', f.resultName] as const] : []),
      ...(f.resultValidUntil ? [['有效期至', zhDate(f.resultValidUntil)] as const] : []),
    ]),
    ...(f.opinion?.trim() ? [{ kind: 'paragraph' as const, text: `审批意见：${f.opinion.trim()}` }] : []),
    {
      kind: 'paragraph',
      text: `本机关将依照${LAW.licensing}第四十四条的规定，自作出决定之日起十日内向你（单位）颁发、送达行政许可证件。`,
    },
    ...contact(f),
  ],

  'denial-decision': (c, f, s) => [
    {
      kind: 'paragraph',
      text:
        `你（单位）于${s.received}提出的${s.item}申请，本机关于${zhDate(f.acceptedOn ?? c.acceptedOn)}受理。` +
        `经审查，申请不符合法定条件、标准。根据${LAW.licensing}第三十八条第二款的规定，本机关决定不予行政许可。`,
    },
    caseFields(s),
    ...reasonBlocks(f, '不予行政许可的理由'),
    ...(f.opinion?.trim() ? [{ kind: 'paragraph' as const, text: `审批意见：${f.opinion.trim()}` }] : []),
    { kind: 'heading', text: '救济途径' },
    { kind: 'paragraph', text: rightsParagraph(f, '收到本决定书') },
    ...contact(f),
  ],

  'termination-notice': (_c, f, s) => [
    {
      kind: 'paragraph',
      text: `你（单位）于${s.received}提出的${s.item}申请，本机关决定终止办理。`,
    },
    caseFields(s, f.deficiencyDueOn ? [['补齐期限', `${zhDate(f.deficiencyDueOn)}前`]] : []),
    ...reasonBlocks(f, '终止办理的理由'),
    // Terminated for 容缺 materials not supplied in time: which ones.
    ...(f.missingMaterials?.length
      ? [
          { kind: 'paragraph' as const, text: '逾期未补齐的材料：' },
          { kind: 'list' as const, items: f.missingMaterials.map((m) => m.name) },
        ]
      : []),
    { kind: 'heading', text: '救济途径' },
    { kind: 'paragraph', text: rightsParagraph(f, '收到本通知书') },
    ...contact(f),
  ],

  'revocation-decision': (_c, f, s) => [
    {
      kind: 'paragraph',
      text:
        `本机关${f.decisionOn ? `于${zhDate(f.decisionOn)}` : ''}就你（单位）的${s.item}申请作出的准予行政许可决定，经查，存在依法应当撤销的情形。` +
        `根据${LAW.licensing}第六十九条的规定，本机关决定撤销该行政许可。`,
    },
    caseFields(s),
    ...reasonBlocks(f, '撤销行政许可的理由'),
    { kind: 'heading', text: '救济途径' },
    { kind: 'paragraph', text: rightsParagraph(f, '收到本决定书') },
    ...contact(f),
  ],

  'delivery-receipt': (c, f, s) => {
    const d = f.delivery ?? (c.delivery ? { ...c.delivery } : undefined);
    if (!d) throw missingFact('delivery', 'the delivery is required', '须写明送达方式');
    return [
      { kind: 'paragraph', text: `本机关就你（单位）的${s.item}申请，向你（单位）送达下列文书或证件：` },
      { kind: 'list', items: d.items?.length ? d.items : [`${s.item}办理结果`] },
      caseFields(s, [
        ['送达方式', deliveryLabel(d.method)],
        ...(d.venueName ? [['送达地点', d.venueName] as const] : []),
        ...(d.address ? [['送达地址', d.address] as const] : []),
        ...(d.courier ? [['承运单位', d.courier] as const] : []),
        ...(d.trackingNumber ? [['运单号码', d.trackingNumber] as const] : []),
        ['送达日期', zhDate(d.deliveredAt)],
        ['受送达人', d.receivedBy ?? s.applicant],
      ]),
      { kind: 'paragraph', text: '受送达人（签名）：＿＿＿＿＿＿＿＿　　　送达人（签名）：＿＿＿＿＿＿＿＿' },
    ];
  },
};
