// Identity journeys of staff: office-admin signs in with a TOTP code computed here and manages
// staff accounts and roles; clerk-hexi signs in without a second factor and sees the workbench.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, visible } from '../support/checks.ts';
import { DEMO_PASSWORD, OFFICE_ADMIN_TOTP, freshTotp } from '../support/identity.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function fillStaffLogin(page: Page, username: string) {
  await visible(page.getByRole('heading', { level: 1, name: '工作人员登录' }));
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

async function signOut(page: Page, name: string) {
  await page.getByRole('button', { name: `账号菜单：${name}` }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(`${baseUrl}/workbench/login`);
  await visible(page.getByRole('link', { name: '登录' }));
}

describe('staff sign-in', () => {
  it('office-admin signs in with a TOTP code and manages staff accounts and roles', async () => {
    // The first attempt answers 401 SECOND_FACTOR_REQUIRED: the browser logs that status.
    const { page, assertClean, close } = await newJourney(browser, { allowConsole: [/status of 401/] });
    await page.goto(`${baseUrl}/admin/staff`);
    await page.waitForURL(/\/workbench\/login\?next=%2Fadmin%2Fstaff$/);
    await screenshot(page, 'identity-staff-login');
    await assertAccessible(page, 'staff login');
    await fillStaffLogin(page, 'office-admin');

    const code = page.getByLabel('动态验证码');
    await visible(code);
    await screenshot(page, 'identity-staff-totp');
    await assertAccessible(page, 'staff login, second factor');
    await code.fill(await freshTotp(OFFICE_ADMIN_TOTP));
    await page.getByRole('button', { name: '验证并登录' }).click();

    await page.waitForURL(`${baseUrl}/admin/staff`);
    await visible(page.getByRole('heading', { level: 1, name: '工作人员账号' }));
    const table = page.getByTestId('staff-table');
    await visible(table.getByRole('cell', { name: '刘晓', exact: true }));
    await visible(table.getByRole('cell', { name: '吴刚', exact: true }));
    await screenshot(page, 'identity-admin-staff');
    await assertAccessible(page, 'admin staff list');

    // Create a staff account in an inline panel, then grant and revoke a role.
    await page.getByRole('button', { name: '新建工作人员' }).click();
    const panel = page.getByRole('region', { name: '新建工作人员', exact: true });
    await panel.getByLabel('姓名').fill('测试窗口');
    await panel.getByLabel('用户名').fill('e2e-clerk');
    await panel.getByLabel('初始密码').fill('Window@2026x');
    await panel.getByLabel('所属部门编号').fill('hx-zwfwb');
    await panel.getByRole('button', { name: '创建' }).click();
    await visible(page.getByRole('alert').filter({ hasText: '已创建工作人员账号 测试窗口' }));
    await page.getByRole('link', { name: '管理角色：测试窗口' }).click();
    await visible(page.getByRole('heading', { level: 1, name: '工作人员：测试窗口' }));

    const grant = page.getByRole('region', { name: '授予角色', exact: true });
    await grant.getByRole('combobox', { name: '角色' }).click();
    await page.getByTitle('综合窗口受理人员', { exact: true }).click();
    await grant.getByLabel('服务网点编号（可选）').fill('zwfw-120103');
    await grant.getByRole('button', { name: '授予' }).click();
    const grants = page.getByRole('region', { name: '权限与范围', exact: true });
    await visible(grants.getByRole('cell', { name: '综合窗口受理人员' }));
    await screenshot(page, 'identity-admin-grant');
    await assertAccessible(page, 'admin staff detail');
    await grants.getByRole('button', { name: '收回' }).click();
    await visible(grants.getByText('尚未授予角色'));

    await page.goto(`${baseUrl}/admin/roles`);
    await visible(page.getByRole('cell', { name: '平台管理员' }));
    await visible(page.getByText('users.admin').first());
    await screenshot(page, 'identity-admin-roles');
    await assertAccessible(page, 'admin roles');

    await signOut(page, '吴刚');
    assertClean();
    await close();
  });

  it('clerk-hexi signs in without a second factor and sees the workbench with their grants', async () => {
    const { page, assertClean, close } = await newJourney(browser);
    await page.goto(`${baseUrl}/workbench`);
    await page.waitForURL(/\/workbench\/login\?next=%2Fworkbench$/);
    await fillStaffLogin(page, 'clerk-hexi');
    await page.waitForURL(`${baseUrl}/workbench`);
    const card = page.getByTestId('staff-card');
    await visible(card.getByText('刘晓', { exact: true }));
    await visible(card.getByText('case.accept'));
    await visible(card.getByText('SL01'));
    expect(await page.getByRole('button', { name: '账号菜单：刘晓' }).count()).toBe(1);
    await screenshot(page, 'identity-workbench-clerk');
    await assertAccessible(page, 'workbench of the clerk');

    await signOut(page, '刘晓');
    // Signed out, the workbench sends the visitor back to the staff sign-in.
    await page.goto(`${baseUrl}/workbench`);
    await page.waitForURL(/\/workbench\/login/);
    assertClean();
    await close();
  });
});
