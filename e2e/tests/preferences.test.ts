// Journeys 2 and 3: the English switch and elder mode, both remembered after a reload.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, htmlAttribute, screenshot, visible } from '../support/checks.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('display preferences', () => {
  it('switches to English and remembers it', async () => {
    const { page, assertClean, close } = await newJourney(browser);
    await page.goto(`${baseUrl}/`);
    await visible(page.getByTestId('district-list').getByRole('button', { name: '和平区' }));

    await page.getByRole('group', { name: '语言' }).getByText('English', { exact: true }).click();
    const districts = page.getByTestId('district-list');
    await visible(districts.getByRole('button', { name: 'Heping District' }));
    await visible(districts.getByRole('button', { name: 'Binhai New Area' }));
    expect(await htmlAttribute(page, 'lang')).toBe('en-US');
    expect(await page.title()).toMatch(/Tongban/);
    await visible(page.getByRole('heading', { level: 2, name: 'Service centres' }));

    await page.reload();
    await visible(page.getByTestId('district-list').getByRole('button', { name: 'Heping District' }));
    expect(await htmlAttribute(page, 'lang')).toBe('en-US');
    await visible(
      page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' }),
    );

    await screenshot(page, 'home-en-US');
    await assertAccessible(page, 'home en-US');
    assertClean();
    await close();
  });

  it('turns on elder mode with larger type and remembers it', async () => {
    const { page, assertClean, close } = await newJourney(browser);
    await page.goto(`${baseUrl}/`);
    await visible(page.getByTestId('district-list').getByRole('button', { name: '和平区' }));
    const baseFontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(await baseFontSize()).toBeLessThan(18);

    const toggle = page.getByRole('button', { name: '长辈模式' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await htmlAttribute(page, 'data-elder')).toBe('true');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await baseFontSize()).toBeGreaterThanOrEqual(18);

    await page.reload();
    await visible(page.getByTestId('district-list').getByRole('button', { name: '和平区' }));
    expect(await htmlAttribute(page, 'data-elder')).toBe('true');
    expect(await baseFontSize()).toBeGreaterThanOrEqual(18);
    // antd components follow the elder theme too (type size and touch-target height).
    const button = page.getByTestId('district-list').getByRole('button', { name: '和平区' });
    const metrics = await button.evaluate((el) => ({
      fontSize: parseFloat(getComputedStyle(el).fontSize),
      height: el.getBoundingClientRect().height,
    }));
    expect(metrics.fontSize).toBeGreaterThanOrEqual(18);
    expect(metrics.height).toBeGreaterThanOrEqual(44);
    const h1Size = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
    );
    expect(h1Size).toBeGreaterThan(24);

    await screenshot(page, 'home-elder');
    await assertAccessible(page, 'home elder mode');
    assertClean();
    await close();
  });
});
