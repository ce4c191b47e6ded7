// Single sign-on: a department system sends zhangsan to Tongban; Tongban asks him to sign in,
// shows which system asks for what, and on consent returns him with an authorisation code.
import { createHash, randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, visible } from '../support/checks.ts';
import { DEMO_PASSWORD, OFFICE_ADMIN_TOTP, signInViaApi } from '../support/identity.ts';
import { secondsLeftInStep } from '../support/totp.ts';

const baseUrl = inject('baseUrl');
const OPERATOR = { authorization: 'Bearer dev-insecure-admin-token' };
const REDIRECT_URI = 'http://127.0.0.1:9/cb'; // nothing listens: the journey only watches the redirect
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('single sign-on for a department system', () => {
  it('signs zhangsan in through Tongban’s own pages and returns a code on consent', async () => {
    const registered = await fetch(`${baseUrl}/api/v1/oidc-clients`, {
      method: 'POST',
      headers: { ...OPERATOR, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '不动产登记系统', redirectUris: [REDIRECT_URI] }),
    });
    expect(registered.status).toBe(201);
    const { clientId } = (await registered.json()) as { clientId: string };
    const verifier = randomBytes(32).toString('base64url');
    const authorize = new URL(`${baseUrl}/oidc/auth`);
    for (const [k, v] of Object.entries({
      client_id: clientId,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid profile tongban',
      state: 'journey',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }))
      authorize.searchParams.set(k, v);

    const { page, assertClean, close } = await newJourney(browser, {
      allowConsole: [/ERR_CONNECTION_REFUSED|net::ERR/],
    });
    await page.goto(authorize.href);
    // Not signed in yet: the consent page sends him through the login page and back.
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('用户名').fill('zhangsan');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(/\/oidc-login\?uid=/);
    await visible(page.getByText('“不动产登记系统”请求使用您的通办账号登录。'));
    await visible(page.getByText('登录身份：张三'));
    await screenshot(page, 'identity-sso-consent');
    await assertAccessible(page, 'single sign-on consent');

    const callback = page.waitForRequest((r) => r.url().startsWith(REDIRECT_URI));
    await page.getByRole('button', { name: '同意并登录' }).click();
    const returned = new URL((await callback).url());
    expect(returned.searchParams.get('state')).toBe('journey');
    expect(returned.searchParams.get('code')).toMatch(/^[\w-]{20,}$/);
    assertClean();
    await close();
  });

  it('lets the city-wide administrator register a system and shows its secret once', async () => {
    const { page, context, assertClean, close } = await newJourney(browser);
    // A TOTP code is accepted once per 30-s step: another journey may just have used this one.
    await signInViaApi(context, baseUrl, 'office-admin', OFFICE_ADMIN_TOTP).catch(async () => {
      await new Promise((resolve) => setTimeout(resolve, secondsLeftInStep() * 1000 + 500));
      await signInViaApi(context, baseUrl, 'office-admin', OFFICE_ADMIN_TOTP);
    });
    await page.goto(`${baseUrl}/admin/oidc-clients`);
    await visible(page.getByRole('heading', { level: 1, name: '统一身份认证接入系统' }));
    await visible(page.getByRole('cell', { name: '不动产登记系统' }));
    await page.getByLabel('系统名称').fill('社保业务系统');
    await page.getByLabel('回调地址').fill('https://si.example.gov.cn/callback');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await visible(page.getByText('已登记。请立即妥善保存客户端密钥，它不会再次显示。'));
    await visible(page.getByRole('cell', { name: '社保业务系统' }));
    await screenshot(page, 'identity-sso-admin');
    await assertAccessible(page, 'single sign-on clients');
    assertClean();
    await close();
  });
});
