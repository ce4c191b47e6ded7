// The applicant's side of case handling (issue #5): zhangsan applies online for 居住证申领 (河西区
// 公安分局: a shared-data ID card, a photo that may follow later, a lease for the "合法稳定住所"
// situation; city-wide, so he chooses where to pick up the result) through the wizard — guide,
// situation, pre-filled form, uploads, a saved draft, review, one submission despite a double
// click — and finds it in "my cases". On a 360 × 740 phone he applies again reusing both files
// with one click each, corrects and resubmits after a window clerk's one-time correction notice,
// and finally withdraws. lisi, acting for the demo enterprise, applies in its name. Every page:
// axe, screenshots, no console errors or CSP violations.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, scrollWidth, visible } from '../support/checks.ts';
import { DEMO_ENTERPRISE, signInViaApi } from '../support/identity.ts';
import {
  PNG,
  PDF,
  stepHeading,
  next,
  answer,
  completeForm,
  submit,
  upload,
  choosePickup,
  staffSession,
  staffAct,
  staffPost,
  myCasesOf,
} from '../support/case-journeys.ts';

const baseUrl = inject('baseUrl');
const ITEM = '居住证申领';
const AGENCY = 'hx-gafj';
const PHONE = { width: 360, height: 740 };

let browser: Browser;
let code: string;

beforeAll(async () => {
  browser = await launchBrowser();
  // The first search loads the tokenizer's dictionary: outside the journeys' timeouts.
  const response = await fetch(
    `${baseUrl}/api/v1/catalog/search?q=${encodeURIComponent(ITEM)}&agencyId=${AGENCY}&limit=10`,
    { signal: AbortSignal.timeout(120_000) },
  );
  const hits = ((await response.json()) as { items: { name: string; implementationCode: string }[] }).items;
  const hit = hits.find((h) => h.name === ITEM);
  if (!hit) throw new Error(`no ${ITEM} of ${AGENCY} in the demo catalog`);
  code = hit.implementationCode;
});
afterAll(async () => {
  await browser?.close();
});

