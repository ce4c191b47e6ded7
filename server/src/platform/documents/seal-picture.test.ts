import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { compact, pdfPageRgba, pdfText, popplerAvailable } from '../../../test/pdf-tools.ts';
import { AppError } from '../errors/app-error.ts';
import { documentFont } from './fonts.ts';
import { SEAL_RED, drawSeal, sealDrawing, sealSvg } from './seal-picture.ts';

const NAME = '天津市市场监督管理委员会';
const CENTRE = '电子证照专用章';
const drawing = sealDrawing(NAME, { centre: CENTRE });

describe('sealDrawing / sealSvg', () => {
  it('has the ring, the star and one path per character', () => {
    expect(drawing.sizeMm).toBe(42);
    expect(drawing.paths).toHaveLength(2 + [...NAME].length + [...CENTRE].length);
    expect(drawing.paths[0]).toMatchObject({ fill: false, strokeWidthMm: expect.any(Number) });
    expect(drawing.paths.slice(1).every((p) => p.fill)).toBe(true);
    expect(sealDrawing(NAME).paths).toHaveLength(2 + [...NAME].length);
  });

  it('keeps every path inside the picture', () => {
    for (const { d } of drawing.paths) {
      const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      // Arc flags are 0/1 and radii < size, so every number lies in 0..size.
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(drawing.sizeMm);
    }
  });

  it('is a standalone, well-formed SVG without fonts or scripts', () => {
    const svg = sealSvg(drawing);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="42mm" height="42mm" viewBox="0 0 42 42">/,
    );
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(drawing.paths.length);
    expect(svg).not.toMatch(/<text|font|<script|href/i);
    expect(svg).toContain(`fill="${SEAL_RED}"`);
    expect(svg).toContain(`fill="none" stroke="${SEAL_RED}" stroke-width="1.26"`);
    // Well-formed: every element is self-closed inside the root, no stray markup.
    const body = svg.replace(/^<svg [^>]*>/, '').replace(/<\/svg>$/, '');
    expect(body.replace(/<path d="[MLQCAZ0-9 .-]+"( [a-z-]+="[^"<>&]*")+\/>/g, '')).toBe('');
  });

  it('draws the characters in order round the top, evenly spaced and symmetric', () => {
    // The angle of each character's centre, clockwise from the top of the seal.
    const angleOf = (d: string) => {
      const nums = (d.match(/[MLQC][^MLQCZ]*/g) ?? []).flatMap((seg) =>
        seg.slice(1).trim().split(/\s+/).map(Number),
      );
      const xs = nums.filter((_, i) => i % 2 === 0);
      const ys = nums.filter((_, i) => i % 2 === 1);
      const x = (Math.min(...xs) + Math.max(...xs)) / 2 - drawing.sizeMm / 2;
      const y = (Math.min(...ys) + Math.max(...ys)) / 2 - drawing.sizeMm / 2;
      return (Math.atan2(x, -y) * 180) / Math.PI;
    };
    const angles = drawing.paths.slice(2, 2 + [...NAME].length).map((p) => angleOf(p.d));
    expect(angles).toEqual([...angles].sort((a, b) => a - b));
    expect(angles[0]).toBeCloseTo(-angles[angles.length - 1]!, -1);
    expect(angles[0]).toBeLessThan(-90);
    const gaps = angles.slice(1).map((a, i) => a - angles[i]!);
    // Glyph shapes differ, so the visual centres are only roughly evenly spaced.
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(8);
  });

  it('squeezes a long name instead of running round the whole seal', () => {
    const long = sealDrawing('天津市滨海新区中新天津生态城管理委员会行政审批局');
    expect(long.paths).toHaveLength(2 + 24);
  });

  it('refuses characters the font cannot draw, like the document renderer', () => {
    const cp = [0xe000, 0x10fffd].find((c) => !documentFont('bold').hasGlyphForCodePoint(c))!;
    const bad = `天津${String.fromCodePoint(cp)}局`;
    expect(() => sealDrawing(bad)).toThrow(AppError);
    try {
      sealDrawing(bad);
    } catch (error) {
      expect((error as AppError).code).toBe('DOCUMENT_GLYPH_MISSING');
    }
    expect(() => sealDrawing(NAME, { centre: bad })).toThrow(AppError);
  });
});

function pdfWithSeal(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', font: null as unknown as string });
  doc.registerFont('body', documentFont('regular') as unknown as Buffer);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('body').fontSize(14).text(NAME, 100, 118);
  drawSeal(doc, drawing, 120, 60, 42 * (72 / 25.4));
  doc.end();
  return done;
}

describe.runIf(popplerAvailable())('drawSeal', () => {
  it('draws on a valid PDF page in red, with the text below still readable', async () => {
    const pdf = await pdfWithSeal();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The seal is paths, not text: only the printed name comes back.
    expect(compact(pdfText(pdf))).toBe(NAME);
    const page = pdfPageRgba(pdf, 1, 72);
    let red = 0;
    for (let i = 0; i < page.data.length; i += 4) {
      const [r, g, b] = [page.data[i]!, page.data[i + 1]!, page.data[i + 2]!];
      if (r > 180 && g < 90 && b < 90) red++;
    }
    expect(red).toBeGreaterThan(200);
  });
});
