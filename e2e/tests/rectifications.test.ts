// 差评整改 in the browser (issue #8): handler-hxsp takes a negative rating of 河西区行政审批局
// through the whole loop — verify, rectify, report to the rater, return visit, closed — from the
// workbench's shortcut through the ledger; appeals another as malicious/mistaken, which the
// service office (office-admin) rejects so it goes back to rectification. The ratings are the
// demo's (seed/demo-ratings.ts: zhangsan's and 王五's, both waiting to be verified on a fresh
// start). Screenshots and axe on every page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, visible } from '../support/checks.ts';
import { OFFICE_ADMIN_TOTP, signInViaApi } from '../support/identity.ts';
import { form, openLedgerRow, submitStep } from '../support/rectification-journeys.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('rectification of negative ratings', () => {
  it('handler-hxsp runs the whole loop; an appeal goes to the service office, which rejects it', async () => {
    const handler = await newJourney(browser);
    await signInViaApi(handler.context, baseUrl, 'handler-hxsp');
    const { page } = handler;

    // From the workbench to the ledger.
    await page.goto(`${baseUrl}/workbench`);
    await visible(page.getByRole('heading', { level: 1 }));
    await screenshot(page, 'rectifications-workbench');
    await page
      .getByTestId('rectification-shortcut')
      .getByRole('link', { name: /差评整改台账/ })
      .click();
    await page.waitForURL(/\/admin\/rectifications$/);
    await visible(page.getByRole('heading', { level: 1, name: '差评整改台账' }));
    const ledgerText = await page.getByTestId('rect-ledger').innerText();
    expect(ledgerText).toContain('张*');
    expect(ledgerText).not.toContain('张三');
    await screenshot(page, 'rectifications-ledger');
    await assertAccessible(page, 'rectification ledger');
    const exportHref = await page.getByTestId('rect-export').getAttribute('href');
    const exported = await handler.context.request.get(`${baseUrl}${exportHref}`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toContain('spreadsheetml');

    // zhangsan's rating: verify → rectify → feedback → revisit → closed.
    await openLedgerRow(page, ['张*', '待核实']);
    await visible(page.getByText('来回跑了两趟', { exact: false }));
    await visible(form(page).getByRole('heading', { name: '下一步：核实属实' }));
    await screenshot(page, 'rectification-verify');
    await assertAccessible(page, 'rectification to verify');
    await form(page).getByLabel('核实情况（可选）').fill('调取窗口录像，情况属实。');
    await submitStep(page, '核实属实', '整改中');

    await form(page).getByRole('radio', { name: '已整改' }).check();
    await form(page)
      .getByLabel('整改措施或解释依据')
      .fill('采集表填写有误的，窗口当场协助更正，不再要求重新打印。');
    await submitStep(page, '整改', '待反馈');

    await form(page)
      .getByLabel(/给评价人的反馈/)
      .fill('您反映的问题属实，今后采集表有误可在窗口当场更正。感谢监督。');
    await submitStep(page, '反馈评价人', '待回访');

    await form(page).getByRole('radio', { name: '满意', exact: true }).check();
    await form(page).getByLabel('回访记录（可选）').fill('电话回访，评价人表示满意。');
    await submitStep(page, '回访', '已办结');
    const timeline = page.getByTestId('rect-timeline');
    for (const step of ['差评转办', '核实属实', '整改', '反馈评价人', '回访'])
      await visible(timeline.getByText(step, { exact: true }));
    await visible(page.getByText('该差评整改已结束。'));
    await screenshot(page, 'rectification-closed');
    await assertAccessible(page, 'closed rectification');

    // 王五's rating: the handler appeals it as mistaken.
    await page.goto(`${baseUrl}/admin/rectifications`);
    const appealUrl = await openLedgerRow(page, ['王*', '待核实']);
    // The choice of action is a row of radio buttons: the visible label takes the click.
    await form(page)
      .locator('label')
      .filter({ hasText: /^申诉$/ })
      .click();
    await visible(form(page).getByRole('heading', { name: '下一步：申诉' }));
    await form(page).getByRole('radio', { name: /误评/ }).check();
    await form(page).getByLabel('申诉说明').fill('该材料属于办事指南列明的“其他材料”，评价人可能误会了。');
    await submitStep(page, '申诉', '申诉审核中');
    await visible(page.getByText('当前环节无需您办理。'));
    handler.assertClean();
    await handler.close();

    // The service office decides: rejected, back to rectification.
    const office = await newJourney(browser);
    await signInViaApi(office.context, baseUrl, 'office-admin', OFFICE_ADMIN_TOTP);
    await office.page.goto(appealUrl);
    await visible(form(office.page).getByRole('heading', { name: '下一步：申诉审核' }));
    await screenshot(office.page, 'rectification-appeal');
    await assertAccessible(office.page, 'appeal to decide');
    await form(office.page)
      .getByRole('radio', { name: /申诉不成立/ })
      .check();
    await form(office.page).getByLabel('审核意见').fill('办事指南未明确列出该材料，申诉理由不成立，请整改。');
    await submitStep(office.page, '申诉审核', '整改中');
    await visible(office.page.getByText('当前环节无需您办理。'));
    await screenshot(office.page, 'rectification-appeal-decided');
    office.assertClean();
    await office.close();
  });
});
