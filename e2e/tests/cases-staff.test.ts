// Staff case journeys (issue #5): clerk-hexi files a walk-in 即办 case for zhangsan at the window
// of zwfw-120103 (one material scanned, one checked on paper) and concludes it on the spot; clerk-hexi accepts an enterprise's food business
// licence with 容缺 and scans the missing material in when it is brought; reviewer-hxsp signs in at the staff login, finds
// the case in the agency-wide queue, passes the review and approves it. Screenshots and axe on
// every page; the queue also at 360 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, scrollWidth, visible } from '../support/checks.ts';
import { citizenId, DEMO_PASSWORD, signInViaApi } from '../support/identity.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

/** zhangsan's citizen ID, computed as server/src/modules/identity/demo-accounts.ts does. */
const ZHANGSAN_ID = citizenId('12010319850612301');

/** GB 32100 check character, as server/src/platform/identifiers/uscc.ts computes it. */
function uscc(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(first17[i]!) * weights[i]!;
  return first17 + alphabet[(31 - (sum % 31)) % 31]!;
}
/** 天津通办示范科技有限公司 (DEMO_ENTERPRISE). */
const DEMO_USCC = uscc('91120103MA0TB2026');

/** A small PDF standing in for a scanned paper material. */
const SCAN = {
  name: 'scan.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
};

const CASE_URL = /\/workbench\/cases\/[0-9a-f-]{36}$/;
let foodCaseNumber = '';

beforeAll(async () => {
  browser = await launchBrowser();
  // The first search loads the tokenizer's dictionary: warm it up outside the journeys' timeouts.
  await fetch(`${baseUrl}/api/v1/catalog/search?q=${encodeURIComponent('食品')}&limit=1`, {
    signal: AbortSignal.timeout(120_000),
  });
});
afterAll(async () => {
  await browser?.close();
});

async function findApplicant(page: Page, kind: 'person' | 'enterprise', value: string) {
  if (kind === 'enterprise') await page.getByText('统一社会信用代码（企业）').click();
  await page.getByLabel(kind === 'person' ? '公民身份号码' : '统一社会信用代码', { exact: true }).fill(value);
  await page.getByRole('button', { name: '查找' }).click();
  await visible(page.getByTestId('applicant-found'));
}

/** Picks the implementation of `name` by the 河西 agency among the search hits. */
async function pickItem(page: Page, query: string, name: string) {
  await page.getByLabel('搜索事项名称或关键字').fill(query);
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await page
    .getByRole('button', { name: new RegExp(`^选择：${name}（天津市河西区`) })
    .first()
    .click();
  await page.waitForURL(/[?&]item=/);
  await visible(page.getByTestId('item-picked'));
}

async function answer(page: Page, option: string, param: RegExp) {
  await page.getByText(option, { exact: true }).click();
  await page.waitForURL(param);
}

/** Attaches a scan to a checklist row (optional: a row received without one is checked on paper). */
async function scan(page: Page, material: string) {
  await page.getByTestId('material-checklist').getByLabel(`上传 ${material} 的扫描件`).setInputFiles(SCAN);
}

/** Fills the application form's text fields by their labels. */
async function fillForm(page: Page, fields: [string, string][]) {
  const form = page.getByTestId('case-form');
  for (const [label, value] of fields) await form.getByLabel(label).first().fill(value);
}

async function act(page: Page, action: string) {
  const panel = page.getByTestId('case-actions');
  await panel.getByRole('button', { name: action, exact: true }).click();
  await panel.getByRole('button', { name: `确认${action}` }).click();
  // The outcome: 已执行 on success, else the server's problem (shown in full when the test fails).
  const outcome = panel.getByRole('alert').first();
  await visible(outcome);
  expect(await outcome.innerText()).toContain(`已执行：${action}`);
}

