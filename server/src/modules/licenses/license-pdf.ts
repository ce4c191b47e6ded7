// The display file of an e-license: one A4 page with the type's name as the title, the 证照编号,
// the face (照面信息), the holder and issuer, the dates, the GB/T 36904 identifier, a QR code to
// the public verification page, and the issuer's seal over its name (decision 0008: the PDF is
// signed by a detached SES_Signature; the picture is decoration). Same font and QR pipeline as
// the case documents (platform/documents/render-pdf.ts).
import { AppError } from '../../platform/errors/app-error.ts';
import { cjkPdf } from '../../platform/documents/cjk-pdf.ts';
import { missingGlyphs } from '../../platform/documents/fonts.ts';
import { drawQr } from '../../platform/documents/render-pdf.ts';
import { drawSeal, sealDrawing, type SealDrawing } from '../../platform/documents/seal-picture.ts';
import type { SealPicture } from '../../platform/crypto/ses/index.ts';

export interface LicensePdfSpec {
  typeName: string;
  licenseNumber: string;
  identifier: string;
  /** Label / value rows of the face, in the type's order. */
  face: readonly (readonly [string, string])[];
  holderName: string;
  holderIdLabel: string;
  holderIdNumber: string;
  issuerName: string;
  issueDate: string;
  validFrom: string;
  validTo: string | null;
  verifyUrl: string;
  seal: { name: string; picture: SealPicture };
  createdAt: Date;
}

const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89 };
const LEFT = 24 * MM;
const WIDTH = PAGE.width - 2 * LEFT;
const BODY = 12;
const QR_SIZE = 30 * MM;

/** 2026-03-01 → 2026年3月1日 */
export const zhDate = (d: string) =>
  `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

const allText = (s: LicensePdfSpec, rows: readonly (readonly [string, string])[]) =>
  [s.typeName, s.licenseNumber, s.identifier, s.issuerName, ...rows.flat()].join('\n');

export async function renderLicensePdf(s: LicensePdfSpec): Promise<Buffer> {
  // The holder and issuer rows only where the face does not already print them.
  const printed = new Set(s.face.map(([, v]) => v));
  const unless = (value: string, row: readonly [string, string]) => (printed.has(value) ? [] : [row]);
  const rows: (readonly [string, string])[] = [
    ...s.face,
    ...unless(s.holderName, ['持证主体', s.holderName]),
    ...unless(s.holderIdNumber, [s.holderIdLabel, s.holderIdNumber]),
    ...unless(s.issuerName, ['发证机关', s.issuerName]),
    ...unless(zhDate(s.issueDate), ['发证日期', zhDate(s.issueDate)]),
    ['有效期限', `${zhDate(s.validFrom)} 至 ${s.validTo ? zhDate(s.validTo) : '长期'}`],
  ];
  const missing = missingGlyphs(allText(s, rows));
  if (missing.length)
    throw new AppError('DOCUMENT_GLYPH_MISSING', {
      detail: `the document font has no glyph for ${missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ')}`,
    });

  const { doc, bytes: done } = cjkPdf({
    size: 'A4',
    margins: { top: 0, bottom: 0, left: LEFT, right: LEFT },
    autoFirstPage: true,
    info: { Title: s.typeName, Subject: s.identifier, Creator: 'Tongban', CreationDate: s.createdAt },
  });

  // A double frame, as on printed certificates.
  doc.save().lineWidth(2).strokeColor('#9b1c1c');
  doc.rect(12 * MM, 12 * MM, PAGE.width - 24 * MM, PAGE.height - 24 * MM).stroke();
  doc
    .lineWidth(0.6)
    .rect(14 * MM, 14 * MM, PAGE.width - 28 * MM, PAGE.height - 28 * MM)
    .stroke();
  doc.restore();

  doc
    .font('bold')
    .fontSize(24)
    .text(s.typeName, LEFT, 30 * MM, { width: WIDTH, align: 'center' });
  doc.moveDown(0.3);
  doc.font('body').fontSize(10.5).text('电子证照', { width: WIDTH, align: 'center' });
  doc.moveDown(0.2);
  doc.text(`证照编号：${s.licenseNumber}`, { width: WIDTH, align: 'center' });
  doc.moveDown(1.5);

  doc.font('bold').fontSize(BODY);
  const labelWidth = Math.min(Math.max(...rows.map(([k]) => doc.widthOfString(`${k}：`))) + 6, WIDTH / 3);
  for (const [k, v] of rows) {
    const y0 = doc.y;
    doc.font('bold').fontSize(BODY).text(`${k}：`, LEFT, y0, { width: labelWidth });
    const labelEnd = doc.y;
    doc.font('body').text(v || '—', LEFT + labelWidth, y0, { width: WIDTH - labelWidth, lineGap: 2 });
    doc.y = Math.max(doc.y, labelEnd);
    doc.moveDown(0.45);
  }

  // Closing band: QR on the left, issuer and date on the right with the seal over the name.
  const bandTop = Math.max(doc.y + 10 * MM, PAGE.height - 80 * MM);
  drawQr(doc, s.verifyUrl, LEFT, bandTop, QR_SIZE);
  doc.font('body').fontSize(7.5);
  doc.text('扫码核验证照状态', LEFT + QR_SIZE + 4, bandTop, { width: 62 * MM });
  doc.text(`证照标识：${s.identifier}`, LEFT + QR_SIZE + 4, doc.y + 2, { width: 62 * MM });

  doc.font('body').fontSize(BODY + 1);
  const right = LEFT + WIDTH;
  const nameWidth = Math.min(doc.widthOfString(s.issuerName), 80 * MM);
  const nameX = right - nameWidth;
  const nameY = bandTop + 8 * MM;
  doc.text(s.issuerName, nameX, nameY, { width: nameWidth, align: 'right' });
  doc.text(zhDate(s.issueDate), nameX, doc.y + 4, { width: nameWidth, align: 'right' });

  const sizePt = s.seal.picture.widthMm * MM;
  const sealX = nameX + nameWidth / 2 - sizePt / 2;
  const sealY = nameY + (BODY + 1) / 2 - sizePt / 2;
  if (s.seal.picture.type === 'png') doc.image(s.seal.picture.data, sealX, sealY, { width: sizePt });
  else drawSeal(doc, sealOf(s.seal.name, s.seal.picture), sealX, sealY, sizePt);

  doc.end();
  return done;
}

/**
 * The seal's stored SVG back as a drawing: its <path>s, so the page shows exactly the picture
 * inside the SES_Seal (which may name the seal type in its centre). Only if the SVG holds no
 * paths is the picture re-drawn from the name.
 */
export function sealOf(name: string, picture: SealPicture): SealDrawing {
  const svg = picture.data.toString('utf8');
  const attr = (tag: string, a: string) => new RegExp(`\\s${a}="([^"]*)"`).exec(tag)?.[1];
  const paths = [...svg.matchAll(/<path\b[^>]*>/g)].flatMap(([tag]) => {
    const d = attr(tag, 'd');
    if (!d) return [];
    const stroke = attr(tag, 'stroke-width');
    return [
      {
        d,
        fill: attr(tag, 'fill') !== 'none',
        ...(stroke !== undefined && { strokeWidthMm: Number(stroke) }),
      },
    ];
  });
  const viewBox = /viewBox="[\d.\s-]*?\s([\d.]+)\s+[\d.]+"/.exec(svg)?.[1];
  if (!paths.length) return sealDrawing(name, { sizeMm: picture.widthMm });
  return { sizeMm: viewBox ? Number(viewBox) : picture.widthMm, paths };
}
