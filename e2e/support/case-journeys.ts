// Steps the applicant's case journeys share (e2e/tests/cases-applicant.test.ts): the wizard's
// moves, uploads, and the staff actions a journey needs through the API.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { visible } from './checks.ts';
import { DEMO_PASSWORD } from './identity.ts';

const baseUrl = inject('baseUrl');

// A 1 × 1 PNG and a one-page PDF: the server sniffs the type from the bytes.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export const stepHeading = (page: Page, name: string) =>
  visible(page.getByRole('heading', { level: 2, name, exact: true }));

export async function next(page: Page, heading: string) {
  await page.getByRole('button', { name: '下一步' }).click();
  await stepHeading(page, heading);
}

/** Chooses a situation answer (a radio driven by state: click, then wait for the narrowed list). */
export async function answer(page: Page, question: string, option: string) {
  await page.getByRole('group', { name: question }).getByText(option, { exact: true }).click();
}

/** Completes the required fields the profile did not pre-fill. */
export async function completeForm(page: Page) {
  const form = page.getByTestId('case-form');
  await visible(form);
  const text = async (label: string, value: string) => {
    const input = form.getByLabel(label, { exact: false }).first();
    if ((await input.inputValue()) === '') await input.fill(value);
  };
  const select = async (label: string, option: string) => {
    const box = form.getByRole('combobox', { name: label });
    const shown = await box.locator('xpath=ancestor::*[contains(@class,"ant-select")][1]').innerText();
    if (shown.trim() !== '') return;
    await box.click();
    await page.locator(`.ant-select-item-option[title="${option}"]`).click();
  };
  await text('申请人姓名', '张三');
  await select('证件类型', '居民身份证');
  await text('证件号码', '120103198506123010');
  await text('联系电话', '13800000001');
  await select('性别', '男');
  await text('现居住地址', '天津市河西区友谊路 1 号');
  const since = form.getByLabel('来津居住起始日期');
  if ((await since.inputValue()) === '') {
    await since.click();
    await since.fill('2020-03-01');
    await since.press('Enter');
  }
}

/** Clicks the submit button and waits for the result; a refusal fails with the server's words. */
export async function submit(page: Page, click: 'click' | 'dblclick' = 'click') {
  await page.getByRole('button', { name: '提交申请' })[click]();
  const done = page.getByRole('heading', { level: 2, name: '申请已提交', exact: true });
  const problem = page.getByTestId('problem');
  await done.or(problem).first().waitFor({ state: 'visible' });
  if (await problem.isVisible()) throw new Error(`submission refused: ${await problem.innerText()}`);
}

export async function upload(page: Page, material: string, name: string, buffer: Buffer, mimeType: string) {
  const pick = page.getByRole('article', { name: material });
  await pick.getByLabel(`上传文件：${material}`).setInputFiles({ name, mimeType, buffer });
  await visible(pick.getByText('已上传：'));
}

export async function choosePickup(page: Page) {
  const group = page.getByRole('radiogroup', { name: '选择出件地点' });
  await group.getByRole('radio').first().click();
}

/** A staff session in its own context, for the clerk's side of a journey (through the API). */
export async function staffSession(browser: Browser, username: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  const response = await context.request.post(`${baseUrl}/api/v1/auth/login`, {
    data: { username, password: DEMO_PASSWORD },
  });
  if (!response.ok())
    throw new Error(`sign-in as ${username}: ${response.status()} ${await response.text()}`);
  return context;
}

export async function staffAct(context: BrowserContext, caseId: string, body: Record<string, unknown>) {
  const csrf = (await context.cookies()).find((c) => c.name === 'tb_csrf')?.value ?? '';
  const detail = await context.request.get(`${baseUrl}/api/v1/cases/${caseId}`);
  if (!detail.ok()) throw new Error(`GET case as staff: ${detail.status()} ${await detail.text()}`);
  const { seq } = (await detail.json()) as { seq: number };
  const response = await context.request.post(`${baseUrl}/api/v1/cases/${caseId}/actions`, {
    headers: { 'X-CSRF-Token': csrf, 'Idempotency-Key': `e2e-${caseId}-${seq}` },
    data: { ...body, seq },
  });
  if (!response.ok())
    throw new Error(`${String(body.action)}: ${response.status()} ${await response.text()}`);
}

export async function staffPost<T>(
  context: BrowserContext,
  path: string,
  data: unknown,
  key: string,
): Promise<T> {
  const csrf = (await context.cookies()).find((c) => c.name === 'tb_csrf')?.value ?? '';
  const response = await context.request.post(`${baseUrl}${path}`, {
    headers: { 'X-CSRF-Token': csrf, 'Idempotency-Key': key },
    data,
  });
  if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function myCasesOf(
  context: BrowserContext,
): Promise<{ id: string; itemName: string; status: string }[]> {
  const response = await context.request.get(`${baseUrl}/api/v1/cases/mine`);
  if (!response.ok()) throw new Error(`GET /cases/mine: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { items: { id: string; itemName: string; status: string }[] }).items;
}
