// E-license journeys (issue #6): zhangsan opens 我的证照, shows a license (亮证) and a verifier
// in another, anonymous browser reads the QR from a screenshot and sees 证照有效; the holder
// then finds that verification in 用证记录. clerk-hexi looks up zhangsan's licenses with a
// purpose (masked); office-admin (TOTP) makes an e-seal with a generated picture and revokes it.
// The license page with its QR at 360 px, in elder mode. Screenshots and axe on every page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, scrollWidth, visible } from '../support/checks.ts';
import { citizenId, OFFICE_ADMIN_TOTP, signInViaApi } from '../support/identity.ts';
import { readQr, verifierUrl } from '../support/license-journeys.ts';

const baseUrl = inject('baseUrl');
/** zhangsan's citizen ID, computed as server/src/modules/identity/demo-accounts.ts does. */
const ZHANGSAN_ID = citizenId('12010319850612301');
const LICENSE_URL = /\/me\/licenses\/[0-9a-f-]{36}$/;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** From /me to the first license of 我的证照; returns its type name. */
async function openFirstLicense(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/me`);
  await page.getByRole('link', { name: '查看我的证照' }).click();
  await page.waitForURL(/\/me\/licenses$/);
  const first = page.getByTestId('license-card').first().getByRole('heading', { level: 2 }).getByRole('link');
  await visible(first);
  const name = (await first.innerText()).trim();
  await first.click();
  await page.waitForURL(LICENSE_URL);
  await visible(page.getByRole('heading', { level: 1, name }));
  return name;
}

async function showCode(page: Page) {
  await page.getByRole('button', { name: '亮证', exact: true }).click();
  const qr = page.getByTestId('show-qr');
  await visible(qr);
  await visible(page.getByText('出示此码供核验，5分钟内有效'));
  await expect
    .poll(async () => (await page.getByTestId('show-countdown').innerText()).trim())
    .toMatch(/0[45]:\d\d$/);
  return qr;
}

describe('e-licenses', () => {
  it('zhangsan shows a license; an anonymous verifier scans it and sees it valid; the holder sees the use', async () => {
    const holder = await newJourney(browser);
    await signInViaApi(holder.context, baseUrl, 'zhangsan');
    const { page } = holder;

    await page.goto(`${baseUrl}/me`);
    await visible(page.getByRole('heading', { level: 2, name: '我的证照' }));
    await openFirstLicense(page);
    await page.goBack();
    await page.waitForURL(/\/me\/licenses$/);
    const cards = page.getByTestId('license-card');
    await visible(cards);
    expect(await cards.count()).toBeGreaterThan(0);
    await visible(cards.first().getByTestId('license-status'));
    await screenshot(page, 'licenses-mine');
    await assertAccessible(page, 'my licenses');

    const name = await openFirstLicense(page);
    await visible(page.getByTestId('license-face'));
    await visible(page.getByRole('link', { name: '下载证照文件（PDF）' }));
    await visible(page.getByRole('link', { name: '下载电子签章（.ses）' }));
    await screenshot(page, 'licenses-detail');
    await assertAccessible(page, 'license detail');

    const qr = await showCode(page);
    const box = await qr.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(240);
    await screenshot(page, 'licenses-show-code');
    await assertAccessible(page, 'license with its QR');
    const png = await qr.screenshot({ animations: 'disabled' });

    // The verifier: another browser context, nobody signed in.
    const verifier = await newJourney(browser);
    const scanned = await readQr(verifier.context, png);
    expect(scanned).toMatch(/^TBL1\.|\/licenses\/verify\?t=/);
    await verifier.page.goto(verifierUrl(baseUrl, scanned!));
    const result = verifier.page.getByTestId('verify-result');
    await visible(result.getByText('✓ 证照有效'));
    await expect(result.getAttribute('role')).resolves.toBe('status');
    await visible(result.getByText(name));
    // Only masked personal data reaches the verifier.
    expect(await verifier.page.locator('main').innerText()).not.toContain(ZHANGSAN_ID);
    await screenshot(verifier.page, 'licenses-verify-valid');
    await assertAccessible(verifier.page, 'verifier: valid');

    // A code that was tampered with fails, with its reason.
    await verifier.page.getByLabel('亮证码或证照标识').fill(`${scanned!.slice(0, -6)}AAAAAA`);
    await verifier.page.getByRole('button', { name: '核验', exact: true }).click();
    await visible(result.getByText(/✗ 核验未通过/));
    await screenshot(verifier.page, 'licenses-verify-invalid');
    await assertAccessible(verifier.page, 'verifier: not valid');
    verifier.assertClean();
    await verifier.close();

    // The identifier from the PDF's QR, checked by a verifier who reads English.
    const identifier = (await page.getByTestId('license-identifier').innerText()).trim();
    const english = await newJourney(browser);
    await english.context.addInitScript(() => window.localStorage.setItem('tongban.lang', 'en-US'));
    await english.page.goto(`${baseUrl}/licenses/verify?id=${encodeURIComponent(identifier)}`);
    await visible(english.page.getByTestId('verify-result').getByText('✓ The license is valid'));
    await screenshot(english.page, 'licenses-verify-en');
    await assertAccessible(english.page, 'verifier in English');
    english.assertClean();
    await english.close();

    // The holder sees the verification in 用证记录.
    await page.reload();
    const accesses = page.getByTestId('license-accesses');
    await visible(accesses.getByText('亮证核验'));
    await screenshot(page, 'licenses-access-log');
    holder.assertClean();
    await holder.close();
  });

  it('zhangsan authorizes an agency to read a license and revokes it', async () => {
    const { context, page, assertClean, close } = await newJourney(browser);
    await signInViaApi(context, baseUrl, 'zhangsan');
    await openFirstLicense(page);
    await page.getByLabel('部门编号或企业账号编号').fill('hx-zwfwb');
    await page.getByLabel('用途', { exact: true }).fill('核对户籍信息');
    await page.getByRole('button', { name: '授权', exact: true }).click();
    const list = page.getByTestId('license-authorizations');
    const row = list.getByRole('row').filter({ hasText: '核对户籍信息' });
    await visible(row.getByText('生效中'));
    await screenshot(page, 'licenses-authorized');
    await assertAccessible(page, 'license authorizations');
    await row.getByRole('button', { name: /^撤销对/ }).click();
    await visible(row.getByText('已撤销'));
    assertClean();
    await close();
  });

  it('clerk-hexi looks up zhangsan’s licenses with a purpose and sees them masked', async () => {
    const { context, page, assertClean, close } = await newJourney(browser);
    await signInViaApi(context, baseUrl, 'clerk-hexi');
    await page.goto(`${baseUrl}/workbench`);
    await page.getByRole('link', { name: /电子证照查验/ }).click();
    await page.waitForURL(/\/workbench\/licenses$/);
    await visible(page.getByRole('heading', { level: 1, name: '电子证照查验' }));
    await assertAccessible(page, 'license look-up form');

    await page.getByLabel('证件号码').fill(ZHANGSAN_ID);
    await page.getByLabel('查验用途').fill('办理婚姻登记核对户籍');
    await page.getByRole('button', { name: '查验', exact: true }).click();
    const table = page.getByTestId('license-lookup');
    await visible(table.locator('tbody tr a'));
    const text = await table.innerText();
    expect(text).not.toContain(ZHANGSAN_ID);
    expect(text).toContain('*');
    await screenshot(page, 'licenses-lookup');
    await assertAccessible(page, 'license look-up results');

    await table.locator('tbody tr a').first().click();
    await page.waitForURL(/\/workbench\/licenses\/[0-9a-f-]{36}\?purpose=/);
    await visible(page.getByTestId('lookup-face'));
    expect(await page.getByTestId('lookup-face').innerText()).not.toContain(ZHANGSAN_ID);
    await screenshot(page, 'licenses-lookup-detail');
    await assertAccessible(page, 'license look-up detail');
    assertClean();
    await close();
  });

  it('office-admin (TOTP) lists the e-seals, makes one with a generated picture and revokes it', async () => {
    const { context, page, assertClean, close } = await newJourney(browser);
    await signInViaApi(context, baseUrl, 'office-admin', OFFICE_ADMIN_TOTP);
    await page.goto(`${baseUrl}/admin`);
    await page.getByRole('link', { name: /电子印章管理/ }).click();
    await page.waitForURL(/\/admin\/seals$/);
    const list = page.getByTestId('seal-list');
    await visible(list);
    await screenshot(page, 'seals-list');
    await assertAccessible(page, 'seal list');

    await page.getByRole('button', { name: '制作印章' }).click();
    const made = page.getByText(/^已制作印章/);
    await visible(made);
    const esId = /（([^）]+)）/.exec(await made.innerText())?.[1] ?? '';
    expect(esId).not.toBe('');
    const row = list.getByRole('row').filter({ hasText: esId });
    await visible(row.getByText('生效中'));
    // The generated picture loads (the thumbnail is the seal's own image).
    await expect
      .poll(() =>
        row.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      )
      .toBe(true);
    await screenshot(page, 'seals-made');
    await assertAccessible(page, 'seal made');
    await row.getByRole('button', { name: `0 次，查看印章 ${esId} 的使用记录` }).click();
    await visible(page.getByTestId('seal-uses').getByText('该印章尚未签章'));
    await page.getByTestId('seal-uses').getByRole('button', { name: '关闭' }).click();

    await row.getByRole('button', { name: `注销印章 ${esId}` }).click();
    const revoke = page.getByTestId('seal-revoke');
    await revoke.getByLabel('注销原因').fill('演示：印章停用');
    await revoke.getByRole('button', { name: '确认注销' }).click();
    await visible(row.getByText('已注销'));
    await visible(row.getByText('演示：印章停用'));
    await screenshot(page, 'seals-revoked');
    await assertAccessible(page, 'seal revoked');
    assertClean();
    await close();
  });

  it('shows the license and its QR within 360 px, in elder mode', async () => {
    const viewport = { width: 360, height: 740 };
    const { context, page, assertClean, close } = await newJourney(browser, { viewport });
    await context.addInitScript(() => window.localStorage.setItem('tongban.elder', 'true'));
    await signInViaApi(context, baseUrl, 'zhangsan');
    await openFirstLicense(page);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-elder'))).toBe('true');
    const qr = await showCode(page);
    await qr.scrollIntoViewIfNeeded();
    const box = await qr.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(240);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, 'licenses-show-code-360');
    await assertAccessible(page, 'license with its QR at 360 px');
    // The code still reads at phone size.
    expect((await readQr(context, await qr.screenshot())) ?? 'unreadable').toMatch(
      /^TBL1\.|\/licenses\/verify\?t=/,
    );
    await page.goto(`${baseUrl}/me/licenses`);
    await visible(page.getByTestId('license-card'));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, 'licenses-mine-360');
    assertClean();
    await close();
  });
});
