// Catalog administration journeys: catalog-admin creates an implementation draft of a demo basic
// item, edits the basics, adds a material, builds the form from two data elements (live @rjsf
// preview under the strict CSP), saves, runs the rule check (failures, shown next to the fields
// too), fixes them and submits; office-admin (TOTP) finds it in the review queue, approves and
// publishes it (生效中); catalog-admin opens version 2, meets the unsaved-changes guard, is refused
// a submission with a broken rule (422, the same report), fixes it and compares the two versions. Axe and screenshots on the list, every editor tab and the queue.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, visible } from '../support/checks.ts';
import { OFFICE_ADMIN_TOTP, signInViaApi } from '../support/identity.ts';

const baseUrl = inject('baseUrl');
const ITEM = '仅销售预包装食品备案';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Picks an option of an antd Select: types into its search box and clicks the option. */
async function pick(page: Page, combobox: ReturnType<Page['getByRole']>, search: string, option: string) {
  await combobox.click();
  await combobox.fill(search);
  await page.getByTitle(option, { exact: true }).click();
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  await visible(page.getByRole('tabpanel', { name }));
}

describe('catalog administration', () => {
  it('drafts, checks, submits, approves, publishes and compares an implementation', async () => {
    // The 400 (malformed id) and 422 (rules) answers are provoked on purpose.
    const editor = await newJourney(browser, { allowConsole: [/status of 400/, /status of 422/] });
    const page = editor.page;
    await signInViaApi(editor.context, baseUrl, 'catalog-admin');

    // The list, with filters, and the panel that creates a draft.
    await page.goto(`${baseUrl}/admin/catalog`);
    await visible(page.getByRole('heading', { level: 1, name: '实施清单管理' }));
    await visible(page.getByTestId('catalog-table').getByRole('row').nth(1));
    await page.getByLabel('关键字').fill('预包装');
    await visible(page.getByTestId('catalog-table').getByRole('cell', { name: ITEM }));
    await screenshot(page, 'catalog-admin-list');
    await assertAccessible(page, 'catalog admin list');

    await page.getByRole('button', { name: '新建实施清单' }).click();
    const panel = page.getByRole('region', { name: '新建实施清单' });
    await pick(
      page,
      panel.getByRole('combobox', { name: '基本目录事项' }),
      '预包装',
      `${ITEM}（000127005100）`,
    );
    await pick(
      page,
      panel.getByRole('combobox', { name: '实施部门' }),
      '市场监督',
      '天津市市场监督管理委员会',
    );
    await panel.getByLabel('区划代码').fill('120000');
    await screenshot(page, 'catalog-admin-new');
    await assertAccessible(page, 'catalog admin new implementation');
    await panel.getByRole('button', { name: '创建草稿' }).click();
    const created = page.getByRole('link', { name: /^已创建实施清单 \d+/ });
    await visible(created);
    const code = /实施清单 (\w+)/.exec((await created.textContent()) ?? '')?.[1];
    expect(code).toMatch(/^[0-9A-Z]{18}\d{6}$/);
    await created.click();

    // The detail: version 1 is a draft; open the editor.
    await visible(page.getByRole('heading', { level: 1, name: `${ITEM}（${code}）` }));
    const versions = page.getByTestId('versions-table');
    await visible(versions.getByText('草稿'));
    await page.getByRole('link', { name: '编辑：第 1 版' }).click();
    await visible(page.getByRole('heading', { level: 1, name: `编辑实施清单：${ITEM}（第 1 版）` }));

    // 基本信息: phones and the result.
    await page.getByLabel('咨询电话').fill('022-88908890');
    await page.getByLabel('监督投诉电话').fill('12345');
    await page.getByLabel('结果名称').fill('食品经营备案信息采集表');
    const keywords = page.getByRole('combobox', { name: '检索关键词' });
    await keywords.fill('卖预包装食品');
    await keywords.press('Enter');
    await visible(page.locator('.ant-select-selection-item').filter({ hasText: '卖预包装食品' }));
    await screenshot(page, 'catalog-admin-editor-basics');
    await assertAccessible(page, 'editor: basics');

    // 情形: a question with two options.
    await openTab(page, '情形');
    await page.getByRole('button', { name: '添加问题' }).click();
    const question = page.getByRole('group', { name: '问题 1' });
    await question.getByLabel('问题', { exact: true }).fill('是否首次备案');
    for (const label of ['是', '否']) {
      await question.getByRole('button', { name: '添加选项' }).click();
      await question
        .getByRole('group', { name: /^选项 \d$/ })
        .last()
        .getByLabel('选项文字')
        .fill(label);
    }
    await screenshot(page, 'catalog-admin-editor-situations');
    await assertAccessible(page, 'editor: situations');

    // 申请材料: one material, its acceptance standard still missing, needed on a first filing only.
    await openTab(page, '申请材料');
    await page.getByRole('button', { name: '添加材料' }).click();
    const material = page.getByRole('group', { name: '材料 1' });
    await material.getByLabel('材料名称').fill('营业执照');
    await material.getByRole('button', { name: '添加适用条件' }).click();
    await material.getByRole('combobox', { name: '的回答为' }).click();
    await page.getByTitle('是', { exact: true }).click();
    await material.getByText('适用情形', { exact: true }).click(); // closes the drop-down
    await page.locator('.ant-select-dropdown-hidden').first().waitFor({ state: 'attached' });
    await visible(material.getByRole('group', { name: '适用情形' }).getByText('是否首次备案'));
    await assertAccessible(page, 'editor: materials');
    // A malformed local id: the save answers 400 and the problem shows at the field and in a list.
    await material.getByLabel('标识').fill('Bad Id');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await visible(page.getByTestId('save-problems').getByText('materials.0.id'));
    await visible(material.locator('.ant-form-item-has-error').filter({ has: page.getByLabel('标识') }));
    await material.getByLabel('标识').fill('m-1');

    // 申请表: two data elements picked; the preview renders both.
    await openTab(page, '申请表');
    const picker = page.getByRole('combobox', { name: '添加字段' });
    await pick(page, picker, '申请人姓名', '申请人姓名 · applicant.name');
    await pick(page, picker, '性别', '性别 · applicant.gender');
    await page.getByRole('switch', { name: '必填：申请人姓名 · applicant.name' }).click();
    const preview = page.getByTestId('preview');
    await visible(preview.getByText('申请人信息'));
    const nameInput = preview.getByLabel(/申请人姓名/);
    await visible(nameInput);
    await visible(preview.getByText('性别'));
    // The preview validates with the CSP-safe validator: the required name, left empty, is flagged.
    await nameInput.fill('张三');
    await nameInput.fill('');
    await nameInput.blur();
    await visible(preview.getByText('必填'));
    await screenshot(page, 'catalog-admin-editor-form');
    await assertAccessible(page, 'editor: form builder');
    await page.getByRole('tab', { name: '高级' }).click();
    const schemaText = page.getByLabel('表单结构 form.schema（JSON Schema）');
    await visible(schemaText);
    const schemaJson = await schemaText.inputValue();
    expect(schemaJson).toContain('"applicant"');
    await schemaText.fill('{"type": "object",');
    await visible(page.getByText(/^JSON 格式错误/));
    await schemaText.fill(schemaJson);
    await page.getByText(/^JSON 格式错误/).waitFor({ state: 'detached' }); // let the message fade out
    await assertAccessible(page, 'editor: form, advanced');

    for (const tab of ['办理流程', '时限与收费', '办理形式与标志', '受理场所']) {
      await openTab(page, tab);
      await assertAccessible(page, `editor: ${tab}`);
    }
    await screenshot(page, 'catalog-admin-editor-venues');

    await page.getByRole('button', { name: '保存', exact: true }).click();
    await visible(page.getByRole('alert').filter({ hasText: '已保存' }));

    // The rule check lists every failure; the problems also show at their fields.
    await page.getByRole('button', { name: '检查发布规则' }).click();
    const report = page.getByTestId('rule-report');
    await visible(report.getByText('handling-mode'));
    await visible(report.getByText('completeness').first());
    await visible(report.getByText('办理流程不能为空'));
    await visible(report.getByText('material-source'));
    await screenshot(page, 'catalog-admin-rules-failed');
    await openTab(page, '申请材料');
    await visible(material.getByText('受理标准不能为空'));

    // Fix: the acceptance standard, "required in some situations", a step, an online handling mode.
    await material.getByLabel('受理标准').fill('在有效期内，与原件一致');
    await material.getByRole('combobox', { name: '是否必要' }).click();
    await page.getByTitle('情形必要（situational）', { exact: true }).click();
    await openTab(page, '办理流程');
    await page.getByRole('button', { name: '添加环节' }).click();
    await page.getByRole('group', { name: '环节 1' }).getByLabel('环节名称').fill('受理');
    await openTab(page, '办理形式与标志');
    await page.getByRole('checkbox', { name: '电脑端网上办理' }).check();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await visible(page.getByRole('alert').filter({ hasText: '已保存' }));
    await page.getByRole('button', { name: '检查发布规则' }).click();
    await visible(page.getByText('全部发布规则通过'));

    // Submit from the detail page.
    await page.getByRole('link', { name: '返回实施清单' }).click();
    await page.getByRole('button', { name: '提交审核', exact: true }).click();
    await visible(page.getByText('已完成：提交审核'));
    await visible(versions.getByText('已提交'));
    // catalog-admin only edits: withdrawing is offered, approving is not.
    await visible(page.getByRole('button', { name: '撤回', exact: true }));
    expect(await page.getByRole('button', { name: '审核通过', exact: true }).count()).toBe(0);
    editor.assertClean();

    // office-admin (another person: four-eyes) reviews, approves and publishes.
    const reviewer = await newJourney(browser);
    const rpage = reviewer.page;
    await signInViaApi(reviewer.context, baseUrl, 'office-admin', OFFICE_ADMIN_TOTP);
    await rpage.goto(`${baseUrl}/admin/catalog/review`);
    await visible(rpage.getByRole('heading', { level: 1, name: '审核队列' }));
    const queue = rpage.getByTestId('queue-submitted');
    await visible(queue.getByRole('cell', { name: code! }));
    await screenshot(rpage, 'catalog-admin-review-queue');
    await assertAccessible(rpage, 'review queue');
    await queue.getByRole('row').filter({ hasText: code! }).getByRole('link').click();
    await visible(rpage.getByRole('heading', { level: 1, name: `${ITEM}（${code}）` }));
    await rpage.getByRole('button', { name: '审核通过', exact: true }).click();
    await visible(rpage.getByText('已完成：审核通过'));
    await visible(rpage.getByLabel('生效日期'));
    await rpage.getByRole('button', { name: '发布', exact: true }).click();
    await visible(rpage.getByText('已完成：发布'));
    await visible(rpage.getByTestId('versions-table').getByText('生效中'));
    await visible(rpage.getByTestId('review-log').getByRole('cell', { name: '审核通过' }));
    await screenshot(rpage, 'catalog-admin-published');
    await assertAccessible(rpage, 'implementation detail, published');
    reviewer.assertClean();
    await reviewer.close();

    // catalog-admin opens version 2, meets the unsaved-changes guard, saves and compares.
    await page.reload();
    await visible(versions.getByText('生效中'));
    // A published version opens read-only.
    await page.getByRole('link', { name: '查看：第 1 版' }).click();
    await visible(page.getByText('此版本状态为「生效中」，只能查看。'));
    expect(await page.getByRole('button', { name: '保存', exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: '返回实施清单' }).click();
    await page.getByRole('button', { name: '新建版本' }).click();
    await visible(page.getByText('已新建第 2 版草稿'));
    await page.getByRole('link', { name: '编辑：第 2 版' }).click();
    await page.getByLabel('咨询电话').fill('');
    await page.getByRole('link', { name: '返回实施清单' }).click();
    await visible(page.getByRole('alertdialog').filter({ hasText: '离开此页？' }));
    await page.getByRole('button', { name: '留在此页' }).click();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await visible(page.getByRole('alert').filter({ hasText: '已保存' }));
    // Submitting with a rule broken answers 422: the same report lists every failure.
    await page.getByRole('link', { name: '返回实施清单' }).click();
    await page.getByRole('button', { name: '提交审核', exact: true }).click();
    await visible(page.getByTestId('rule-report').getByText('咨询电话不能为空'));
    await screenshot(page, 'catalog-admin-submit-rules-failed');
    await page.getByRole('link', { name: '编辑：第 2 版' }).click();
    await page.getByLabel('咨询电话').fill('022-12345678');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await visible(page.getByRole('alert').filter({ hasText: '已保存' }));
    await page.getByRole('link', { name: '返回实施清单' }).click();
    const diff = page.getByTestId('diff');
    await diff.getByRole('button', { name: '对比' }).click();
    const changes = page.getByTestId('diff-table');
    await visible(changes.getByText('consultationPhone'));
    await visible(changes.getByText('022-12345678'));
    await screenshot(page, 'catalog-admin-diff');
    await assertAccessible(page, 'implementation detail, diff');

    // The same page in English: states, actions and code labels come from the en-US texts.
    await page.getByRole('group', { name: '语言' }).getByText('English', { exact: true }).click();
    await visible(versions.getByText('In force'));
    await visible(page.getByRole('button', { name: 'Submit for review' }));
    await visible(page.getByText('Administrative filing'));
    await screenshot(page, 'catalog-admin-detail-en');
    await assertAccessible(page, 'implementation detail, English');
    editor.assertClean();
    await editor.close();
  });
});
