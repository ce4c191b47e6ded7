// Service ratings (好差评, issue #8) in the browser. On a 360 × 740 phone, zhangsan opens the
// rating link his site message carries after clerk-hexi concluded his walk-in case on the spot,
// rates (nothing preselected; a level is required), and the link then says it was used; on his
// case page he rates again through the mobile channel and sees both ratings. clerk-hexi makes a
// window code (一次一评), is refused when he opens it himself (staff never rate), and an
// anonymous visitor rates the window service with it. Screenshots and axe on every page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, scrollWidth, visible } from '../support/checks.ts';
import { signInViaApi } from '../support/identity.ts';
import { concludedWalkIn, done, fillRating, ratingLinkFor } from '../support/rating-journeys.ts';

const baseUrl = inject('baseUrl');
const PHONE = { width: 360, height: 740 };

let browser: Browser;
let caseId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  caseId = await concludedWalkIn(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('rating a concluded case on a phone', () => {
  it('zhangsan rates through the link of his site message, once', async () => {
    const { context, page, assertClean, close } = await newJourney(browser, { viewport: PHONE });
    await signInViaApi(context, baseUrl, 'zhangsan');
    const link = await ratingLinkFor(context, caseId);
    await page.goto(`${baseUrl}${link}`);
    await visible(page.getByRole('heading', { level: 1, name: '服务评价' }));
    await visible(page.getByTestId('rate-facts').getByText('个体工商户设立登记'));
    // Voluntary: no level is preselected, and submitting without one is refused in place.
    for (const level of ['非常满意', '满意', '基本满意', '不满意', '非常不满意'])
      expect(await page.getByRole('radio', { name: level, exact: true }).isChecked()).toBe(false);
    await screenshot(page, 'ratings-phone-1-link');
    await assertAccessible(page, 'rating link, empty');
    await page.getByRole('button', { name: '提交评价' }).click();
    await visible(page.getByRole('alert').getByText('请选择评价等级'));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await fillRating(page, '满意', { 整体满意度: 5, 办事效率: 4 }, '窗口当场办结，很方便');
    await screenshot(page, 'ratings-phone-2-filled');
    await assertAccessible(page, 'rating link, filled');
    await page.getByRole('button', { name: '提交评价' }).click();
    await done(page);
    await screenshot(page, 'ratings-phone-3-done');
    await assertAccessible(page, 'rating link, thanks');

    // The link works once.
    await page.reload();
    await visible(page.getByTestId('rate-used'));
    await screenshot(page, 'ratings-phone-4-used');
    await assertAccessible(page, 'rating link, used');
    assertClean();
    await close();
  });

  it('on his case page he rates through the mobile channel and sees his ratings', async () => {
    const { context, page, assertClean, close } = await newJourney(browser, { viewport: PHONE });
    await signInViaApi(context, baseUrl, 'zhangsan');
    await page.goto(`${baseUrl}/me/cases/${caseId}`);
    const panel = page.getByTestId('rating-panel');
    await visible(panel.getByRole('heading', { name: '服务评价' }));
    await visible(panel.getByTestId('given-rating').filter({ hasText: '短信链接' }));
    await panel.getByRole('button', { name: '现在评价' }).click();
    await fillRating(page, '非常满意', { 办事便捷度: 5 });
    await screenshot(page, 'ratings-phone-5-case-panel');
    await assertAccessible(page, 'case page, rating panel');
    await panel.getByRole('button', { name: '提交评价' }).click();
    await visible(panel.getByTestId('given-rating').filter({ hasText: '移动端' }));
    expect(await panel.getByTestId('given-rating').count()).toBe(2);
    await visible(panel.getByText(/可在 \d{4}-\d{2}-\d{2} 前追评一次/).first());
    await screenshot(page, 'ratings-phone-6-case-rated');
    await assertAccessible(page, 'case page, rated');

    await page.goto(`${baseUrl}/me/ratings`);
    await visible(page.getByRole('heading', { level: 1, name: '我的评价' }));
    await visible(
      page
        .getByTestId('my-ratings')
        .getByText(/个体工商户设立登记 · 非常满意/)
        .first(),
    );
    await screenshot(page, 'ratings-phone-7-mine');
    await assertAccessible(page, 'my ratings');
    assertClean();
    await close();
  });
});

describe('一次一评 at the window', () => {
  it('clerk-hexi shows a code, is refused when he opens it, and a visitor rates anonymously', async () => {
    const clerk = await newJourney(browser);
    await signInViaApi(clerk.context, baseUrl, 'clerk-hexi');
    await clerk.page.goto(`${baseUrl}/workbench/window-rating`);
    await visible(clerk.page.getByRole('heading', { level: 1, name: '一次一评' }));
    await clerk.page.getByRole('button', { name: '生成评价码' }).click();
    const code = clerk.page.getByTestId('window-rating-code');
    await visible(code.getByRole('img', { name: /评价二维码/ }));
    await screenshot(clerk.page, 'ratings-window-code');
    await assertAccessible(clerk.page, 'window rating code');
    const url = await code.getByRole('link', { name: /在本机打开评价页/ }).getAttribute('href');
    expect(url).toMatch(/\/rate\/TBR1\./);
    const path = new URL(url!).pathname;

    // Staff never rate: the page says so and offers no form.
    await clerk.page.goto(`${baseUrl}${path}`);
    await visible(clerk.page.getByTestId('rate-staff').getByText('工作人员不能评价'));
    expect(await clerk.page.getByRole('button', { name: '提交评价' }).count()).toBe(0);
    await screenshot(clerk.page, 'ratings-staff-refused');
    await assertAccessible(clerk.page, 'rating page, staff');
    clerk.assertClean();
    await clerk.close();

    const visitor = await newJourney(browser, { viewport: PHONE });
    await visitor.page.goto(`${baseUrl}${path}`);
    await visible(
      visitor.page
        .getByTestId('rate-facts')
        .getByText(/SL01|综合/)
        .first(),
    );
    await fillRating(visitor.page, '基本满意', { 服务态度: 5 });
    await visitor.page.getByRole('button', { name: '提交评价' }).click();
    await done(visitor.page);
    await screenshot(visitor.page, 'ratings-window-visitor-done');
    await assertAccessible(visitor.page, 'window rating, anonymous, done');
    visitor.assertClean();
    await visitor.close();
  });
});
