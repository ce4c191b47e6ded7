// Journey 4: a 360 × 740 phone: no horizontal scrolling, navigation through the menu drawer.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, scrollWidth, visible } from '../support/checks.ts';

const baseUrl = inject('baseUrl');
const viewport = { width: 360, height: 740 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openMenu(page: Page) {
  await page.getByRole('button', { name: '打开导航菜单' }).click();
  const drawer = page.getByRole('dialog', { name: '导航菜单' });
  await visible(drawer);
  return drawer;
}

describe('narrow screen (360 px)', () => {
  it('fits the width and reaches every area through the menu', async () => {
    const { page, assertClean, close } = await newJourney(browser, { viewport });
    await page.goto(`${baseUrl}/`);
    await visible(page.getByTestId('district-list').getByRole('button', { name: '蓟州区' }));
    await visible(page.getByTestId('venue-list').locator('article'));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
    // The wide navigation bar is replaced by the menu button.
    expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0);
    await screenshot(page, 'mobile-home');
    await assertAccessible(page, 'mobile home');

    const drawer = await openMenu(page);
    await visible(drawer.getByRole('link', { name: '管理后台' }));
    await screenshot(page, 'mobile-menu', { fullPage: false });
    await assertAccessible(page, 'mobile menu open');
    await drawer.getByRole('link', { name: '工作人员工作台' }).click();
    // The workbench is for staff: an anonymous visitor lands on the staff sign-in.
    await page.waitForURL(/\/workbench\/login\?next=%2Fworkbench$/);
    await visible(page.getByRole('heading', { level: 1, name: '工作人员登录' }));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, 'mobile-workbench');

    await (await openMenu(page)).getByRole('link', { name: '首页' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await visible(page.getByTestId('district-list'));
    assertClean();
    await close();
  });

  it('stays within the width in elder mode', async () => {
    const { page, assertClean, close } = await newJourney(browser, { viewport });
    await page.goto(`${baseUrl}/`);
    const drawer = await openMenu(page);
    await drawer.getByRole('button', { name: '长辈模式' }).click();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await visible(page.getByTestId('venue-list').locator('article'));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, 'mobile-home-elder');
    await assertAccessible(page, 'mobile elder mode');
    assertClean();
    await close();
  });
});
