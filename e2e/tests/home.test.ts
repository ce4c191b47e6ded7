// Journey 1: the portal home in Chinese shows real data from the API under a strict CSP.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, visible } from '../support/checks.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('portal home (zh-CN)', () => {
  it('shows the 16 districts and the service centres from the API', async () => {
    const { page, assertClean, close } = await newJourney(browser);
    const response = await page.goto(`${baseUrl}/`);
    expect(response?.status()).toBe(200);

    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp, 'the document is served with a Content-Security-Policy').toMatch(
      /style-src[^;]*'nonce-[^']+'/,
    );
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);

    const districts = page.getByTestId('district-list');
    await visible(districts.getByRole('button', { name: '和平区' }));
    for (const name of ['和平区', '河西区', '滨海新区', '静海区', '蓟州区']) {
      expect(await districts.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    }
    // 16 districts plus the "whole city" choice.
    expect(await districts.getByRole('button').count()).toBe(17);

    const venues = page.getByTestId('venue-list').locator('article');
    await visible(venues);
    expect(await venues.count()).toBeGreaterThan(0);
    expect(await venues.first().innerText()).toMatch(/政务服务中心/);

    expect(await page.title()).toMatch(/通办/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await visible(page.getByRole('heading', { level: 1, name: /一网通办/ }));
    await visible(page.getByRole('contentinfo'));

    // Every <style> antd injected carries the per-request nonce.
    const nonces = await page.evaluate(() => Array.from(document.querySelectorAll('style'), (s) => s.nonce));
    expect(nonces.length).toBeGreaterThan(0);
    expect(nonces.every((n) => n.length > 0)).toBe(true);

    await screenshot(page, 'home-zh-CN');
    await assertAccessible(page, 'home zh-CN');

    // The hero's search opens the catalog search with the query.
    await page.getByRole('searchbox', { name: '搜索政务服务事项' }).fill('营业执照');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7/);
    await visible(page.getByRole('heading', { level: 1, name: '查找办事指南' }));
    assertClean();
    await close();
  });

  it('filters the service centres by district and opens a venue with its windows', async () => {
    const { page, assertClean, close } = await newJourney(browser);
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('district-list').getByRole('button', { name: '滨海新区' }).click();
    await page.waitForURL(/district=120116/);

    const cards = page.getByTestId('venue-list').locator('article');
    await visible(cards);
    await page.waitForFunction(() => {
      const labels = Array.from(document.querySelectorAll('[data-testid="venue-list"] .venue-district'));
      return labels.length > 0 && labels.every((el) => el.textContent === '滨海新区');
    });
    const names = await cards.locator('h3').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    await screenshot(page, 'home-district-binhai');

    await cards
      .first()
      .getByRole('link', { name: /查看窗口/ })
      .click();
    await page.waitForURL(/\/venues\//);
    await visible(page.getByRole('heading', { level: 1, name: names[0] }));
    await visible(page.getByRole('heading', { level: 2, name: '服务窗口' }));
    await screenshot(page, 'venue-detail');
    await assertAccessible(page, 'venue detail');
    assertClean();
    await close();
  });

  it('shows an error with a retry when the API fails, in the chosen language', async () => {
    const { page, assertClean, close } = await newJourney(browser, {
      allowConsole: [/status of 503/],
    });
    const regions = (url: URL) => url.pathname === '/api/v1/regions';
    await page.route(regions, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Service unavailable',
          status: 503,
          code: 'unavailable',
          titleZh: '服务暂时不可用',
          titleEn: 'Service unavailable',
        }),
      }),
    );
    await page.goto(`${baseUrl}/`);
    const alert = page.getByRole('alert').filter({ hasText: '服务暂时不可用' });
    await visible(alert, 30_000);
    await screenshot(page, 'home-error');
    await assertAccessible(page, 'home error state');

    await page.unroute(regions);
    await alert.getByRole('button', { name: /重试/ }).click();
    await visible(page.getByTestId('district-list').getByRole('button', { name: '和平区' }));
    assertClean();
    await close();
  });
});
