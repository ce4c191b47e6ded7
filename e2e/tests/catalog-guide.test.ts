// Service guide journeys (issue #4 §7): from a search result to the guide of 食品经营许可,
// answering a situation question narrows the materials; the A4 print view keeps the answers;
// the window workbench shows the same guide to clerk-hexi; an unknown code is a clear 404.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { artifactsDir, assertAccessible, screenshot, scrollWidth, visible } from '../support/checks.ts';
import { signInViaApi } from '../support/identity.ts';

const baseUrl = inject('baseUrl');
const NAME = '食品经营许可';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  // The first search loads the tokenizer's dictionary: warm it up outside the journeys' timeouts.
  await fetch(`${baseUrl}/api/v1/catalog/search?q=${encodeURIComponent('食品')}&limit=1`, {
    signal: AbortSignal.timeout(120_000),
  });
});
afterAll(async () => {
  await browser?.close();
});

/** The guide path of the first search hit named exactly `name`. */
async function guidePathFromSearch(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/search?q=${encodeURIComponent(NAME)}`);
  const link = page.getByTestId('search-results').getByRole('link', { name: NAME, exact: true }).first();
  await visible(link);
  await link.click();
  await page.waitForURL(/\/guides\/[0-9A-Z]{22,}/);
  await visible(page.getByRole('heading', { level: 1, name: NAME }));
  return new URL(page.url()).pathname;
}

const materialNames = (page: Page) =>
  page.getByTestId('material-list').locator('.material-name').allInnerTexts();

describe('service guide (zh-CN)', () => {
  it('narrows the materials by situation and prints the same situation on A4', async () => {
    const { page, assertClean, close } = await newJourney(browser);
    const path = await guidePathFromSearch(page);

    for (const heading of [
      '受理条件',
      '申请材料',
      '办理流程',
      '办理时限',
      '收费标准',
      '办理结果',
      '办理地点与时间',
    ]) {
      await visible(page.getByRole('heading', { level: 2, name: heading }));
    }
    await visible(page.getByText('实施编码'));
    // Materials the platform fetches itself (e-licences, shared data) are marked as not needed.
    await visible(page.getByText('免提交（系统自动调取）'));
    const before = await materialNames(page);
    expect(before.length).toBeGreaterThan(0);
    await screenshot(page, 'catalog-guide');
    await assertAccessible(page, 'guide');

    const kind = page.getByRole('group', { name: '您要办理的业务类型' });
    await kind.getByText('变更', { exact: true }).click();
    await page.waitForURL(/s\.kind=change/);
    // A follow-up question appears only for 变更.
    const what = page.getByRole('group', { name: '变更的内容' });
    await visible(what);
    await page.waitForFunction(
      (old) =>
        JSON.stringify(
          Array.from(
            document.querySelectorAll('[data-testid="material-list"] .material-name'),
            (e) => e.textContent,
          ),
        ) !== old,
      JSON.stringify(before),
    );
    const afterChange = await materialNames(page);
    expect(afterChange).not.toEqual(before);
    await what.getByRole('radio').first().check();
    await visible(page.getByText('已按您的情形显示所需材料。'));
    await screenshot(page, 'catalog-guide-situation');
    await assertAccessible(page, 'guide with a situation');

    await page.getByRole('button', { name: '打印' }).click();
    await page.waitForURL(new RegExp(`${path}/print\\?.*s\\.kind=change`));
    await visible(page.getByRole('heading', { level: 2, name: '您的情形' }));
    await visible(page.getByText('变更', { exact: true }));
    await screenshot(page, 'catalog-guide-print-screen');
    await assertAccessible(page, 'guide print view');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    await screenshot(page, 'catalog-guide-print');
    await page.pdf({ path: `${artifactsDir}/catalog-guide-print.pdf`, preferCSSPageSize: true });
    assertClean();
    await close();
  });

  it('fits a 390 px phone', async () => {
    const viewport = { width: 390, height: 844 };
    const { page, assertClean, close } = await newJourney(browser, { viewport });
    await guidePathFromSearch(page);
    await visible(page.getByTestId('material-list'));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, 'catalog-guide-phone');
    await assertAccessible(page, 'guide on a phone');
    assertClean();
    await close();
  });

  it('reads in English and in elder mode (larger type, radio labels too)', async () => {
    const { page, assertClean, close } = await newJourney(browser);
    const path = await guidePathFromSearch(page);
    await page.getByRole('button', { name: '长辈模式' }).click();
    await page.getByRole('group', { name: '语言' }).getByText('English', { exact: true }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
    for (const heading of [
      'Your situation',
      'Conditions for acceptance',
      'Materials',
      'Procedure',
      'Time limits',
    ]) {
      await visible(page.getByRole('heading', { level: 2, name: heading }));
    }
    await visible(page.getByText('Administrative licensing').first());
    await visible(page.getByText('Not needed (fetched by the system)').first());
    const label = page.getByRole('group', { name: '您要办理的业务类型' }).getByText('变更', { exact: true });
    const size = await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
    expect(new URL(page.url()).pathname).toBe(path);
    await screenshot(page, 'catalog-guide-en-elder');
    await assertAccessible(page, 'guide en-US, elder mode');
    assertClean();
    await close();
  });

  it('answers an unknown implementation code with a not-found page', async () => {
    const { page, assertClean, close } = await newJourney(browser, { allowConsole: [/status of 404/] });
    await page.goto(`${baseUrl}/guides/911200000000000018999999`);
    await visible(page.getByRole('heading', { level: 1, name: /未找到该办事指南/ }));
    assertClean();
    await close();
  });
});

describe('window workbench guide', () => {
  it('is for staff only', async () => {
    const { page, close } = await newJourney(browser);
    await page.goto(`${baseUrl}/workbench/guides`);
    await page.waitForURL(/\/workbench\/login\?next=%2Fworkbench%2Fguides$/);
    await close();
  });

  it('shows clerk-hexi the same guide inside the workbench', async () => {
    const { context, page, assertClean, close } = await newJourney(browser);
    await signInViaApi(context, baseUrl, 'clerk-hexi');
    await page.goto(`${baseUrl}/workbench`);
    await visible(page.getByTestId('staff-card')).catch(async (error: unknown) => {
      throw new Error(`workbench did not open (${page.url()}): ${await page.locator('main').innerText()}`, {
        cause: error,
      });
    });
    await page.getByRole('link', { name: '办事指南查询' }).click();
    await page.waitForURL(`${baseUrl}/workbench/guides`);
    await visible(page.getByRole('heading', { level: 1, name: '办事指南查询' }));
    await assertAccessible(page, 'workbench guide search');

    await page.getByRole('searchbox', { name: '您要办什么事？' }).fill(NAME);
    await page.keyboard.press('Enter');
    const link = page.getByTestId('search-results').getByRole('link', { name: NAME, exact: true }).first();
    await visible(link);
    await link.click();
    await page.waitForURL(/\/workbench\/guides\/[0-9A-Z]{22,}/);
    await visible(page.getByRole('heading', { level: 1, name: NAME }));
    await visible(page.getByRole('link', { name: '工作人员工作台' }));
    await visible(page.getByTestId('material-list'));
    await page.getByRole('group', { name: '您要办理的业务类型' }).getByText('注销', { exact: true }).click();
    await page.waitForURL(/s\.kind=cancel/);
    await screenshot(page, 'catalog-workbench-guide');
    await assertAccessible(page, 'workbench guide');
    assertClean();
    await close();
  });
});
