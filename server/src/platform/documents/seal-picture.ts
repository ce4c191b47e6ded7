// CONTRACT STUB — replaced by the implementation (crypto helper).
// A red round seal drawn from vector paths only (glyph outlines from the document font), so the
// SVG stored in SES_Seal and the drawing on a PDF page are the same picture and need no font.

export interface SealDrawing {
  /** Diameter in millimetres (the picture is square). */
  sizeMm: number;
  /** SVG path data in a viewBox of 0..sizeMm, filled or stroked in seal red. */
  paths: { d: string; fill: boolean; strokeWidthMm?: number }[];
}

export function sealDrawing(_name: string, _opts?: { centre?: string; sizeMm?: number }): SealDrawing {
  throw new Error('not implemented yet');
}

export function sealSvg(_drawing: SealDrawing): string {
  throw new Error('not implemented yet');
}

/** Draws the seal on a pdfkit page with its top-left corner at (x, y), `sizePt` wide. */
export function drawSeal(
  _doc: PDFKit.PDFDocument,
  _drawing: SealDrawing,
  _x: number,
  _y: number,
  _sizePt: number,
): void {
  throw new Error('not implemented yet');
}
