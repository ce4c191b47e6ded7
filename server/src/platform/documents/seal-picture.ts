// A red round seal drawn from vector paths only (glyph outlines from the document font), so the
// SVG stored in SES_Seal and the drawing on a PDF page are the same picture and need no font.
// Layout of a Chinese official seal (GA 241-2000 style): an outer ring, a five-pointed star in
// the centre, the agency's name along the upper arc with each character turned to face the
// centre, and optionally a horizontal line below the star naming the seal (e.g. 电子证照专用章).
// The picture is decoration: the SES_Seal signature, not the drawing, is what proves anything.
import type { Glyph } from 'fontkit';
import { AppError } from '../errors/app-error.ts';
import { documentFont, missingGlyphs } from './fonts.ts';

export interface SealDrawing {
  /** Diameter in millimetres (the picture is square). */
  sizeMm: number;
  /** SVG path data in a viewBox of 0..sizeMm, filled or stroked in seal red. */
  paths: { d: string; fill: boolean; strokeWidthMm?: number }[];
}

export const SEAL_RED = '#d40000';
const DEFAULT_SIZE_MM = 42;
/** Noto Serif SC draws ideographs on the em box from -120 to 880 units: its middle is y = 380. */
const IDEOGRAPHIC_CENTRE_Y = 380;
/** The name never runs further round than this, however long it is (degrees). */
const MAX_ARC_DEGREES = 220;

/** x' = a·x + c·y + e, y' = b·x + d·y + f (the PDF / canvas matrix order). */
type Matrix = readonly [number, number, number, number, number, number];

const num = (n: number) => {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};

/** The glyph's outline as SVG path data after the matrix, coordinates rounded to 1/1000 mm. */
function glyphPath(glyph: Glyph, m: Matrix): string {
  const point = (x: number, y: number) =>
    `${num(m[0] * x + m[2] * y + m[4])} ${num(m[1] * x + m[3] * y + m[5])}`;
  const parts: string[] = [];
  for (const { command, args } of glyph.path.commands) {
    const pts: string[] = [];
    for (let i = 0; i + 1 < args.length; i += 2) pts.push(point(args[i]!, args[i + 1]!));
    if (command === 'moveTo') parts.push(`M${pts[0]}`);
    else if (command === 'lineTo') parts.push(`L${pts[0]}`);
    else if (command === 'quadraticCurveTo') parts.push(`Q${pts.join(' ')}`);
    else if (command === 'bezierCurveTo') parts.push(`C${pts.join(' ')}`);
    else if (command === 'closePath') parts.push('Z');
  }
  return parts.join('');
}

/**
 * The matrix placing a glyph with its em-box centre at (cx, cy) mm, `heightMm` tall, squeezed
 * horizontally by `squeeze`, and turned clockwise by `angle` radians (font units are y-up).
 */
function placement(
  glyph: Glyph,
  cx: number,
  cy: number,
  heightMm: number,
  squeeze: number,
  angle: number,
): Matrix {
  const k = heightMm / documentFont('bold').unitsPerEm;
  const sx = k * squeeze;
  const sy = -k;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const ox = -glyph.advanceWidth / 2;
  const oy = -IDEOGRAPHIC_CENTRE_Y;
  // rotate(angle) · scale(sx, sy) · translate(ox, oy), then move to (cx, cy).
  return [
    cos * sx,
    sin * sx,
    -sin * sy,
    cos * sy,
    cos * sx * ox - sin * sy * oy + cx,
    sin * sx * ox + cos * sy * oy + cy,
  ];
}

function glyphsOf(text: string): Glyph[] {
  const missing = missingGlyphs(text, 'bold');
  if (missing.length) {
    throw new AppError('DOCUMENT_GLYPH_MISSING', {
      detail: `the seal font has no glyph for ${missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ')}`,
    });
  }
  const font = documentFont('bold');
  return [...text].map((ch) => font.glyphForCodePoint(ch.codePointAt(0)!));
}