describe('applicant on a desktop', () => {
  it('applies through the wizard, saves a draft, submits once and follows the case', async () => {
    const { context, page, assertClean, close } = await newJourney(browser);
    await signInViaApi(context, baseUrl, 'zhangsan');
    const before = (await myCasesOf(context)).length;

    // From the guide: "在线办理".
    await page.goto(`${baseUrl}/guides/${code}`);
    await visible(page.getByRole('heading', { level: 1, name: ITEM }));
    await page.getByRole('button', { name: '在线办理' }).first().click();
    await page.waitForURL(new RegExp(`/apply/${code}`));
    await stepHeading(page, '办事须知');
    await visible(page.getByText('申请人：张三（本人）'));
    await screenshot(page, 'cases-apply-1-guide');
    await assertAccessible(page, 'wizard: guide');

    // Situation: 合法稳定住所 needs the lease.
    await next(page, '选择情形');
    await page.getByRole('button', { name: '下一步' }).click();
    await visible(page.getByText('请回答全部问题后再继续。'));
    await answer(page, '您申领居住证的条件', '合法稳定住所');
    await answer(page, '业务类型', '首次申领');
    await visible(page.getByText(/已按您的情形确定所需材料/));
    await screenshot(page, 'cases-apply-2-situation');
    await assertAccessible(page, 'wizard: situation');

    // The form, pre-filled from the profile.
    await next(page, '填写申请表');
    await expect(page.getByTestId('case-form').getByLabel('申请人姓名').first().inputValue()).resolves.toBe(
      '张三',
    );
    await completeForm(page);
    await screenshot(page, 'cases-apply-3-form');
    await assertAccessible(page, 'wizard: form');

    // Materials: the ID card is fetched; the lease is required; the photo may follow (容缺).
    await next(page, '提交材料');
    await visible(
      page.getByRole('article', { name: '申请人居民身份证' }).getByText('免提交（系统自动调取）'),
    );
    await page.getByRole('button', { name: '下一步' }).click();
    await visible(page.getByText('这项材料必须提交。'));
    await upload(page, '房屋租赁合同（已登记备案）或不动产权证书', 'lease.pdf', PDF, 'application/pdf');
    await upload(page, '近期一寸白底免冠彩色照片', 'photo.png', PNG, 'image/png');
    await screenshot(page, 'cases-apply-4-materials');
    await assertAccessible(page, 'wizard: materials');

    // A draft at any step; the URL then resumes it.
    await page.getByRole('button', { name: '保存草稿' }).click();
    await visible(page.getByText(/草稿已保存/));
    await page.waitForURL(/draft=/);

    // Review: the city-wide pickup place.
    await next(page, '确认信息');
    await visible(page.getByTestId('review-materials').getByText(/lease\.pdf/));
    await page.getByRole('button', { name: '下一步' }).click();
    await visible(page.getByText('请选择出件地点。'));
    await choosePickup(page);
    await screenshot(page, 'cases-apply-5-review');
    await assertAccessible(page, 'wizard: review');

    // Submit: a double click files one case (the button is busy, and the key is the same).
    await next(page, '提交申请');
    await submit(page, 'dblclick');
    await visible(page.getByTestId('apply-submitted').getByText('已提交待受理'));
    await screenshot(page, 'cases-apply-6-submitted');
    await assertAccessible(page, 'wizard: submitted');
    const mine = await myCasesOf(context);
    // The draft became the case: one more than before, not two.
    expect(mine.length).toBe(before + 1);

    // My cases: the case with its status.
    await page.getByRole('link', { name: '我的办件' }).last().click();
    await page.waitForURL(/\/me\/cases$/);
    await visible(page.getByRole('heading', { level: 1, name: '我的办件' }));
    const row = page.getByTestId('my-cases').locator('tbody tr').filter({ hasText: ITEM }).first();
    await visible(row.getByText('已提交待受理'));
    await screenshot(page, 'cases-mine');
    await assertAccessible(page, 'my cases');

    // The case page: status, timeline, withdraw offered.
    await row.getByRole('link', { name: new RegExp(`^查看\\s*：${ITEM}$`) }).click();
    await page.waitForURL(/\/me\/cases\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { level: 1, name: ITEM }));
    await visible(page.getByTestId('case-timeline').getByText('提交申请'));
    // The applicant sees their own name in full in the timeline (names are masked only in lists).
    await visible(page.getByTestId('case-timeline').getByText('（张三）').first());
    await visible(page.getByRole('button', { name: '撤回申请' }));
    await screenshot(page, 'cases-detail');
    await assertAccessible(page, 'case page');

    // Once the window accepts it: the due dates, how they were counted, the notice to download.
    const caseId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const clerk = await staffSession(browser, 'clerk-hexi');
    await staffAct(clerk, caseId, { action: 'accept' });
    await clerk.close();
    await page.reload();
    await visible(page.getByTestId('case-status').first().getByText('已受理（审查中）'));
    const deadline = page.getByTestId('deadline');
    await visible(deadline.getByText('承诺办结日期'));
    await visible(deadline.getByText('法定办结日期'));
    const notice = page.getByTestId('case-documents').getByRole('link', { name: '受理通知书' });
    await visible(notice);
    const pdf = await context.request.get(`${baseUrl}${await notice.getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, 'cases-detail-accepted');
    await assertAccessible(page, 'case page, accepted');
    assertClean();
    await close();
  });
});

describe('applicant on a 360 px phone', () => {
  it('reuses earlier files, corrects and resubmits, then withdraws', async () => {
    const { context, page, assertClean, close } = await newJourney(browser, { viewport: PHONE });
    await signInViaApi(context, baseUrl, 'zhangsan');
    await page.goto(`${baseUrl}/apply/${code}?s.basis=home&s.kind=new`);
    await stepHeading(page, '办事须知');
    await visible(page.getByText('第 1 步，共 6 步'));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'cases-phone-1-guide');
    await assertAccessible(page, 'phone wizard: guide');

    await next(page, '选择情形');
    await visible(page.getByText(/已按您的情形确定所需材料/));
    await next(page, '填写申请表');
    await completeForm(page);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'cases-phone-3-form');
    await assertAccessible(page, 'phone wizard: form');

    // Both files from the desktop journey come back with one click each.
    await next(page, '提交材料');
    for (const material of ['房屋租赁合同（已登记备案）或不动产权证书', '近期一寸白底免冠彩色照片']) {
      const pick = page.getByRole('article', { name: material });
      await pick
        .getByRole('button', { name: new RegExp(`^复用文件 .* 作为“${material}”$`) })
        .first()
        .click();
      await visible(pick.getByText('已复用：'));
    }
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'cases-phone-4-reuse');
    await assertAccessible(page, 'phone wizard: materials reused');

    await next(page, '确认信息');
    await choosePickup(page);
    await next(page, '提交申请');
    await submit(page);
    await page.getByRole('link', { name: '查看办理进度' }).click();
    await page.waitForURL(/\/me\/cases\/[0-9a-f-]{36}$/);
    const caseId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await visible(page.getByRole('heading', { level: 1, name: ITEM }));

    // The window clerk asks for a correction (one-time notice naming the photo).
    const clerk = await staffSession(browser, 'clerk-hexi');
    await staffAct(clerk, caseId, {
      action: 'request-correction',
      items: [{ materialKey: 'photo', text: '照片背景不是白色，请重新上传白底照片' }],
    });
    await clerk.close();

    await page.reload();
    await visible(page.getByTestId('case-status').first().getByText('待补正'));
    const panel = page.getByTestId('resubmit-panel');
    await visible(panel.getByTestId('correction-items').getByText('照片背景不是白色，请重新上传白底照片'));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'cases-phone-5-correction');
    await assertAccessible(page, 'phone case: correction requested');
    const photo = panel.getByRole('article', { name: '近期一寸白底免冠彩色照片' });
    await photo.getByRole('button', { name: /^更换/ }).click();
    await photo.getByLabel('上传文件：近期一寸白底免冠彩色照片').setInputFiles({
      name: 'photo-white.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await visible(photo.getByText('已上传：'));
    await panel.getByRole('button', { name: '补正后重新提交' }).click();
    await visible(page.getByTestId('case-status').first().getByText('已提交待受理'));
    await visible(page.getByTestId('case-timeline').getByText('补正后重新提交'));

    // Withdraw, after a confirmation.
    await page.getByRole('button', { name: '撤回申请' }).click();
    const confirm = page.getByTestId('withdraw-confirm');
    await confirm.getByLabel('撤回原因（选填）').fill('已在窗口办理');
    await screenshot(page, 'cases-phone-6-withdraw');
    await assertAccessible(page, 'phone case: withdraw confirmation');
    await confirm.getByRole('button', { name: '确认撤回' }).click();
    await visible(page.getByTestId('case-status').first().getByText('已撤回'));
    await expect(page.getByRole('button', { name: '撤回申请' }).count()).resolves.toBe(0);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'cases-phone-7-withdrawn');
    await assertAccessible(page, 'phone case: withdrawn');

    // My cases on the phone, filtered by status, in elder mode.
    await page.goto(`${baseUrl}/me/cases?status=withdrawn`);
    await visible(page.getByTestId('my-cases').locator('tbody tr').filter({ hasText: ITEM }).first());
    await page.getByRole('button', { name: '打开导航菜单' }).click();
    const drawer = page.getByRole('dialog', { name: '导航菜单' });
    await drawer.getByRole('button', { name: '长辈模式' }).click();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await visible(page.getByTestId('my-cases').locator('tbody tr').filter({ hasText: ITEM }).first());
    // The whole page fits, the header too: in elder mode the signed-in person's name gives way
    // (the account button keeps it in its label) so the menu button stays on the screen.
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await visible(page.getByRole('button', { name: '账号菜单：张三' }));
    const menu = await page.getByRole('button', { name: '打开导航菜单' }).boundingBox();
    expect((menu?.x ?? Infinity) + (menu?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'cases-phone-8-mine-elder');
    await assertAccessible(page, 'phone my cases, elder mode');
    assertClean();
    await close();
  });
});

describe('a material missing at a window acceptance (容缺)', () => {
  it('is supplied online by reusing an earlier file', async () => {
    // At the window: zhangsan applies without his photo (basis "job": the labour contract comes
    // from shared data), the clerk accepts with the photo missing.
    const clerk = await staffSession(browser, 'clerk-hexi');
    const filed = await staffPost<{ id: string }>(
      clerk,
      '/api/v1/cases',
      {
        implementationCode: code,
        applicant: { idNumber: '120103198506123015' },
        channel: 'window',
        answers: { basis: 'job', kind: 'new' },
        formData: {
          applicant: {
            name: '张三',
            idType: 'resident-id',
            idNumber: '120103198506123015',
            phone: '13800000001',
            gender: '1',
            address: '天津市河西区友谊路 1 号',
            residenceSince: '2020-03-01',
          },
        },
        submit: true,
      },
      `e2e-window-${Date.now()}`,
    );
    await staffAct(clerk, filed.id, { action: 'accept', missingMaterials: ['photo'] });
    await clerk.close();

    const { context, page, assertClean, close } = await newJourney(browser);
    await signInViaApi(context, baseUrl, 'zhangsan');
    await page.goto(`${baseUrl}/me/cases/${filed.id}`);
    await visible(page.getByTestId('case-status').first().getByText('已受理（审查中）'));
    const panel = page.getByTestId('supplement-panel');
    await visible(panel.getByText(/请在 \d{4}-\d{2}-\d{2} 前补交以下材料/));
    await screenshot(page, 'cases-supplement');
    await assertAccessible(page, 'case page: materials to supply');
    const photo = panel.getByRole('article', { name: '近期一寸白底免冠彩色照片' });
    await photo
      .getByRole('button', { name: /^复用文件 / })
      .first()
      .click();
    await visible(photo.getByText('已复用：'));
    await panel.getByRole('button', { name: '提交补交材料' }).click();
    await visible(page.getByTestId('case-timeline').getByText('补交容缺材料'));
    await expect(page.getByTestId('supplement-panel').count()).resolves.toBe(0);
    await screenshot(page, 'cases-supplemented');
    await assertAccessible(page, 'case page: supplied');
    assertClean();
    await close();
  });
});

describe('an agent acting for an enterprise', () => {
  it('applies in the enterprise’s name on a phone', async () => {
    const { context, page, assertClean, close } = await newJourney(browser, { viewport: PHONE });
    await signInViaApi(context, baseUrl, 'lisi');
    const csrf = (await context.cookies()).find((c) => c.name === 'tb_csrf')?.value ?? '';
    const me = (await (await context.request.get(`${baseUrl}/api/v1/auth/me`)).json()) as {
      enterprises: { id: string; name: string }[];
    };
    const enterprise = me.enterprises.find((e) => e.name === DEMO_ENTERPRISE);
    if (!enterprise) throw new Error('lisi is not an agent of the demo enterprise');
    const switched = await context.request.put(`${baseUrl}/api/v1/auth/acting-for`, {
      headers: { 'X-CSRF-Token': csrf },
      data: { enterpriseId: enterprise.id },
    });
    expect(switched.ok()).toBe(true);
    const search = await context.request.get(
      `${baseUrl}/api/v1/catalog/search?q=${encodeURIComponent('食品经营许可')}&agencyId=hx-xzspj&limit=10`,
    );
    const hits = ((await search.json()) as { items: { name: string; implementationCode: string }[] }).items;
    const food = hits.find((h) => h.name === '食品经营许可');
    if (!food) throw new Error('no 食品经营许可 of hx-xzspj');

    await page.goto(`${baseUrl}/apply/${food.implementationCode}`);
    await stepHeading(page, '办事须知');
    await visible(page.getByText(`以“${DEMO_ENTERPRISE}”的名义申请（您是经办人）`));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'cases-enterprise-apply');
    await assertAccessible(page, 'phone wizard for an enterprise');
    await page.goto(`${baseUrl}/me/cases`);
    await visible(page.getByText(`“${DEMO_ENTERPRISE}”的申请和草稿（您是经办人）。`));
    await screenshot(page, 'cases-enterprise-mine');
    await assertAccessible(page, 'phone my cases for an enterprise');
    assertClean();
    await close();
  });
});

describe('my cases in English', () => {
  it('shows the list and the personal-space link in en-US', async () => {
    const { context, page, assertClean, close } = await newJourney(browser);
    await signInViaApi(context, baseUrl, 'zhangsan');
    await page.goto(`${baseUrl}/me`);
    await page.getByRole('group', { name: '语言' }).getByText('English', { exact: true }).click();
    await page.getByRole('link', { name: 'Open my cases' }).click();
    await page.waitForURL(/\/me\/cases$/);
    await visible(page.getByRole('heading', { level: 1, name: 'My cases' }));
    await visible(page.getByTestId('my-cases').getByText('Withdrawn').first());
    await screenshot(page, 'cases-mine-en');
    await assertAccessible(page, 'my cases en-US');
    assertClean();
    await close();
  });
});
