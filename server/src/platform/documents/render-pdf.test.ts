// The renderer read back the way a reader gets it: pdftotext for the text (the CJK font must be
// embedded with a Unicode map, or the name comes back as garbage), pdftoppm + a QR decoder for
// the verification code.
import { describe, expect, it } from 'vitest';
import { compact, pdfQrCode, pdfText, popplerAvailable } from '../../../test/pdf-tools.ts';
import { AppError } from '../errors/app-error.ts';
import { documentContentSm3, renderPdf, type PdfDocumentSpec } from './render-pdf.ts';

const NAME = '刘䶮';
const spec: PdfDocumentSpec = {
  title: '受理通知书',
  number: 'HXXZSPJ-SL-120103202603010001-1',
  addressee: `${NAME}：`,
  blocks: [
    {
      kind: 'paragraph',
      text: '你（单位）于2026年3月1日提出的食品经营许可申请，申请材料齐全、符合法定形式，本机关决定予以受理。',
    },
    {
      kind: 'fields',
      rows: [
        ['申请人', NAME],
        ['办件编号', '120103202603010001'],
        ['承诺办结日期', '2026年3月4日'],
      ],
    },
    { kind: 'heading', text: '补正内容' },
    { kind: 'list', items: ['营业执照复印件不清晰', '法定代表人𫓧𬬻签字缺失'] },
    { kind: 'signature', lines: ['天津市河西区行政审批局', '2026年3月1日'] },
  ],
  qrPayload: `https://zwfw.example.gov.cn/api/v1/documents/verify/${'0123456789abcdef'.repeat(4)}`,
  qrCaption: ['扫码核验本文书'],
  createdAt: new Date('2026-03-01T02:00:00Z'),
};

describe('documentContentSm3', () => {
  it('is stable, ignores the QR code and changes with any word', () => {
    const h = documentContentSm3(spec);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(documentContentSm3({ ...spec, blocks: [...spec.blocks] })).toBe(h);
    expect(documentContentSm3({ ...spec, qrPayload: 'elsewhere' } as PdfDocumentSpec)).toBe(h);
    expect(documentContentSm3({ ...spec, addressee: '刘岩：' })).not.toBe(h);
    const edited = spec.blocks.map((b) =>
      b.kind === 'list' ? { ...b, items: ['营业执照复印件不清晰'] } : b,
    );
    expect(documentContentSm3({ ...spec, blocks: edited })).not.toBe(h);
  });
});

describe('renderPdf', () => {
  it('refuses text the font cannot draw instead of printing boxes', async () => {
    const bad = { ...spec, addressee: '张\u{17000}：' };
    await expect(renderPdf(bad)).rejects.toBeInstanceOf(AppError);
    await expect(renderPdf(bad)).rejects.toMatchObject({ code: 'DOCUMENT_GLYPH_MISSING', status: 422 });
  });

  it('writes a small A4 PDF with the font subset embedded', async () => {
    const pdf = await renderPdf(spec);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A subset, not the 15 MB font: a one-page notice stays well under 100 KB.
    expect(pdf.length).toBeLessThan(100_000);
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });
});

describe.skipIf(!popplerAvailable())('renderPdf read back with poppler', () => {
  it('gives back the name with 䶮 and every piece of text through pdftotext', async () => {
    const text = pdfText(await renderPdf(spec));
    expect(text).toContain(NAME);
    const flat = compact(text);
    for (const piece of [
      '受理通知书',
      spec.number,
      `申请人：${NAME}`,
      '本机关决定予以受理',
      '营业执照复印件不清晰',
      '法定代表人𫓧𬬻签字缺失',
      '天津市河西区行政审批局',
      '第1页，共1页',
    ])
      expect(flat).toContain(piece);
  });

  it('draws a QR code that decodes to the payload', async () => {
    expect(pdfQrCode(await renderPdf(spec))).toBe(spec.qrPayload);
  });

  it('breaks long documents over pages, with the number and page count on each', async () => {
    const long = {
      ...spec,
      blocks: [
        ...Array.from({ length: 40 }, (_, i) => ({
          kind: 'paragraph' as const,
          text: `第${i + 1}段：申请材料应当真实、合法、有效，申请人对申请材料实质内容的真实性负责。`,
        })),
        { kind: 'signature' as const, lines: ['天津市河西区行政审批局'] },
      ],
    };
    const pdf = await renderPdf(long);
    const pages = compact(pdfText(pdf)).match(/第\d+页，共(\d+)页/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toBe(`第1页，共${pages.length}页`);
    expect(compact(pdfText(pdf))).toContain('第40段');
  });
});