function starPath(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.382; // the regular pentagram's ratio
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${num(cx + r * Math.cos(a))} ${num(cy + r * Math.sin(a))}`);
  }
  return `M${points.join('L')}Z`;
}

const circlePath = (cx: number, cy: number, r: number) =>
  `M${num(cx - r)} ${num(cy)}A${num(r)} ${num(r)} 0 1 0 ${num(cx + r)} ${num(cy)}` +
  `A${num(r)} ${num(r)} 0 1 0 ${num(cx - r)} ${num(cy)}Z`;

/** The seal as paths: ring, star, one path per character of the name and of the centre text. */
export function sealDrawing(name: string, opts: { centre?: string; sizeMm?: number } = {}): SealDrawing {
  const size = opts.sizeMm ?? DEFAULT_SIZE_MM;
  const nameText = name.trim();
  const centreText = opts.centre?.trim() ?? '';
  if (!nameText) throw new Error('a seal needs a name');
  const nameGlyphs = glyphsOf(nameText);
  const centreGlyphs = glyphsOf(centreText);

  const c = size / 2;
  const ringWidth = size * 0.03;
  const paths: SealDrawing['paths'] = [
    {
      d: circlePath(c, c, c - ringWidth / 2 - size * 0.005),
      fill: false,
      strokeWidthMm: Number(num(ringWidth)),
    },
    { d: starPath(c, c, size * 0.17), fill: true },
  ];

  // The name: characters `charHeight` tall on a circle inside the ring, evenly spaced and centred
  // on the top; long names squeeze the characters rather than run round the whole seal.
  const charHeight = size * 0.13;
  const radius = c - ringWidth - size * 0.03 - charHeight / 2;
  const naturalStep = (charHeight * 0.95) / radius;
  const maxStep = (MAX_ARC_DEGREES * Math.PI) / 180 / nameGlyphs.length;
  const step = Math.min(naturalStep, maxStep);
  const squeeze = Math.min(1, step / naturalStep) * 0.9;
  nameGlyphs.forEach((glyph, i) => {
    const angle = (i - (nameGlyphs.length - 1) / 2) * step;
    const x = c + radius * Math.sin(angle);
    const y = c - radius * Math.cos(angle);
    paths.push({ d: glyphPath(glyph, placement(glyph, x, y, charHeight, squeeze, angle)), fill: true });
  });

  // The centre text: one horizontal line under the star, narrowed to fit inside the ring.
  if (centreGlyphs.length) {
    const height = size * 0.09;
    const available = size * 0.5;
    const width = Math.min(height, available / centreGlyphs.length);
    const y = c + size * 0.27;
    centreGlyphs.forEach((glyph, i) => {
      const x = c + (i - (centreGlyphs.length - 1) / 2) * width;
      paths.push({
        d: glyphPath(glyph, placement(glyph, x, y, height, (width / height) * 0.95, 0)),
        fill: true,
      });
    });
  }
  return { sizeMm: size, paths };
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A standalone SVG (no fonts, no scripts, no external references) in seal red. */
export function sealSvg(drawing: SealDrawing): string {
  const s = num(drawing.sizeMm);
  const paths = drawing.paths.map((p) =>
    p.fill
      ? `<path d="${escapeAttr(p.d)}" fill="${SEAL_RED}"/>`
      : `<path d="${escapeAttr(p.d)}" fill="none" stroke="${SEAL_RED}" stroke-width="${num(p.strokeWidthMm ?? 1)}"/>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s}mm" height="${s}mm" viewBox="0 0 ${s} ${s}">` +
    paths.join('') +
    '</svg>'
  );
}

/** Draws the seal on a pdfkit page with its top-left corner at (x, y), `sizePt` wide. */
export function drawSeal(
  doc: PDFKit.PDFDocument,
  drawing: SealDrawing,
  x: number,
  y: number,
  sizePt: number,
): void {
  doc.save();
  doc.translate(x, y).scale(sizePt / drawing.sizeMm);
  // Slightly translucent, as ink is: the issuer's name printed under the seal stays readable.
  doc.fillOpacity(0.85).strokeOpacity(0.85);
  for (const p of drawing.paths) {
    doc.path(p.d);
    if (p.fill) doc.fill(SEAL_RED);
    else doc.lineWidth(p.strokeWidthMm ?? 1).stroke(SEAL_RED);
  }
  doc.restore();
}
