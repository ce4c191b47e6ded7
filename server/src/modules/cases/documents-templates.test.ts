// Case document templates: the remedies paragraph, the facts each document must state, and the
// text of every document read back from the PDF with pdftotext, as the applicant would get it.
import { describe, expect, it } from 'vitest';
import { compact, pdfText, popplerAvailable } from '../../../test/pdf-tools.ts';
import { documentContentSm3, renderPdf } from '../../platform/documents/render-pdf.ts';
import type { DocumentKind } from './codes.ts';
import { verifyPath } from './documents.service.ts';
import { documentText, rightsParagraph, type DocumentFacts } from './documents/templates.ts';
import type { ServiceCaseRow } from './schema.ts';

const poppler = popplerAvailable();

const CASE: ServiceCaseRow = {
  id: '01900000-0000-7000-8000-000000000001',
  caseNumber: '120103202603010001',
  implementationId: '01900000-0000-7000-8000-000000000002',
  implementationCode: 'X',
  versionId: '01900000-0000-7000-8000-000000000003',
  itemName: '食品经营许可',
  agencyId: 'hx-xzspj',
  regionCode: '120103',
  applicantType: 'person',
  applicantId: '01900000-0000-7000-8000-000000000004',
  applicantName: '刘䶮',
  applicantIdType: '111',
  applicantIdEnc: 'x',
  applicantIdHash: 'x',
  agentPersonId: null,
  filedBy: '01900000-0000-7000-8000-000000000004',
  channel: 'pc',
  actorKind: 'applicant',
  assistedConsent: null,
  acceptingVenueId: 'zwfw-120103',
  acceptingWindowCode: null,
  acceptanceMode: null,
  pickupVenueId: null,
  answers: {},
  formData: {},
  status: 'submitted',
  seq: 1,
  submittedAt: new Date('2026-03-01T02:00:00Z'),
  receivedOn: '2026-03-01',
  acceptedOn: '2026-03-02',
  deemedAccepted: false,
  statutoryDue: '2026-03-16',
  promisedDue: '2026-03-05',
  pausedSince: null,
  extensionDays: 0,
  deficiencyDue: null,
  commitment: null,
  assigneeId: null,
  decision: null,
  concludedAt: null,
  onTime: null,
  overdueSince: null,
  delivery: null,
  bundleCaseId: null,
  createdAt: new Date('2026-03-01T02:00:00Z'),
  updatedAt: new Date('2026-03-01T02:00:00Z'),
} as ServiceCaseRow;

const AGENCY = '天津市河西区行政审批局';

/** The document as the applicant reads it: rendered, then extracted by pdftotext, spaces removed. */
async function readBack(kind: DocumentKind, facts: DocumentFacts): Promise<string> {
  const text = documentText(CASE, kind, { agencyName: AGENCY, ...facts }, '2026-03-02');
  const content = { ...text, number: `HXXZSPJ-X-${CASE.caseNumber}-1` };
  const pdf = await renderPdf({ ...content, qrPayload: verifyPath(documentContentSm3(content)) });
  return compact(pdfText(pdf));
}

const RECONSIDERATION = '60日内';
const LITIGATION = '6个月内';

describe('the remedies paragraph', () => {
  it('names both remedies, their deadlines and the articles', () => {
    const p = rightsParagraph({}, '收到本决定书');
    expect(p).toContain('自收到本决定书之日起60日内');
    expect(p).toContain('申请行政复议（《中华人民共和国行政复议法》第二十条）');
    expect(p).toContain('自收到本决定书之日起6个月内');
    expect(p).toContain('提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）');
    expect(
      rightsParagraph({ reconsiderationBody: '天津市河西区人民政府', court: '天津市河西区人民法院' }),
    ).toMatch(/向天津市河西区人民政府申请行政复议.*向天津市河西区人民法院提起行政诉讼/);
  });
});

