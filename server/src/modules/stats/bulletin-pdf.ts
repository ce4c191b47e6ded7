// The bulletin as PDF: A4 landscape, the embedded CJK font (platform/documents/fonts.ts), a
// summary paragraph and ruled tables whose header repeats on every page.
import { cjkPdf } from '../../platform/documents/cjk-pdf.ts';
import type { BulletinData } from './bulletin.data.ts';
import { BULLETIN_TABLES, summaryLines, type BulletinTable } from './bulletin-tables.ts';

const MM = 72 / 25.4;
const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 18 * MM;
const WIDTH = PAGE.width - 2 * MARGIN;
const SIZE = 9;
const ROW = SIZE * 2;

function drawTable(doc: PDFKit.PDFDocument, t: BulletinTable) {
  const total = t.columns.reduce((s, c) => s + c.weight, 0);
  const widths = t.columns.map((c) => (c.weight / total) * WIDTH);
  const bottom = PAGE.height - MARGIN - 10;
  const line = (cells: readonly string[], bold: boolean) => {
    if (doc.y + ROW > bottom) {
      doc.addPage();
      line(
        t.columns.map((c) => c.zh),
        true,
      ); // the header again on the new page
    }
    const y = doc.y;
    let x = MARGIN;
    doc.font(bold ? 'bold' : 'body').fontSize(SIZE);
    cells.forEach((cell, i) => {
      doc.text(cell, x + 3, y + 4, {
        width: widths[i]! - 6,
        height: ROW - 4,
        ellipsis: true,
        lineBreak: false,
        align: i === 0 || t.columns[i]!.kind === 'text' ? 'left' : 'right',
      });
      x += widths[i]!;
    });
    doc
      .moveTo(MARGIN, y + ROW)
      .lineTo(MARGIN + WIDTH, y + ROW)
      .lineWidth(0.4)
      .stroke('#999999');
    doc.x = MARGIN;
    doc.y = y + ROW;
  };
  if (doc.y + 4 * ROW > bottom) doc.addPage();
  doc
    .font('bold')
    .fontSize(SIZE + 2)
    .text(t.title, MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.3);
  line(
    t.columns.map((c) => c.zh),
    true,
  );
  if (!t.rows.length) line(['（无）', ...t.columns.slice(1).map(() => '')], false);
  for (const r of t.rows) line(r, false);
  doc.moveDown(1);
}

export async function bulletinPdf(data: BulletinData): Promise<Buffer> {
  const { doc, bytes: done } = cjkPdf({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: data.title, Creator: 'Tongban', CreationDate: new Date(data.generatedAt) },
  });

  doc.font('bold').fontSize(16).text(data.title, MARGIN, MARGIN, { width: WIDTH, align: 'center' });
  doc.moveDown(0.3);
  doc
    .font('body')
    .fontSize(SIZE + 1)
    .text(`统计范围：${data.scope}\u3000\u3000统计月份：${data.month}`, { width: WIDTH, align: 'center' });
  doc.moveDown(0.8);
  doc
    .font('bold')
    .fontSize(SIZE + 2)
    .text('一、总体情况', MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.3);
  for (const l of summaryLines(data))
    doc
      .font('body')
      .fontSize(SIZE + 1)
      .text(l, MARGIN, doc.y, { width: WIDTH, indent: 2 * (SIZE + 1), lineGap: 2 });
  doc.moveDown(0.8);
  for (const t of BULLETIN_TABLES(data)) drawTable(doc, t);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(8)
      .fillColor('#444444')
      .text(`${data.title}\u3000第 ${i + 1} 页，共 ${range.count} 页`, MARGIN, PAGE.height - 10 * MM, {
        width: WIDTH,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.flushPages();
  doc.end();
  return done;
}
