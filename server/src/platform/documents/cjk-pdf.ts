// A pdfkit document drawn only in the embedded CJK font, registered as 'body' and 'bold' (no
// standard font: Chinese text must never fall back to one without its glyphs), and the promise
// of its bytes, which resolves once the caller ends the document.
import PDFDocument from 'pdfkit';
import { documentFont } from './fonts.ts';

export function cjkPdf(options: PDFKit.PDFDocumentOptions): {
  doc: PDFKit.PDFDocument;
  bytes: Promise<Buffer>;
} {
  const doc = new PDFDocument({
    lang: 'zh-CN',
    displayTitle: true,
    ...options,
    font: null as unknown as string,
  });
  // pdfkit takes a parsed fontkit font as well as a path or bytes; the cast spans its typings.
  doc.registerFont('body', documentFont('regular') as unknown as Buffer);
  doc.registerFont('bold', documentFont('bold') as unknown as Buffer);
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}
