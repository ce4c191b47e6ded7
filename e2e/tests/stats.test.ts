// The supervision dashboard in the browser (issue #8): the service office (office-admin, city-wide)
// opens it from the admin console and sees the demo year (stats/seed/demo-history.ts) — non-zero
// key figures, the charts drawn — switches the table to agencies, downloads the Excel export and
// the monthly bulletin as PDF. On a phone it still fits. An agency lead (lead-hxsp) reaches it from
// the workbench and sees his agency only. Screenshots and axe on every view; no console or CSP
// error (ECharts draws on a canvas and its tooltip too).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { assertAccessible, screenshot, scrollWidth, visible } from '../support/checks.ts';
import { OFFICE_ADMIN_TOTP, signInViaApi } from '../support/identity.ts';
import { byAgency, dashboardReady, download, kpiNumber, tableNames } from '../support/stats-journeys.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('supervision dashboard', () => {
  it('office-admin sees the demo year city-wide, groups by agency and downloads the export and bulletin', async () => {
    const office = await newJourney(browser, { viewport: { width: 1280, height: 900 } });
    await signInViaApi(office.context, baseUrl, 'office-admin', OFFICE_ADMIN_TOTP);
    const { page } = office;

    await page.goto(`${baseUrl}/admin`);
    await page.getByRole('link', { name: /政务服务监督看板/ }).click();
    await page.waitForURL(/\/admin\/stats$/);
    await dashboardReady(page);

    // The demo year: a few hundred cases, rated, most on time.
    expect(await kpiNumber(page, 'received')).toBeGreaterThan(100);
    const onTime = await kpiNumber(page, 'onTime');
    expect(onTime).toBeGreaterThan(50);
    expect(onTime).toBeLessThanOrEqual(100);
    expect(await kpiNumber(page, 'satisfaction')).toBeGreaterThan(50);
    expect(await kpiNumber(page, 'exempt')).toBeGreaterThan(0);
    for (const chart of ['chart-trend', 'chart-channels', 'chart-ranking'])
      await visible(page.getByTestId(chart).locator('canvas'));
    await expect
      .poll(() => page.getByTestId('chart-channels').getAttribute('aria-label'))
      .toMatch(/窗口办理 \d/);
    // By month (the default): the twelve months (the current one may not have begun) and the total.
    const monthRows = await tableNames(page);
    expect(monthRows.length).toBeGreaterThanOrEqual(12);
    expect(monthRows.at(-1)).toBe('合计');
    await screenshot(page, 'stats-dashboard');
    await assertAccessible(page, 'stats dashboard');

    // By agency: the city's agencies, 河西区行政审批局 among them.
    await byAgency(page);
    await visible(page.getByRole('heading', { name: '统计明细（按部门）' }));
    await expect.poll(() => tableNames(page)).toContain('天津市河西区行政审批局');
    const agencies = await tableNames(page);
    expect(agencies.length).toBeGreaterThan(5);
    expect(agencies.at(-1)).toBe('合计');
    await screenshot(page, 'stats-by-agency');
    await assertAccessible(page, 'stats by agency');

    // The Excel export of this table, and the bulletin of last month as PDF.
    const xlsx = await download(page, 'sta-export');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const exportHref = await page.getByTestId('sta-export').getAttribute('href');
    expect(exportHref).toContain('by=agency');
    const exported = await office.context.request.get(`${baseUrl}${exportHref}`);
    expect(exported.headers()['content-type']).toContain('spreadsheetml');

    const pdf = await download(page, 'sta-bulletin-pdf');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const bulletinHref = await page.getByTestId('sta-bulletin-pdf').getAttribute('href');
    const bulletin = await office.context.request.get(`${baseUrl}${bulletinHref}`);
    expect(bulletin.headers()['content-type']).toContain('application/pdf');
    const sheet = await download(page, 'sta-bulletin-xlsx');
    expect(sheet.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    office.assertClean();
    await office.close();
  });

  it('fits a phone (an agency lead checking his figures on the go)', async () => {
    const phone = await newJourney(browser, { viewport: { width: 390, height: 844 } });
    await signInViaApi(phone.context, baseUrl, 'lead-hxsp');
    const { page } = phone;
    await page.goto(`${baseUrl}/admin/stats`);
    await dashboardReady(page);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'stats-dashboard-phone');
    await assertAccessible(page, 'stats dashboard on a phone');
    phone.assertClean();
    await phone.close();
  });

  it('lead-hxsp reaches it from the workbench and sees only his agency', async () => {
    const lead = await newJourney(browser);
    await signInViaApi(lead.context, baseUrl, 'lead-hxsp');
    const { page } = lead;
    await page.goto(`${baseUrl}/workbench`);
    await visible(page.getByRole('heading', { level: 1 }));
    await screenshot(page, 'stats-workbench-lead');
    await page
      .getByTestId('stats-shortcut')
      .getByRole('link', { name: /政务服务监督看板/ })
      .click();
    await page.waitForURL(/\/admin\/stats$/);
    await dashboardReady(page);
    expect(await kpiNumber(page, 'received')).toBeGreaterThan(0);

    await byAgency(page);
    await visible(page.getByRole('heading', { name: '统计明细（按部门）' }));
    await expect.poll(() => tableNames(page)).toEqual(['天津市河西区行政审批局', '合计']);
    const ranking = await page.getByTestId('chart-ranking').getAttribute('aria-label');
    expect(ranking).toContain('天津市河西区行政审批局');
    expect(ranking).not.toContain('河西区人力资源');
    await screenshot(page, 'stats-agency-lead');
    await assertAccessible(page, 'stats for an agency lead');

    // The city-wide figures are not his: asking for another agency is refused.
    const other = await lead.context.request.get(
      `${baseUrl}/api/v1/stats/overview?from=2026-01&to=2026-01&by=agency&agencyId=hx-rsj`,
    );
    expect(other.status()).toBe(404);
    lead.assertClean();
    await lead.close();
  });
});