describe('templates: what each document must state', () => {
  it('a refusal or denial without a reason is refused (422 naming the field), never printed blank', () => {
    for (const kind of [
      'refusal-notice',
      'denial-decision',
      'revocation-decision',
      'termination-notice',
    ] as const)
      expect(() => documentText(CASE, kind, { reason: '  ' }, '2026-03-02')).toThrow(
        expect.objectContaining({
          code: 'VALIDATION_FAILED',
          errors: [expect.objectContaining({ path: '/body/reason' })],
        }),
      );
    expect(() => documentText(CASE, 'correction-notice', { correctionItems: [] }, '2026-03-02')).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ path: '/body/items' })] }),
    );
    expect(() => documentText(CASE, 'deficiency-notice', {}, '2026-03-02')).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ path: '/body/missingMaterials' })] }),
    );
  });

  it('every document is addressed to the applicant and signed by the agency with the date', () => {
    const t = documentText(CASE, 'acceptance-notice', { agencyName: AGENCY }, '2026-03-02');
    expect(t.title).toBe('受理通知书');
    expect(t.addressee).toBe('刘䶮：');
    expect(t.blocks.at(-1)).toEqual({ kind: 'signature', lines: [AGENCY, '2026年3月2日'] });
  });
});

describe.skipIf(!poppler)('templates read back from the PDF', () => {
  it('refusal notice: the reason, the legal basis, §32 and both remedies with deadlines', async () => {
    const text = await readBack('refusal-notice', {
      reason: '申请事项依法不属于本机关职权范围，请向天津市市场监督管理委员会申请。',
      legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项',
    });
    expect(text).toContain('不予受理通知书');
    expect(text).toContain('刘䶮');
    expect(text).toContain('不予受理的理由');
    expect(text).toContain('申请事项依法不属于本机关职权范围，请向天津市市场监督管理委员会申请。');
    expect(text).toContain('法律依据：《中华人民共和国行政许可法》第三十二条第一款第（二）项');
    expect(text).toContain('《中华人民共和国行政许可法》第三十二条第一款的规定，本机关决定不予受理');
    expect(text).toContain(`${RECONSIDERATION}向有管辖权的行政复议机关申请行政复议`);
    expect(text).toContain(`${LITIGATION}依法向有管辖权的人民法院提起行政诉讼`);
  });

  it('denial decision: the reason, §38 and both remedies with deadlines', async () => {
    const text = await readBack('denial-decision', {
      reason: '经现场核查，经营场所与申请材料所述不符，不具备与所经营食品相适应的加工场所。',
      opinion: '不予许可',
    });
    expect(text).toContain('不予行政许可决定书');
    expect(text).toContain('不予行政许可的理由');
    expect(text).toContain('经现场核查，经营场所与申请材料所述不符，不具备与所经营食品相适应的加工场所。');
    expect(text).toContain('《中华人民共和国行政许可法》第三十八条第二款的规定，本机关决定不予行政许可');
    expect(text).toContain(`自收到本决定书之日起${RECONSIDERATION}`);
    expect(text).toContain('行政复议（《中华人民共和国行政复议法》第二十条）');
    expect(text).toContain(`自收到本决定书之日起${LITIGATION}`);
    expect(text).toContain('行政诉讼（《中华人民共和国行政诉讼法》第四十六条）');
  });

  it('revocation decision: the reason, §69 and both remedies', async () => {
    const text = await readBack('revocation-decision', {
      reason: '经核查，申请人告知承诺的经营场所条件与实际不符。',
      decisionOn: '2026-03-05',
    });
    expect(text).toContain('撤销行政许可决定书');
    expect(text).toContain('经核查，申请人告知承诺的经营场所条件与实际不符。');
    expect(text).toContain('第六十九条');
    expect(text).toContain(RECONSIDERATION);
    expect(text).toContain(LITIGATION);
  });

  it('correction notice lists every item at once, numbered, and states the §32 rule', async () => {
    const items = [
      '营业执照复印件不清晰，请提供清晰复印件',
      '食品安全管理制度文本缺少进货查验记录制度',
      '经营场所平面图未标注设备布局',
      '法定代表人身份证明与申请书签名不一致',
    ];
    const text = await readBack('correction-notice', {
      correctionItems: items,
      correctionDueOn: '2026-03-09',
    });
    expect(text).toContain('补齐补正通知书');
    expect(text).toContain('一次性告知需要补正的全部内容（共4项）');
    items.forEach((item, i) => expect(text).toContain(`${i + 1}.${item}`));
    expect(text).toContain('第三十二条第一款第（四）项');
    expect(text).toContain('逾期不告知的，自收到申请材料之日起即为受理');
    expect(text).toContain('补正期限：2026年3月9日前');
  });

  it('deficiency notice lists what is missing with format and deadline, and the commitment', async () => {
    const text = await readBack('deficiency-notice', {
      missingMaterials: [
        { name: '健康证明', format: '原件扫描件' },
        { name: '卫生设施清单', note: '加盖公章' },
      ],
      deficiencyDueOn: '2026-03-30',
      commitmentText: '本人承诺在规定期限内补齐材料，逾期未补齐的，愿意承担相应责任。',
    });
    expect(text).toContain('容缺受理通知书');
    expect(text).toContain('1.健康证明（原件扫描件）');
    expect(text).toContain('2.卫生设施清单：加盖公章');
    expect(text).toContain('补齐期限：2026年3月30日前');
    expect(text).toContain('你（单位）已作出如下承诺：本人承诺在规定期限内补齐材料');
  });

  it('special-procedure notice: the kind, the reason, §45 (time not counted) and the maximum', async () => {
    const text = await readBack('special-procedure-notice', {
      specialProcedure: {
        kind: 'inspection',
        reason: '需核实经营场所布局',
        maxWorkingDays: 10,
        startedOn: '2026-03-03',
      },
    });
    expect(text).toContain('特别程序告知书');
    expect(text).toContain('因需核实经营场所布局，需要进行现场勘查（核查）');
    expect(text).toContain('第四十五条');
    expect(text).toContain('所需时间不计算在行政许可期限内');
    expect(text).toContain('最长期限：10个工作日');
    expect(text).toContain('开始日期：2026年3月3日');
  });

  it('acceptance notice: the acceptance date, the promised and statutory due dates', async () => {
    const text = await readBack('acceptance-notice', { promisedWorkingDays: 3, statutoryWorkingDays: 10 });
    expect(text).toContain('受理日期：2026年3月2日');
    expect(text).toContain('承诺办结日期：2026年3月5日（3个工作日）');
    expect(text).toContain('法定办结日期：2026年3月16日（10个工作日）');
    expect(text).toContain('第三十二条第一款第（五）项');
  });

  it('acceptance by operation of law says so (§32: not told in time → accepted on receipt)', async () => {
    const text = await readBack('acceptance-notice', {
      deemed: true,
      acceptedOn: '2026-03-01',
      note: '本申请自收到之日起5个工作日内未被告知补正或不予受理，依法视为受理。',
    });
    expect(text).toContain('逾期不告知的，自收到申请材料之日起即为受理');
    expect(text).toContain('该申请自2026年3月1日起即为受理');
    expect(text).not.toContain('申请材料齐全、符合法定形式');
    expect(text).toContain('本申请自收到之日起5个工作日内未被告知补正或不予受理，依法视为受理。');
  });

  it('termination notice for 容缺 materials not supplied: the reason, the materials, the remedies', async () => {
    const text = await readBack('termination-notice', {
      reason: '申请人未在承诺期限内补齐容缺材料。',
      missingMaterials: [{ name: '健康证明' }, { name: '卫生设施清单' }],
      deficiencyDueOn: '2026-03-20',
    });
    expect(text).toContain('终止办理通知书');
    expect(text).toContain('申请人未在承诺期限内补齐容缺材料。');
    expect(text).toContain('逾期未补齐的材料：1.健康证明2.卫生设施清单');
    expect(text).toContain('补齐期限：2026年3月20日前');
    expect(text).toContain(RECONSIDERATION);
    expect(text).toContain(LITIGATION);
  });

  it('delivery receipt: method, tracking and what was delivered', async () => {
    const text = await readBack('delivery-receipt', {
      delivery: {
        method: 'courier',
        courier: '中国邮政EMS',
        trackingNumber: '1234567890123',
        deliveredAt: '2026-03-06',
        items: ['准予行政许可决定书（HXXZSPJ-ZY-120103202603010001-1）', '食品经营许可证'],
      },
    });
    expect(text).toContain('送达回执');
    expect(text).toContain('送达方式：邮寄送达');
    expect(text).toContain('运单号码：1234567890123');
    expect(text).toContain('2.食品经营许可证');
    expect(text).toContain('受送达人：刘䶮');
  });
});
