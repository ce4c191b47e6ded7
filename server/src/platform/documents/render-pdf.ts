// A generic renderer of official documents (文书) as PDF: A4, a bold title, the document
// number, an addressee, body paragraphs, key/value rows, numbered lists, the issuer's signature
// block, a verification QR code, and a footer with the number and page count on every page.
// The font is embedded as a subset (only the glyphs used), so a one-page notice stays small.
// What the QR code points to is the caller's business (see documentContentSm3).
import { encode } from 'uqr';
import { sm3Hex } from '../crypto/sm3.ts';
import { AppError } from '../errors/app-error.ts';
import { cjkPdf } from './cjk-pdf.ts';
import { missingGlyphs } from './fonts.ts';

export type PdfBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Label / value rows (申请人：张三). */
  | { kind: 'fields'; rows: readonly (readonly [string, string])[] }
  /** Numbered items (一次性告知 lists every one). */
  | { kind: 'list'; items: readonly string[] }
  /** Right-aligned lines closing the document: issuing agency, date. */
  | { kind: 'signature'; lines: readonly string[] };

export interface PdfDocumentSpec {
  title: string;
  /** 文书编号: printed under the title and in every page's footer. */
  number: string;
  /** 抬头, e.g. "张三：". */
  addressee?: string;
  blocks: readonly PdfBlock[];
  /** Encoded in the QR code (a verification URL). */
  qrPayload: string;
  /** Small print beside the QR code. */
  qrCaption?: readonly string[];
  /** PDF metadata. */
  author?: string;
  subject?: string;
  /** Fixes the creation date in the metadata (default: now). */
  createdAt?: Date;
}

/** The text that makes up the document, without the QR code: what its SM3 fingerprint covers. */
export type DocumentContent = Pick<PdfDocumentSpec, 'title' | 'number' | 'addressee' | 'blocks'>;

/**
 * SM3 over a canonical serialisation of the document's content. A PDF cannot carry the hash of
 * its own bytes, so the QR code carries this one instead: the same content always gives the same
 * hash, and changing any word changes it.
 */
export function documentContentSm3(content: DocumentContent): string {
  const blocks = content.blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return ['h', b.text];
      case 'paragraph':
        return ['p', b.text];
      case 'fields':
        return ['f', b.rows.map(([k, v]) => [k, v])];
      case 'list':
        return ['l', [...b.items]];
      case 'signature':
        return ['s', [...b.lines]];
    }
  });
  return sm3Hex(
    JSON.stringify(['tongban-document/1', content.title, content.number, content.addressee ?? null, blocks]),
  );
}

const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 30 * MM, bottom: 28 * MM, left: 26 * MM, right: 26 * MM };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY_SIZE = 12.5;
const QR_SIZE = 28 * MM;

/** Every piece of text the document prints, to check the font can draw it. */
function allText(spec: PdfDocumentSpec): string {
  const parts = [spec.title, spec.number, spec.addressee ?? '', ...(spec.qrCaption ?? [])];
  for (const b of spec.blocks) {
    if (b.kind === 'heading' || b.kind === 'paragraph') parts.push(b.text);
    else if (b.kind === 'fields') for (const [k, v] of b.rows) parts.push(k, v);
    else if (b.kind === 'list') parts.push(...b.items);
    else parts.push(...b.lines);
  }
  return parts.join('\n');
}

