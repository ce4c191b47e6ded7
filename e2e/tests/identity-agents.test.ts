// The legal representative's agents in the personal space: ent-admin sees lisi as the agent of
// the demo enterprise, authorises zhangsan for all services until next year, then revokes him.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, visible } from '../support/checks.ts';
import { DEMO_ENTERPRISE, signInViaApi } from '../support/identity.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function nextYear(): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe('agents authorised by a legal representative', () => {
  it('lists, authorises and revokes an agent of the enterprise', async () => {
    const { context, page, assertClean, close } = await newJourney(browser);
    await signInViaApi(context, baseUrl, 'ent-admin');
    await page.goto(`${baseUrl}/me`);
    await visible(page.getByRole('heading', { level: 1, name: '我的空间' }));

    const section = page.getByRole('region', { name: '我授权的经办人', exact: true });
    const enterprise = section.getByRole('region', { name: DEMO_ENTERPRISE, exact: true });
    const rows = enterprise.locator('tbody tr');
    await visible(rows.filter({ hasText: '李四（lisi）' }).getByText('有效'));

    await enterprise.getByLabel('经办人用户名').fill('zhangsan');
    await enterprise.getByRole('radio', { name: '全部事项' }).check();
    await enterprise.getByLabel('有效期至').fill(nextYear());
    await enterprise.getByRole('button', { name: '授权', exact: true }).click();
    await visible(enterprise.getByRole('alert').filter({ hasText: '已授权张三' }));
    const zhangsan = rows.filter({ hasText: '张三（zhangsan）' });
    await visible(zhangsan.getByText('有效'));
    await visible(zhangsan.getByText('全部事项'));
    await assertAccessible(page, 'agents with zhangsan authorised');

    await zhangsan.getByRole('button', { name: '撤销张三的授权' }).click();
    await visible(zhangsan.getByText('已撤销'));
    await visible(rows.filter({ hasText: '李四（lisi）' }).getByText('有效'));
    await screenshot(page, 'identity-agents');
    await assertAccessible(page, 'agents after revoking');
    assertClean();
    await close();
  });
});