async function pdfOpens(page: Page, link: string) {
  const href = await page.getByRole('link', { name: link }).first().getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.context().request.get(`${baseUrl}${href}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
}

describe('staff case handling', () => {
  it('clerk-hexi files a walk-in 即办 case for zhangsan and concludes it on the spot', async () => {
    // A second, stale tab acts on purpose after the case moved on: the browser logs the 409.
    const { page, context, assertClean, close } = await newJourney(browser, {
      allowConsole: [/status of 409/],
    });
    await signInViaApi(context, baseUrl, 'clerk-hexi');
    await page.goto(`${baseUrl}/workbench`);
    await page
      .getByTestId('case-shortcuts')
      .getByRole('link', { name: /窗口综合受理/ })
      .click();
    await page.waitForURL(`${baseUrl}/workbench/cases/new`);
    await visible(page.getByRole('heading', { level: 1, name: '窗口综合受理' }));
    await screenshot(page, 'cases-staff-new');
    await assertAccessible(page, 'window acceptance, empty');

    // A wrong check digit is caught before anything is sent.
    await page
      .getByLabel('公民身份号码', { exact: true })
      .fill(ZHANGSAN_ID.slice(0, 17) + (ZHANGSAN_ID[17] === '1' ? '2' : '1'));
    await page.getByRole('button', { name: '查找' }).click();
    await visible(page.getByText('末位校验码不符'));
    await findApplicant(page, 'person', ZHANGSAN_ID);
    expect(await page.getByTestId('applicant-found').innerText()).not.toContain(ZHANGSAN_ID);

    await pickItem(page, '个体工商户', '个体工商户设立登记');
    await answer(page, '个人经营', /s\.operator=person/);
    await answer(page, '实体店铺', /s\.premises=shop/);
    const checklist = page.getByTestId('material-checklist');
    await visible(checklist.getByText('经营场所使用证明'));
    // Only the implementation's materials for this situation: not the online shop's.
    expect(await checklist.getByText('网络经营场所（网店）信息').count()).toBe(0);
    await scan(page, '个体工商户登记（备案）申请书');
    // The premises certificate is received on paper: no scan, the clerk checked the original.
    await fillForm(page, [
      ['经营者姓名', '张三'],
      ['经营者身份证件号码', ZHANGSAN_ID],
      ['联系电话', '13800000001'],
      ['经营场所', '天津市河西区友谊路1号'],
      ['经营范围', '日用百货零售'],
    ]);
    await screenshot(page, 'cases-staff-new-checklist');
    await assertAccessible(page, 'window acceptance, checklist');

    await page.getByRole('button', { name: '登记并提交，进入受理' }).click();
    await page.waitForURL(CASE_URL);
    await visible(page.getByTestId('case-status').getByText('已提交待受理'));
    const materials = page.getByTestId('case-materials');
    await visible(materials.getByRole('row').filter({ hasText: '经营场所使用证明' }).getByText('纸质核验'));
    await visible(
      materials
        .getByRole('row')
        .filter({ hasText: '个体工商户登记（备案）申请书' })
        .getByRole('link', { name: /预览/ }),
    );
    await screenshot(page, 'cases-staff-submitted');
    await assertAccessible(page, 'case detail, submitted');

    // A second tab still shows the case as submitted.
    const stale = await context.newPage();
    await stale.goto(page.url());
    await visible(stale.getByTestId('case-status').getByText('已提交待受理'));

    await act(page, '即来即办（受理并办结）');
    await visible(page.getByTestId('case-status').getByText('已办结'));
    const documents = page.getByTestId('case-documents');
    await visible(documents.getByRole('link', { name: /受理通知书/ }));
    await visible(page.getByTestId('case-timeline').getByText('即来即办（受理并办结）'));
    await pdfOpens(page, '打开 受理通知书（PDF）');
    await screenshot(page, 'cases-staff-concluded');
    await assertAccessible(page, 'case detail, concluded on the spot');

    // The stale tab tries to accept: the server refuses (409), the panel says what is allowed now
    // and reloads the case.
    const stalePanel = stale.getByTestId('case-actions');
    await stalePanel.getByRole('button', { name: '受理', exact: true }).click();
    await stalePanel.getByRole('button', { name: '确认受理' }).click();
    await visible(stalePanel.getByText(/办件已变化.*当前可执行：送达/));
    await visible(stale.getByTestId('case-status').getByText('已办结'));
    expect(await stalePanel.getByRole('button', { name: '受理', exact: true }).count()).toBe(0);
    await screenshot(stale, 'cases-staff-conflict');
    await assertAccessible(stale, 'case detail, conflict');
    await stale.close();
    assertClean();
    await close();
  });

  it('clerk-hexi accepts an enterprise food business licence with 容缺', async () => {
    const { page, context, assertClean, close } = await newJourney(browser);
    await signInViaApi(context, baseUrl, 'clerk-hexi');
    await page.goto(`${baseUrl}/workbench/cases/new`);
    await findApplicant(page, 'enterprise', DEMO_USCC);
    await pickItem(page, '食品经营许可', '食品经营许可');
    await answer(page, '新办（首次申请）', /s\.kind=new/);
    await answer(page, '餐饮服务经营者（饭店、小吃店、奶茶店等）', /s\.category=catering/);

    const checklist = page.getByTestId('material-checklist');
    const layout = checklist.getByRole('row').filter({ hasText: '主要设备设施布局' });
    await layout.getByText('缺（容缺）').click();
    expect(await layout.getByRole('radio', { name: '缺（容缺）' }).isChecked()).toBe(true);
    // A material that may not be supplied later offers no 容缺.
    const application = checklist.getByRole('row').filter({ hasText: '食品经营许可申请书' });
    expect(await application.getByText('缺（容缺）').count()).toBe(0);
    await scan(page, '食品经营许可申请书（变更、延续、注销申请书）');
    await scan(page, '经营场所使用证明');
    await scan(
      page,
      '食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度',
    );
    await fillForm(page, [
      ['企业（市场主体）名称', '天津通办示范科技有限公司'],
      ['统一社会信用代码', DEMO_USCC],
      ['法定代表人（负责人、经营者）姓名', '王五'],
      ['住所（主要经营场所）', '天津市河西区友谊路2号'],
      ['企业联系人', '李四'],
      ['联系人手机号码', '13800000002'],
      ['经营场所地址', '天津市河西区友谊路2号一层'],
      ['经营场所面积（平方米）', '80'],
      ['经营项目（食品类别）', '热食类食品制售'],
      ['食品安全管理人员', '李四'],
    ]);
    await page.getByTestId('case-form').getByText('餐饮服务', { exact: true }).click();
    await screenshot(page, 'cases-staff-food-checklist');
    await assertAccessible(page, 'window acceptance, food licence');

    await page.getByRole('button', { name: '登记并提交，进入受理' }).click();
    await page.waitForURL(CASE_URL);
    const panel = page.getByTestId('case-actions');
    await panel.getByRole('button', { name: '受理', exact: true }).click();
    // The material marked missing at the window is ticked for 容缺.
    const form = page.getByTestId('action-form-accept');
    expect(await form.getByRole('checkbox', { name: /主要设备设施布局/ }).isChecked()).toBe(true);
    await screenshot(page, 'cases-staff-accept-form');
    await assertAccessible(page, 'accept form with deficiency');
    await form.getByRole('button', { name: '确认受理' }).click();
    await visible(panel.getByText('已执行：受理'));
    await visible(page.getByTestId('case-status').getByText('已受理（审查中）'));
    await visible(page.getByText(/待补交材料：.*主要设备设施布局/));
    await visible(page.getByTestId('case-documents').getByRole('link', { name: /通知书/ }));
    await visible(page.getByTestId('case-deadline').getByText('受理日（不计入期限）'));
    foodCaseNumber = (await page.getByTestId('case-title').innerText()).replace(/^办件\s*/, '').trim();
    expect(foodCaseNumber).not.toBe('');
    await screenshot(page, 'cases-staff-accepted');
    await assertAccessible(page, 'case detail, accepted with deficiency');

    // The applicant brings the missing plan back before the deadline: the clerk scans it in.
    await panel.getByRole('button', { name: '补交容缺材料', exact: true }).click();
    await page
      .getByTestId('action-form-supplement')
      .getByLabel('与食品经营相适应的主要设备设施布局、操作流程等文件 的文件')
      .setInputFiles(SCAN);
    await page.getByRole('button', { name: '确认补交容缺材料' }).click();
    await visible(panel.getByText('已执行：补交容缺材料'));
    expect(await page.getByText(/待补交材料：/).count()).toBe(0);
    await visible(page.getByTestId('case-materials').getByText('已补交'));
    assertClean();
    await close();
  });

  it('reviewer-hxsp finds the case in the agency-wide queue, passes the review and approves', async () => {
    expect(foodCaseNumber, 'the previous journey accepted a case').not.toBe('');
    const { page, assertClean, close } = await newJourney(browser);
    await page.goto(`${baseUrl}/workbench/cases`);
    await page.waitForURL(/\/workbench\/login\?next=%2Fworkbench%2Fcases$/);
    await page.getByLabel('用户名').fill('reviewer-hxsp');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(`${baseUrl}/workbench/cases`);
    await visible(page.getByRole('heading', { level: 1, name: '办件队列' }));
    // Without a venue of their own, back-office staff see their agency's cases.
    expect(await page.getByRole('radio', { name: '全部门（首席代表）' }).isChecked()).toBe(true);
    const queue = page.getByTestId('case-queue');
    const link = queue.getByRole('link', { name: foodCaseNumber, exact: true });
    await visible(link);
    // Urgency is told in words as well as colour.
    await visible(queue.getByText(/^(绿|黄|红) · /).first());
    await screenshot(page, 'cases-staff-queue');
    await assertAccessible(page, 'case queue, agency-wide');

    await link.click();
    await page.waitForURL(CASE_URL);
    await visible(page.getByTestId('case-status').getByText('已受理（审查中）'));
    const panel = page.getByTestId('case-actions');
    await panel.getByRole('button', { name: '审查通过', exact: true }).click();
    await page.getByTestId('action-form-review-pass').getByLabel('意见（可选）').fill('材料齐全，符合条件');
    await panel.getByRole('button', { name: '确认审查通过' }).click();
    await visible(page.getByTestId('case-status').getByText('审查通过待决定'));
    await screenshot(page, 'cases-staff-reviewed');
    await assertAccessible(page, 'case detail, reviewed');

    await act(page, '准予许可');
    await visible(page.getByTestId('case-status').getByText('已办结'));
    await visible(page.getByTestId('case-documents').getByRole('link', { name: /准予行政许可决定书/ }));
    await pdfOpens(page, '打开 准予行政许可决定书（PDF）');
    await visible(page.getByTestId('case-timeline').getByText('材料齐全，符合条件'));
    await screenshot(page, 'cases-staff-approved');
    await assertAccessible(page, 'case detail, approved');

    // The same page in English.
    await page.getByText('English', { exact: true }).first().click();
    await visible(page.getByRole('heading', { level: 1, name: `Case ${foodCaseNumber}` }));
    await visible(page.getByTestId('case-status').getByText('Concluded'));
    await visible(page.getByRole('heading', { level: 2, name: 'Timeline' }));
    await screenshot(page, 'cases-staff-approved-en');
    await assertAccessible(page, 'case detail, approved, in English');
    assertClean();
    await close();
  });

  it('the queue is usable at 360 px', async () => {
    const { page, context, assertClean, close } = await newJourney(browser, {
      viewport: { width: 360, height: 780 },
    });
    await signInViaApi(context, baseUrl, 'clerk-hexi');
    await page.goto(`${baseUrl}/workbench/cases`);
    await visible(page.getByRole('heading', { level: 1, name: '办件队列' }));
    await visible(page.getByTestId('case-queue'));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    await screenshot(page, 'cases-staff-queue-360');
    await assertAccessible(page, 'case queue at 360 px');
    await page.goto(`${baseUrl}/workbench/cases/new`);
    await visible(page.getByRole('heading', { level: 1, name: '窗口综合受理' }));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    await screenshot(page, 'cases-staff-new-360');
    assertClean();
    await close();
  });
});