export async function renderPdf(spec: PdfDocumentSpec): Promise<Buffer> {
  const missing = missingGlyphs(allText(spec));
  if (missing.length) {
    throw new AppError('DOCUMENT_GLYPH_MISSING', {
      detail: `the document font has no glyph for ${missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ')}`,
    });
  }

  const { doc, bytes: done } = cjkPdf({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: spec.title,
      ...(spec.author && { Author: spec.author }),
      ...(spec.subject && { Subject: spec.subject }),
      Creator: 'Tongban',
      CreationDate: spec.createdAt ?? new Date(),
    },
  });

  const left = MARGIN.left;
  const bottom = PAGE.height - MARGIN.bottom;
  const ensureSpace = (height: number) => {
    if (doc.y + height > bottom) doc.addPage();
  };

  // Title and number.
  doc.font('bold').fontSize(20).text(spec.title, left, MARGIN.top, { width: CONTENT_WIDTH, align: 'center' });
  doc.moveDown(0.4);
  doc.font('body').fontSize(11).text(spec.number, { width: CONTENT_WIDTH, align: 'center' });
  doc.moveDown(1.2);
  if (spec.addressee) {
    doc.font('body').fontSize(BODY_SIZE).text(spec.addressee, left, doc.y, { width: CONTENT_WIDTH });
    doc.moveDown(0.5);
  }

  const hanging = (label: string, value: string, labelWidth: number, labelFont: string) => {
    doc.font('body').fontSize(BODY_SIZE);
    const valueWidth = CONTENT_WIDTH - labelWidth;
    ensureSpace(Math.min(doc.heightOfString(value || ' ', { width: valueWidth }), bottom - MARGIN.top));
    const y0 = doc.y;
    doc.font(labelFont).text(label, left, y0, { width: labelWidth });
    const labelEnd = doc.y;
    const page = doc.page;
    doc.font('body').text(value || '—', left + labelWidth, y0, { width: valueWidth, lineGap: 2 });
    // A value that ran onto a new page already sits below its label.
    if (doc.page === page) doc.y = Math.max(doc.y, labelEnd);
    doc.x = left;
    doc.moveDown(0.25);
  };

  for (const block of spec.blocks) {
    switch (block.kind) {
      case 'heading':
        ensureSpace(3 * BODY_SIZE);
        doc.moveDown(0.3);
        doc
          .font('bold')
          .fontSize(BODY_SIZE + 0.5)
          .text(block.text, left, doc.y, { width: CONTENT_WIDTH });
        doc.moveDown(0.3);
        break;
      case 'paragraph':
        doc.font('body').fontSize(BODY_SIZE);
        // First-line indent of two characters, as Chinese documents do.
        doc.text(block.text, left, doc.y, {
          width: CONTENT_WIDTH,
          indent: 2 * BODY_SIZE,
          lineGap: 3,
          align: 'justify',
        });
        doc.moveDown(0.4);
        break;
      case 'fields': {
        doc.font('bold').fontSize(BODY_SIZE);
        const widest = Math.max(...block.rows.map(([k]) => doc.widthOfString(`${k}：`)));
        const labelWidth = Math.min(Math.max(widest + 4, 5 * BODY_SIZE), CONTENT_WIDTH / 3);
        for (const [k, v] of block.rows) hanging(`${k}：`, v, labelWidth, 'bold');
        doc.moveDown(0.3);
        break;
      }
      case 'list':
        block.items.forEach((item, i) => hanging(`${i + 1}.`, item, 2.2 * BODY_SIZE, 'body'));
        doc.moveDown(0.3);
        break;
      case 'signature': {
        // The signature shares a band with the QR code at the end of the document.
        break;
      }
    }
  }

  // Closing band: QR code and caption on the left, signature lines on the right.
  const signature = spec.blocks.flatMap((b) => (b.kind === 'signature' ? b.lines : []));
  doc.moveDown(1);
  const captionSize = 7.5;
  ensureSpace(Math.max(QR_SIZE, signature.length * BODY_SIZE * 1.6) + 8);
  const bandTop = doc.y;
  drawQr(doc, spec.qrPayload, left, bandTop, QR_SIZE);
  if (spec.qrCaption?.length) {
    doc.font('body').fontSize(captionSize);
    let y = bandTop;
    for (const line of spec.qrCaption) {
      doc.text(line, left + QR_SIZE + 6, y, { width: 50 * MM, lineGap: 1 });
      y = doc.y;
    }
  }
  doc.font('body').fontSize(BODY_SIZE);
  let sy = bandTop + 4;
  for (const line of signature) {
    doc.text(line, left, sy, { width: CONTENT_WIDTH, align: 'right' });
    sy = doc.y + 2;
  }

  // Footer on every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(9)
      .fillColor('#444444')
      .text(`${spec.number}\u3000\u3000第 ${i + 1} 页，共 ${range.count} 页`, left, PAGE.height - 18 * MM, {
        width: CONTENT_WIDTH,
        align: 'center',
        lineBreak: false,
      });
    doc.fillColor('#000000');
    doc.page.margins.bottom = saved;
  }
  doc.flushPages();
  doc.end();
  return done;
}

/** The QR code as vector rectangles (crisp at any zoom, a few hundred bytes). */
export function drawQr(doc: PDFKit.PDFDocument, payload: string, x: number, y: number, size: number): void {
  const qr = encode(payload, { ecc: 'M', border: 0 });
  const quiet = 2;
  const module = size / (qr.size + 2 * quiet);
  doc.save().fillColor('#000000');
  qr.data.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c++;
      doc.rect(x + (quiet + start) * module, y + (quiet + r) * module, (c - start) * module, module);
    }
  });
  doc.fill().restore();
}
