// Identity journeys of a person: a wrong password, signing in as lisi, switching to the enterprise
// that authorised lisi and back, the personal space with its sessions, and signing out.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, scrollWidth, visible } from '../support/checks.ts';
import { DEMO_ENTERPRISE, DEMO_PASSWORD, signInViaApi } from '../support/identity.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function fillLogin(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

describe('person sign-in and identity switch', () => {
  it('shows the Chinese problem title for a wrong password', async () => {
    const { page, assertClean, close } = await newJourney(browser, { allowConsole: [/status of 401/] });
    await page.goto(`${baseUrl}/login`);
    await visible(page.getByRole('heading', { level: 1, name: '用户登录' }));
    await fillLogin(page, 'zhangsan', 'not-the-password');
    await visible(page.getByRole('alert').filter({ hasText: '用户名或密码错误' }));
    expect(page.url()).toContain('/login');
    await screenshot(page, 'identity-login-wrong-password');
    await assertAccessible(page, 'login error');

    // In English, the same problem shows its English title.
    await page.getByRole('group', { name: '语言' }).getByText('English', { exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
    await page.getByLabel('Password', { exact: true }).fill('still-not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await visible(page.getByRole('alert').filter({ hasText: 'Wrong username or password' }));
    await screenshot(page, 'identity-login-wrong-password-en');
    assertClean();
    await close();
  });

  it('signs lisi in, switches to the enterprise and back, lists the sessions, signs out', async () => {
    // lisi is also signed in elsewhere (another browser): that session can be ended from /me.
    const elsewhere = await browser.newContext();
    await signInViaApi(elsewhere, baseUrl, 'lisi');
    const { page, assertClean, close } = await newJourney(browser);
    // The personal space needs a session: the guard sends the visitor to sign in and back.
    await page.goto(`${baseUrl}/me`);
    await page.waitForURL(/\/login\?next=%2Fme$/);
    await screenshot(page, 'identity-login');
    await assertAccessible(page, 'login page');
    await fillLogin(page, 'lisi', DEMO_PASSWORD);
    await page.waitForURL(`${baseUrl}/me`);
    await visible(page.getByRole('heading', { level: 1, name: '我的空间' }));
    await visible(page.getByRole('button', { name: /账号菜单：李四/ }));

    const bar = page.getByTestId('identity-bar');
    await visible(bar.getByText('以 李四 身份办事'));
    await screenshot(page, 'identity-self');

    await bar.getByRole('radio', { name: DEMO_ENTERPRISE }).click();
    await visible(bar.getByText(`以 ${DEMO_ENTERPRISE} 身份办事`));
    const enterprises = page.getByRole('region', { name: '可代办的企业', exact: true });
    await visible(enterprises.getByText('当前办事身份'));
    // ent-admin authorised lisi until 2027-12-31T16:00Z, midnight in Tianjin.
    await visible(enterprises.getByText(/2028年1月1日/));
    await screenshot(page, 'identity-enterprise');
    await assertAccessible(page, 'acting for the enterprise');

    // The choice belongs to the session: it survives a reload.
    await page.reload();
    await visible(page.getByTestId('identity-bar').getByText(`以 ${DEMO_ENTERPRISE} 身份办事`));
    await page.getByTestId('identity-bar').getByRole('radio', { name: '李四（个人）' }).click();
    await visible(page.getByTestId('identity-bar').getByText('以 李四 身份办事'));
    await screenshot(page, 'identity-back-to-self');

    const sessions = page.getByTestId('session-table');
    await visible(sessions.getByText('当前会话'));
    const rows = sessions.locator('tbody tr');
    const before = await rows.count();
    expect(before).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'identity-me');
    await assertAccessible(page, 'personal space');
    await rows.getByRole('button', { name: '注销该会话' }).first().click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="session-table"] tbody tr').length === n,
      before - 1,
    );
    await visible(sessions.getByText('当前会话'));
    await elsewhere.close();

    await page.getByRole('button', { name: /账号菜单：李四/ }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await visible(page.getByRole('link', { name: '登录' }));
    expect(await page.getByTestId('identity-bar').count()).toBe(0);
    assertClean();
    await close();
  });

  it('fits 360 px: the sign-in page and the personal space', async () => {
    const viewport = { width: 360, height: 740 };
    const { page, assertClean, close } = await newJourney(browser, { viewport });
    await page.goto(`${baseUrl}/login`);
    await visible(page.getByRole('heading', { level: 1, name: '用户登录' }));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, 'identity-mobile-login');
    await assertAccessible(page, 'mobile login');

    await fillLogin(page, 'lisi', DEMO_PASSWORD);
    await page.waitForURL(`${baseUrl}/me`);
    await visible(page.getByTestId('session-table').getByText('当前会话'));
    await visible(page.getByTestId('identity-bar').getByText('以 李四 身份办事'));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, 'identity-mobile-me');
    await assertAccessible(page, 'mobile personal space');
    assertClean();
    await close();
  });
});
