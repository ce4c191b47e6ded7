// Steps the 一件事 journeys share (e2e/tests/bundles.test.ts): finding a seeded bundle by name,
// filling the merged form whatever fields the seed gives it, handing in the materials once, and
// reading a bundle case through the API; editing a definition in the admin editor.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { visible } from './checks.ts';
import { PDF } from './case-journeys.ts';
import { citizenId } from './identity.ts';

const baseUrl = inject('baseUrl');

export interface BundleMember {
  memberId: string;
  itemName: string;
  outcome: string;
  caseId: string | null;
  caseNumber: string | null;
}

export interface BundleCase {
  id: string;
  bundleNumber: string;
  members: BundleMember[];
}

/** The code of a bundle in force, found by its name (codes are assigned by the seed). */
export async function bundleCode(context: BrowserContext, name: string): Promise<string> {
  const response = await context.request.get(`${baseUrl}/api/v1/bundles`);
  if (!response.ok()) throw new Error(`GET /bundles: ${response.status()} ${await response.text()}`);
  const { items } = (await response.json()) as { items: { code: string; name: string }[] };
  const found = items.find((b) => b.name === name);
  if (!found) throw new Error(`no bundle named ${name}: ${items.map((b) => b.name).join(', ')}`);
  return found.code;
}

export async function bundleCase(context: BrowserContext, id: string): Promise<BundleCase> {
  const response = await context.request.get(`${baseUrl}/api/v1/bundle-cases/${id}`);
  if (!response.ok())
    throw new Error(`GET /bundle-cases/${id}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as BundleCase;
}

export const stepHeading = (page: Page, name: string) =>
  visible(page.getByRole('heading', { level: 2, name, exact: true }));

/** A GB 32100 unified social credit code from its first 17 characters (check character added). */
function uscc(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((acc, c, i) => acc + alphabet.indexOf(c) * (weights[i] ?? 0), 0);
  return first17 + alphabet[(31 - (sum % 31)) % 31];
}

// A value for a field by its label (the seed's forms use the catalog's data elements); the first
// rule that matches wins, so the more specific ones come first.
const VALUES: [RegExp, string][] = [
  [/配偶.*(证件|身份)/, citizenId('12010319870301402')],
  [/身份证|证件号码|身份号码/, citizenId('12010319850612301')],
  [/电话|手机/, '13800000001'],
  [/信用代码/, uscc('91120103MA05TB202')],
  [/行政区划/, '120103'],
  [/邮政编码|邮编/, '300000'],
  [/邮箱|电子邮件/, 'zhangsan@example.cn'],
  [/账号/, '6222020302001234567'],
  [/银行/, '中国工商银行天津河西支行'],
  [/比例|%/, '12'],
  [/金额|资本|人数|枚数|数量|体重|身长|孕周/, '10'],
  [/经营范围/, '软件开发；信息技术咨询服务'],
  [/股东|出资/, '李四，认缴出资 100 万元'],
  [/地址|住所|地点|出生地/, '天津市河西区友谊路 1 号'],
  [/公司名称|企业名称|账户名称/, '天津通办一件事示范有限公司'],
  [/编号/, 'P120000001'],
  [/印章种类/, '公章'],
  [/姓名|负责人|联系人/, '张小宝'],
];

function valueFor(label: string, numeric: boolean): string {
  if (numeric) return '10';
  return VALUES.find(([pattern]) => pattern.test(label))?.[1] ?? '演示';
}

/** The field's label, and whether the form marks it required (antd's label class). */
async function labelOf(form: Locator, input: Locator): Promise<{ text: string; required: boolean }> {
  const id = await input.getAttribute('id');
  const label = form.locator(`label[for="${id ?? ''}"]`).first();
  if (!id || (await label.count()) === 0) return { text: '', required: false };
  const required = ((await label.getAttribute('class')) ?? '').includes('ant-form-item-required');
  return { text: (await label.innerText()).trim(), required };
}

async function fillTexts(form: Locator) {
  const inputs = form.locator(
    'input[type="text"]:not(.ant-select-selection-search-input):not([readonly]), input:not([type]), input[type="tel"], input[type="email"], input[type="number"], textarea',
  );
  for (const input of await inputs.all()) {
    if (!(await input.isVisible()) || !(await input.isEditable()) || (await input.inputValue()) !== '')
      continue;
    const label = await labelOf(form, input);
    if (!label.required) continue;
    const inPicker = await input.evaluate((el) => Boolean(el.closest('.ant-picker')));
    if (inPicker) {
      await input.click();
      await input.fill('2026-11-01');
      await input.press('Enter');
      continue;
    }
    const numeric = (await input.getAttribute('role')) === 'spinbutton';
    await input.fill(valueFor(label.text, numeric));
  }
}

async function fillChoices(page: Page, form: Locator) {
  for (const box of await form.getByRole('combobox').all()) {
    const shown = await box.locator('xpath=ancestor::*[contains(@class,"ant-select")][1]').innerText();
    if (shown.trim() !== '') continue;
    await box.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  }
  for (const group of await form.getByRole('radiogroup').all()) {
    if ((await group.locator('input[type="radio"]:checked').count()) > 0) continue;
    await group.getByRole('radio').first().check();
  }
}

/** Fills what the profile did not pre-fill, then goes on; a refused form fails with its errors. */
export async function completeMergedForm(page: Page) {
  const form = page.getByTestId('case-form');
  await visible(form);
  await fillTexts(form);
  await fillChoices(page, form);
  await page.getByRole('button', { name: '下一步' }).click();
  const materials = page.getByRole('heading', { level: 2, name: '一套材料', exact: true });
  const errors = form.locator('.ant-form-item-explain-error');
  await materials.or(errors).first().waitFor({ state: 'visible' });
  if (!(await materials.isVisible())) {
    const texts = await errors.allInnerTexts();
    throw new Error(`the merged form was refused: ${texts.join('; ')}`);
  }
}

/** Consents to the e-licenses once (if any is held) and uploads a PDF for every material left. */
export async function handInMaterials(page: Page) {
  const consent = page.getByRole('checkbox', { name: '同意调用电子证照' });
  if ((await consent.count()) > 0) await consent.check();
  const picks = page.getByTestId('material-pick');
  await visible(picks);
  for (const pick of await picks.all()) {
    const file = pick.locator('input[type="file"]');
    if ((await file.count()) === 0) continue;
    await file.setInputFiles({ name: '材料.pdf', mimeType: 'application/pdf', buffer: PDF });
    await visible(pick.getByText('已上传：'));
  }
}

/** Picks a pick-up venue when the window is chosen and none is picked yet, then submits. */
export async function submitBundle(page: Page): Promise<string> {
  const venues = page.getByRole('group', { name: '领取地点' });
  if ((await venues.count()) > 0 && (await venues.locator('input[type="radio"]:checked').count()) === 0)
    await venues.getByRole('radio').first().check();
  await page.getByRole('button', { name: '提交申请' }).click();
  const tracking = page.getByTestId('bundle-case');
  const problem = page.getByTestId('problem');
  await tracking.or(problem).first().waitFor({ state: 'visible' });
  if (await problem.isVisible()) throw new Error(`submission refused: ${await problem.innerText()}`);
  const id = /\/me\/bundle-cases\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on a tracking page: ${page.url()}`);
  return id;
}

