// Steps of the complaint journeys (e2e/tests/complaints.test.ts): filling the public form, finding
// an order in the staff queue, running an action through its inline panel, and a staff action
// through the API where the browser adds nothing.
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { staffPost } from './case-journeys.ts';
import { visible } from './checks.ts';

const baseUrl = inject('baseUrl');

/** Fills /complaints/new and submits; returns the number the success page shows. */
export async function reportOnline(page: Page, title: string, content: string): Promise<string> {
  await page.goto(`${baseUrl}/complaints/new`);
  await visible(page.getByRole('heading', { level: 1, name: '“办不成事”反映' }));
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('具体情况').fill(content);
  await page.getByLabel('手机号').fill('13800000001');
  await page.getByRole('button', { name: '提交反映' }).click();
  const number = await visible(page.getByTestId('complaint-number'));
  const text = (await number.textContent()) ?? '';
  const match = /BBCS\d{14}/.exec(text);
  if (!match) throw new Error(`no complaint number in "${text}"`);
  return match[0];
}

/** Opens the order with this number from the staff queue; returns its id (from the URL). */
export async function openFromQueue(page: Page, number: string): Promise<string> {
  await page.goto(`${baseUrl}/admin/complaints`);
  await visible(page.getByRole('heading', { level: 1, name: '诉求工单' }));
  await page.getByRole('link', { name: number }).click();
  await visible(page.getByRole('heading', { name: new RegExp(number) }));
  return page.url().split('/').pop()!;
}

/** Opens an action's inline panel, lets `fill` fill it, runs it and waits for the success note. */
export async function runAction(
  page: Page,
  action: string,
  fill: (panel: ReturnType<Page['locator']>) => Promise<void> = async () => {},
) {
  await page
    .getByRole('region', { name: '办理操作' })
    .getByRole('button', { name: action, exact: true })
    .click();
  const panel = page.locator('#cmp-action-panel');
  await visible(panel);
  await fill(panel);
  await panel.getByRole('button', { name: action, exact: true }).click();
  await visible(page.getByText(`已办理：${action}`));
}

export async function statusOf(page: Page): Promise<string | null> {
  return page.getByTestId('complaint-status').getAttribute('data-status');
}

/** A staff action through the API with the seq the staff member sees now. */
export async function staffComplaintAction(
  context: BrowserContext,
  id: string,
  body: Record<string, unknown>,
) {
  const detail = await context.request.get(`${baseUrl}/api/v1/admin/complaints/${id}`);
  if (!detail.ok()) throw new Error(`GET complaint as staff: ${detail.status()} ${await detail.text()}`);
  const { seq } = (await detail.json()) as { seq: number };
  return staffPost(
    context,
    `/api/v1/admin/complaints/${id}/actions`,
    { ...body, seq },
    `e2e-cmp-${id}-${seq}`,
  );
}
