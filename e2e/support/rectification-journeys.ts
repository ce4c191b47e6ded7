// Steps of the rectification journeys (差评整改): open a ledger row, take the next step through
// the detail page's form, and wait for the status the step leads to.
import type { Page } from 'playwright-core';
import { visible } from './checks.ts';

/** From the ledger, the detail of the row that shows all of `texts`. */
export async function openLedgerRow(page: Page, texts: string[]): Promise<string> {
  const table = page.getByTestId('rect-ledger');
  let row = table.getByRole('row');
  for (const t of texts) row = row.filter({ hasText: t });
  await visible(row.first());
  await row.first().getByRole('link', { name: /查看/ }).click();
  await page.waitForURL(/\/admin\/rectifications\/[0-9a-f-]{36}$/);
  await visible(page.getByTestId('rect-rating'));
  return page.url();
}

/** Submits the step's form (its fields already filled) and waits for the new status tag. */
export async function submitStep(page: Page, action: string, status: string): Promise<void> {
  const form = page.getByTestId('rect-form');
  await form.getByRole('button', { name: `提交：${action}` }).click();
  await visible(page.getByTestId('rect-status').getByText(status, { exact: true }));
}

export const form = (page: Page) => page.getByTestId('rect-form');
