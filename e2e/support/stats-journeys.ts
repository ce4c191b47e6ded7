// Steps of the supervision-dashboard journeys: open it, read a key figure, the group names of the
// table, and download a file through its link (the bytes the browser saved).
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { visible } from './checks.ts';

/** Waits for the dashboard's key figures, table and trend chart (canvas drawn). */
export async function dashboardReady(page: Page): Promise<void> {
  await visible(page.getByRole('heading', { level: 1, name: '政务服务监督看板' }));
  await visible(page.getByTestId('kpi-received'));
  await visible(page.getByTestId('chart-trend').locator('canvas'));
  await visible(page.getByTestId('stats-table').getByRole('row').nth(1));
}

/** The leading number of a key figure card ("1,234" → 1234, "93.5%" → 93.5). */
export async function kpiNumber(page: Page, key: string): Promise<number> {
  const text = await page.getByTestId(`kpi-${key}`).locator('.sta-kpi-value').innerText();
  const m = /[\d,.]+/.exec(text);
  if (!m) throw new Error(`kpi ${key} shows no number: ${text}`);
  return Number(m[0].replaceAll(',', ''));
}

/** The first cells (group names) of the table's body rows, the total row included. */
export async function tableNames(page: Page): Promise<string[]> {
  const rows = page.getByTestId('stats-table').locator('tbody tr');
  return rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent?.trim() ?? ''));
}

/** Clicks a download link and answers the file's name and bytes. */
export async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Switches the table to agencies (the radio button's label: antd hides the input itself). */
export async function byAgency(page: Page): Promise<void> {
  await page.locator('.sta-by').getByText('部门', { exact: true }).click();
  await visible(page.getByRole('heading', { name: '统计明细（按部门）' }));
}
