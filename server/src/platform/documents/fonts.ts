// The typeface of case documents: Noto Serif SC (思源宋体, SIL OFL 1.1) as shipped by the
// `@expo-google-fonts/noto-serif-sc` npm package — full TrueType files covering the whole CJK
// Unified Ideographs and Extension A blocks plus the 通用规范汉字表's characters in the
// supplementary planes (docs/decisions/0006-case-documents-pdf.md). A serif (宋体) face suits
// official documents. The files are read once per process; pdfkit embeds a subset per document.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

const FILES = {
  regular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
} as const;

export type DocumentFontWeight = keyof typeof FILES;

const cache = new Map<DocumentFontWeight, fontkit.Font>();

/** The parsed font of this weight, loaded on first use and kept for the life of the process. */
export function documentFont(weight: DocumentFontWeight = 'regular'): fontkit.Font {
  let font = cache.get(weight);
  if (!font) {
    const parsed = fontkit.create(readFileSync(require.resolve(FILES[weight])));
    if (!('hasGlyphForCodePoint' in parsed)) throw new Error(`${FILES[weight]} is a font collection`);
    font = parsed;
    cache.set(weight, font);
  }
  return font;
}

/** The characters of `text` the document font cannot draw (each once, in order of appearance). */
export function missingGlyphs(text: string, weight: DocumentFontWeight = 'regular'): string[] {
  const font = documentFont(weight);
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // Line breaks and other controls are layout, not glyphs.
    if (cp < 0x20) continue;
    if (!font.hasGlyphForCodePoint(cp)) missing.add(ch);
  }
  return [...missing];
}
