// 授权用证, the grantee's side (issue #6): zhangsan authorizes clerk-hexi's agency (hx-zwfwb; staff
// read for their own agency) to read a license; clerk-hexi finds it under 授权给我的证照 on the
// workbench, opens it and sees the purpose and the masked fields, also at 360 px in elder mode and
// in English. zhangsan revokes the grant and the clerk's next read shows the "not active" alert.
// Screenshots and axe on every page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, scrollWidth, visible } from '../support/checks.ts';
import { citizenId, signInViaApi } from '../support/identity.ts';
import { authorizeAgency } from '../support/license-journeys.ts';

const baseUrl = inject('baseUrl');
/** zhangsan's citizen ID, computed as server/src/modules/identity/demo-accounts.ts does. */
const ZHANGSAN_ID = citizenId('12010319850612301');
/** clerk-hexi's agency (demo-accounts.ts): the clerk signs in without a second factor. */
const CLERK_AGENCY = 'hx-zwfwb';
const DETAIL_URL = /\/workbench\/licenses\/authorized\/[0-9a-f-]{36}$/;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** From 我的证照 to the first license (a valid one: the demo seeds it so). */
async function openFirstLicense(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/me/licenses`);
  const first = page.getByTestId('license-card').first().getByRole('heading', { level: 2 }).getByRole('link');
  await visible(first);
  await first.click();
  await page.waitForURL(/\/me\/licenses\/[0-9a-f-]{36}$/);
}

describe('licenses shared with an agency', () => {
  it('clerk-hexi reads a license zhangsan authorized, masked, until zhangsan revokes it', async () => {
    // A purpose of this run only: earlier runs may have left other grants to the same agency.
    const purpose = `核对经营资格 ${Date.now().toString(36)}`;
    const holder = await newJourney(browser);
    await signInViaApi(holder.context, baseUrl, 'zhangsan');
    await openFirstLicense(holder.page);
    const grant = await authorizeAgency(holder.page, CLERK_AGENCY, purpose);

    // The clerk: from the workbench to 授权给我的证照.
    const staff = await newJourney(browser, { allowConsole: [/status of 403/] });
    await signInViaApi(staff.context, baseUrl, 'clerk-hexi');
    const { page } = staff;
    await page.goto(`${baseUrl}/workbench`);
    await page.getByRole('link', { name: /授权给我的证照/ }).click();
    await page.waitForURL(/\/workbench\/licenses\/authorized$/);
    await visible(page.getByRole('heading', { level: 1, name: '授权给我的证照' }));
    const table = page.getByTestId('shared-licenses');
    const row = table.getByRole('row').filter({ hasText: purpose });
    await visible(row.getByText('生效中'));
    const rowText = await row.innerText();
    expect(rowText).not.toContain(ZHANGSAN_ID);
    expect(rowText).toContain('*');
    await screenshot(page, 'licenses-shared-list');
    await assertAccessible(page, 'licenses shared with us');

    await row.getByRole('link').first().click();
    await page.waitForURL(DETAIL_URL);
    const detailUrl = page.url();
    await visible(page.getByTestId('shared-purpose').getByText(`授权用途：${purpose}`));
    const face = page.getByTestId('shared-face');
    await visible(face);
    const faceText = await face.innerText();
    expect(faceText).not.toContain(ZHANGSAN_ID);
    expect(faceText).toContain('*');
    await screenshot(page, 'licenses-shared-detail');
    await assertAccessible(page, 'license read through a grant');

    // The same pages on a phone, in elder mode, in English.
    const viewport = { width: 360, height: 740 };
    const phone = await newJourney(browser, { viewport });
    await phone.context.addInitScript(() => {
      window.localStorage.setItem('tongban.elder', 'true');
      window.localStorage.setItem('tongban.lang', 'en-US');
    });
    await signInViaApi(phone.context, baseUrl, 'clerk-hexi');
    await phone.page.goto(`${baseUrl}/workbench/licenses/authorized`);
    await visible(phone.page.getByRole('heading', { level: 1, name: 'Licenses shared with us' }));
    await visible(phone.page.getByTestId('shared-licenses').getByRole('row').filter({ hasText: purpose }));
    expect(await phone.page.evaluate(() => document.documentElement.getAttribute('data-elder'))).toBe('true');
    expect(await scrollWidth(phone.page)).toBeLessThanOrEqual(viewport.width);
    await screenshot(phone.page, 'licenses-shared-list-360');
    await assertAccessible(phone.page, 'licenses shared with us at 360 px');
    await phone.page.goto(detailUrl);
    await visible(phone.page.getByText(`Authorized purpose: ${purpose}`));
    expect(await scrollWidth(phone.page)).toBeLessThanOrEqual(viewport.width);
    await screenshot(phone.page, 'licenses-shared-detail-360');
    phone.assertClean();
    await phone.close();

    // The holder sees the read in 用证记录, then revokes the grant.
    await holder.page.reload();
    await visible(holder.page.getByTestId('license-accesses').getByText('授权用证').first());
    await grant.getByRole('button', { name: /^撤销对/ }).click();
    await visible(grant.getByText('已撤销'));
    holder.assertClean();
    await holder.close();

    // The clerk's next read is refused with a clear alert; the list no longer shows the grant.
    await page.reload();
    const refused = page.getByTestId('shared-refused');
    await visible(refused.getByText('授权已撤销或不在有效期内'));
    await expect(refused.getByRole('alert').count()).resolves.toBe(1);
    await screenshot(page, 'licenses-shared-not-active');
    await assertAccessible(page, 'revoked grant');
    await page.getByRole('link', { name: '返回授权给我的证照' }).click();
    await page.waitForURL(/\/workbench\/licenses\/authorized$/);
    await visible(table);
    await expect(table.getByRole('row').filter({ hasText: purpose }).count()).resolves.toBe(0);
    staff.assertClean();
    await staff.close();
  });
});
