// Reading generated PDFs back in tests with poppler-utils: pdftotext for the text (what a reader
// or a screen reader gets out of the file), pdftoppm for a bitmap of a page (to decode the QR
// code). Without poppler a developer's run skips these tests with a message; CI must have it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as jsqrModule from 'jsqr';

function which(tool: string): string | null {
  for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(':')) {
    if (dir && existsSync(join(dir, tool))) return join(dir, tool);
  }
  return null;
}

const pdftotext = which('pdftotext');
const pdftoppm = which('pdftoppm');

/** True when poppler-utils is installed; throws in CI, where a skip would hide a broken setup. */
export function popplerAvailable(): boolean {
  if (pdftotext && pdftoppm) return true;
  if (process.env.CI) throw new Error('pdftotext/pdftoppm (poppler-utils) are required in CI');
  console.warn('poppler-utils (pdftotext, pdftoppm) not installed: skipping the PDF read-back tests');
  return false;
}

function withTempPdf<T>(pdf: Buffer, fn: (dir: string, file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return fn(dir, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the PDF as pdftotext extracts it (UTF-8, reading order). */
export function pdfText(pdf: Buffer): string {
  return withTempPdf(pdf, (_dir, file) =>
    execFileSync(pdftotext!, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );
}

/** The text with every space and line break removed: Chinese lines wrap anywhere. */
export const compact = (text: string) => text.replace(/\s+/g, '');

/** Page `page` (1-based) as RGBA pixels at `dpi`, for image decoders. */
export function pdfPageRgba(
  pdf: Buffer,
  page = 1,
  dpi = 150,
): { data: Uint8ClampedArray; width: number; height: number } {
  return withTempPdf(pdf, (dir, file) => {
    const prefix = join(dir, 'page');
    execFileSync(pdftoppm!, [
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      prefix,
    ]);
    const ppm = readFileSync(`${prefix}.ppm`);
    // Binary PPM: "P6" <width> <height> <maxval> then RGB triples.
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a binary PPM');
    const width = Number(header[1]);
    const height = Number(header[2]);
    const rgb = ppm.subarray(header[0].length);
    const data = new Uint8ClampedArray(width * height * 4);
    for (let i = 0, j = 0; i < width * height; i++, j += 3) {
      data[i * 4] = rgb[j]!;
      data[i * 4 + 1] = rgb[j + 1]!;
      data[i * 4 + 2] = rgb[j + 2]!;
      data[i * 4 + 3] = 255;
    }
    return { data, width, height };
  });
}

type JsQR = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
// jsqr is a UMD bundle: its default export arrives wrapped or not depending on the loader.
const jsQR = ((): JsQR => {
  let f: unknown = (jsqrModule as unknown as { default: unknown }).default;
  if (typeof f !== 'function') f = (f as { default: unknown }).default;
  return f as JsQR;
})();

/** The text of the QR code on page `page` of the PDF, or null when none is found. */
export function pdfQrCode(pdf: Buffer, page = 1): string | null {
  const img = pdfPageRgba(pdf, page, 150);
  return jsQR(img.data, img.width, img.height)?.data ?? null;
}
