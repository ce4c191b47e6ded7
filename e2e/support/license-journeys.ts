// Steps the e-license journeys share (e2e/tests/licenses*.test.ts): reading a QR code from a
// screenshot, as a verifier's camera would. The PNG is decoded to pixels by the browser (an
// about:blank page, so no site CSP applies) and jsQR reads the code from them.
import * as jsqrModule from 'jsqr';
import type { BrowserContext, Locator, Page } from 'playwright-core';

type JsQR = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
// jsqr is a UMD bundle: its default export arrives wrapped or not depending on the loader.
const jsQR = ((): JsQR => {
  let f: unknown = (jsqrModule as unknown as { default: unknown }).default;
  while (f && typeof f !== 'function') f = (f as { default: unknown }).default;
  return f as JsQR;
})();

/** The text of the QR code in a PNG screenshot, or null when none is readable. */
export async function readQr(context: BrowserContext, png: Buffer): Promise<string | null> {
  const page = await context.newPage();
  try {
    const image = await page.evaluate(async (bytes: number[]) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      return { width: data.width, height: data.height, pixels: Array.from(data.data) };
    }, Array.from(png));
    return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data ?? null;
  } finally {
    await page.close();
  }
}

/** The verifier page for what a QR carried: a 亮证 code, or an address that already is one. */
export const verifierUrl = (baseUrl: string, scanned: string): string =>
  /^https?:\/\//.test(scanned)
    ? `${baseUrl}${new URL(scanned).pathname}${new URL(scanned).search}`
    : `${baseUrl}/licenses/verify?t=${encodeURIComponent(scanned)}`;

/** The holder, on one of their licenses, authorizes an agency for a purpose (today + 30 days). */
export async function authorizeAgency(page: Page, agencyId: string, purpose: string): Promise<Locator> {
  await page.getByLabel('部门编号或企业账号编号').fill(agencyId);
  await page.getByLabel('用途', { exact: true }).fill(purpose);
  await page.getByRole('button', { name: '授权', exact: true }).click();
  const row = page.getByTestId('license-authorizations').getByRole('row').filter({ hasText: purpose });
  await row.getByText('生效中').waitFor({ state: 'visible' });
  return row;
}
