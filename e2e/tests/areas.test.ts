// Journey 5: the staff workbench and the admin console render for a signed-in staff member (and
// send anonymous visitors to the staff sign-in), with navigation back to the portal.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, visible } from '../support/checks.ts';
import { signInViaApi } from '../support/identity.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const areas = [
  { path: '/workbench', title: '工作人员工作台', section: '受理', sectionPath: '/workbench/accept' },
  { path: '/admin', title: '管理后台', section: '节假日日历', sectionPath: '/admin/calendar' },
];

describe('workbench and admin shells', () => {
  for (const area of areas) {
    it(`${area.path} renders its sections and leads back to the portal`, async () => {
      const { context, page, assertClean, close } = await newJourney(browser);
      await page.goto(`${baseUrl}${area.path}`);
      await page.waitForURL(/\/workbench\/login\?next=/);
      await visible(page.getByRole('heading', { level: 1, name: '工作人员登录' }));

      await signInViaApi(context, baseUrl, 'clerk-hexi');
      await page.goto(`${baseUrl}${area.path}`);
      await visible(page.getByRole('heading', { level: 1, name: new RegExp(area.title) }));
      expect(await page.title()).toContain(area.title);
      const current = page
        .getByRole('navigation', { name: '主导航' })
        .getByRole('link', { name: area.title });
      expect(await current.getAttribute('aria-current')).toBe('page');
      await screenshot(page, `area${area.path.replace('/', '-')}`);
      await assertAccessible(page, area.path);

      await page.getByRole('menuitem', { name: area.section }).click();
      await page.waitForURL(`${baseUrl}${area.sectionPath}`);
      await visible(page.getByRole('heading', { level: 2, name: area.section }));
      await page.reload();
      await visible(page.getByRole('heading', { level: 2, name: area.section }));

      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
      await page.waitForURL(`${baseUrl}/`);
      await visible(page.getByRole('heading', { level: 1, name: /一网通办/ }));
      assertClean();
      await close();
    });
  }

  it('shows a not-found page with a way home', async () => {
    const { page, assertClean, close } = await newJourney(browser);
    await page.goto(`${baseUrl}/no-such-page`);
    await visible(page.getByRole('heading', { level: 1, name: '页面不存在' }));
    await assertAccessible(page, 'not found');
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.waitForURL(`${baseUrl}/`);
    assertClean();
    await close();
  });
});
