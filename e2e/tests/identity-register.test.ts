// Registration: phone → SMS code (read from the development adapter's log line) → details; the
// new level-1 account is signed in, verifies against the base registry and reaches level 2.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, visible } from '../support/checks.ts';
import { citizenId, smsCodeFromLog } from '../support/identity.ts';

const baseUrl = inject('baseUrl');
const serverLog = inject('serverLog');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('registration', () => {
  // The code is only readable from the log of a server this run started.
  it.skipIf(!serverLog)('registers 赵六 with an SMS code and verifies the real name', async () => {
    const { page, assertClean, close } = await newJourney(browser);
    const phone = '13900006666';
    await page.goto(`${baseUrl}/register`);
    await visible(page.getByRole('heading', { level: 1, name: '注册个人账号' }));
    await page.getByLabel('手机号').fill('123');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await visible(page.getByText('请输入 11 位手机号'));
    await page.getByLabel('手机号').fill(phone);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await visible(page.getByText(/验证码已发送/));
    await screenshot(page, 'identity-register');
    await assertAccessible(page, 'registration');

    await page.getByLabel('短信验证码').fill(await smsCodeFromLog(serverLog, phone));
    await page.getByLabel('姓名').fill('赵六');
    // A wrong check character is caught before anything is sent.
    await page.getByLabel('居民身份证号码').fill('120105199201015020');
    await page.getByLabel('用户名').fill('zhaoliu');
    await page.getByLabel('密码', { exact: true }).fill('Zhaoliu2026');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await visible(page.getByText(/校验位不正确/));
    await page.getByLabel('居民身份证号码').fill(citizenId('12010519920101502'));
    await page.getByRole('button', { name: '注册', exact: true }).click();

    await page.waitForURL(`${baseUrl}/me`);
    const profile = page.getByRole('region', { name: '个人信息', exact: true });
    await visible(profile.getByText('一级实名（自行声明）'));
    await profile.getByRole('button', { name: '核验实名' }).click();
    await visible(profile.getByText('二级实名（已核验）'));
    expect(await profile.getByRole('button', { name: '核验实名' }).count()).toBe(0);
    await screenshot(page, 'identity-register-verified');
    await assertAccessible(page, 'registered personal space');
    assertClean();
    await close();
  });
});