// ---- the definition editor (catalog-admin) ----

/** From a version page, the editor of that version (the 编辑 button). */
export async function openBundleEditor(page: Page) {
  await page.getByRole('button', { name: '编辑' }).click();
  await page.waitForURL(/\/admin\/bundles\/versions\/[0-9a-f-]{36}\/edit$/);
  await visible(page.getByTestId('bundle-editor'));
}

/** The fieldset of one member in the editor, by its id (legend 成员事项 n：id). */
const memberGroup = (page: Page, memberId: string) =>
  page.getByRole('group', { name: new RegExp(`^成员事项 \\d+：${memberId}$`) });

/** Adds a predecessor to a member's 前序事项 multi-select. */
export async function pickAfter(page: Page, memberId: string, predecessor: string) {
  const after = memberGroup(page, memberId).getByLabel('前序事项', { exact: true });
  await after.click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${predecessor}$`) })
    .click();
  await after.press('Escape');
  await visible(memberGroup(page, memberId).locator('.ant-select-selection-item', { hasText: predecessor }));
}

/** Removes every predecessor of a member (its tags' remove buttons). */
export async function clearAfter(page: Page, memberId: string) {
  const group = memberGroup(page, memberId);
  const field = group.locator('.ant-form-item').filter({ has: page.getByLabel('前序事项', { exact: true }) });
  const remove = field.locator('.ant-select-selection-item-remove');
  while ((await remove.count()) > 0) await remove.first().click();
}

/** Saves the editor; a refused save fails with the listed problems. Lands on the version page. */
export async function saveBundleEditor(page: Page) {
  await page.getByRole('button', { name: '保存' }).click();
  const version = page.getByTestId('bundle-version');
  const refused = page.locator('.ant-alert-error');
  await version.or(refused).first().waitFor({ state: 'visible' });
  if (await refused.isVisible()) throw new Error(`the save was refused: ${await refused.innerText()}`);
  await page.waitForURL(/\/admin\/bundles\/versions\/[0-9a-f-]{36}$/);
}

/**
 * On the blank 新建一件事 form: an unknown implementation code is looked up when left and shown
 * as not in force; saving the blank form lists the server's field problems and stays.
 */
export async function checkNewBundleForm(page: Page) {
  const member = memberGroup(page, 'm-1');
  const code = member.getByLabel('实施编码', { exact: true });
  await code.fill('NO-SUCH-IMPLEMENTATION');
  await code.blur();
  await visible(member.getByText('没有现行有效的实施清单'));
  await page.getByRole('button', { name: '保存' }).click();
  await visible(page.getByTestId('save-problems'));
  await visible(page.getByText('保存未成功，请修改以下问题：'));
}
