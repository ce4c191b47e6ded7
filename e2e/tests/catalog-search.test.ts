// Catalog search journeys (issue #4 §8): a colloquial question from the portal home finds the
// food business licence; filters live in the URL; an unanswerable query shows hints; a phone fits.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, scrollWidth, visible } from '../support/checks.ts';

const baseUrl = inject('baseUrl');
const QUESTION = '开饭店要办什么证';
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

describe('catalog search (zh-CN)', () => {
  it('answers a colloquial question from the portal home, with filters in the URL', async () => {
    const { page, assertClean, close } = await newJourney(browser);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('searchbox', { name: '搜索政务服务事项' }).fill(QUESTION);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    await visible(page.getByRole('heading', { level: 1, name: '查找办事指南' }));
    expect(await page.getByRole('searchbox', { name: '您要办什么事？' }).inputValue()).toBe(QUESTION);

    const results = page.getByTestId('search-results');
    await visible(results.getByRole('link', { name: '食品经营许可', exact: true }));
    const names = await results.locator('h3').allInnerTexts();
    expect(names.slice(0, 5), 'the licence is among the first results').toContain('食品经营许可');
    await visible(page.getByText(/已显示 \d+ 个事项/));
    await screenshot(page, 'catalog-search');
    await assertAccessible(page, 'catalog search');

    // Every filter has a visible label; choosing one goes to the URL and survives a reload.
    for (const label of ['服务对象', '主题', '部门', '区域', '办理形式']) {
      await visible(page.getByLabel(label, { exact: true }));
    }
    await page.getByRole('checkbox', { name: '只看全市通办' }).click();
    await page.waitForURL(/cityWide=1/);
    await page.reload();
    expect(await page.getByRole('checkbox', { name: '只看全市通办' }).isChecked()).toBe(true);
    await visible(results.locator('article'));
    const tags = await results
      .locator('article')
      .evaluateAll((cards) => cards.map((card) => card.textContent?.includes('全市通办') ?? false));
    expect(tags.every(Boolean), 'every result is handled city-wide').toBe(true);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.waitForURL((url) => !url.search.includes('cityWide'));

    // Keyboard: type a new query into the box and press Enter.
    const box = page.getByRole('searchbox', { name: '您要办什么事？' });
    await box.fill('zzqqxxyy');
    await box.press('Enter');
    await visible(page.getByText('没有找到相关事项'));
    await visible(page.getByText(/换一种说法/));
    await screenshot(page, 'catalog-search-empty');
    await assertAccessible(page, 'catalog search, no results');
    assertClean();
    await close();
  });

  it('fits a 390 px phone', async () => {
    const viewport = { width: 390, height: 844 };
    const { page, assertClean, close } = await newJourney(browser, { viewport });
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent(QUESTION)}`);
    await visible(page.getByTestId('search-results').locator('article'));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, 'catalog-search-phone');
    await assertAccessible(page, 'catalog search on a phone');
    assertClean();
    await close();
  });
});
