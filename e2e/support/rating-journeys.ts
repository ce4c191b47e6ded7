// Steps of the rating journeys (e2e/tests/ratings.test.ts): a case of zhangsan filed at
// clerk-hexi's window and concluded on the spot (through the API), the rating link from his site
// messages, and the rating form's moves.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { staffAct, staffPost, staffSession } from './case-journeys.ts';
import { visible } from './checks.ts';

const baseUrl = inject('baseUrl');
const ITEM = '个体工商户设立登记';
const ZHANGSAN_ID = '120103198506123015';

async function implementationCode(): Promise<string> {
  const response = await fetch(
    `${baseUrl}/api/v1/catalog/search?q=${encodeURIComponent(ITEM)}&agencyId=hx-xzspj&limit=10`,
    { signal: AbortSignal.timeout(120_000) },
  );
  const hits = ((await response.json()) as { items: { name: string; implementationCode: string }[] }).items;
  const hit = hits.find((h) => h.name === ITEM);
  if (!hit) throw new Error(`no ${ITEM} of hx-xzspj in the demo catalog`);
  return hit.implementationCode;
}

/** A walk-in 个体工商户设立登记 of zhangsan, filed and concluded on the spot by clerk-hexi. */
export async function concludedWalkIn(browser: Browser): Promise<string> {
  const clerk = await staffSession(browser, 'clerk-hexi');
  try {
    const filed = await staffPost<{ id: string }>(
      clerk,
      '/api/v1/cases',
      {
        implementationCode: await implementationCode(),
        applicant: { idNumber: ZHANGSAN_ID },
        channel: 'window',
        answers: { operator: 'person', premises: 'shop' },
        formData: {
          applicant: { name: '张三', idNumber: ZHANGSAN_ID, phone: '13800000001' },
          business: { premisesAddress: '天津市河西区友谊路1号' },
          enterprise: { businessScope: '日用百货零售' },
        },
        paperMaterials: ['application', 'representative-id', 'premises-proof'],
        submit: true,
      },
      `e2e-rating-${Date.now()}`,
    );
    await staffAct(clerk, filed.id, { action: 'accept-and-conclude' });
    return filed.id;
  } finally {
    await clerk.close();
  }
}

/** The rating link (/rate/…) of the site message the case's conclusion sent, polling the outbox's work. */
export async function ratingLinkFor(
  context: BrowserContext,
  caseId: string,
  timeoutMs = 30_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await context.request.get(`${baseUrl}/api/v1/me/messages?limit=50`);
    if (!response.ok()) throw new Error(`GET /me/messages: ${response.status()}`);
    const { items } = (await response.json()) as { items: { caseId: string | null; body: string }[] };
    const link = items
      .find((m) => m.caseId === caseId)
      ?.body.match(/\/rate\/TBR1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/);
    if (link) return link[0];
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no rating invitation for case ${caseId}`);
}

/** Picks a level (a radio by its Chinese label) and a score of 1–5 for each named indicator. */
export async function fillRating(
  page: Page,
  level: string,
  scores: Record<string, number>,
  comment?: string,
) {
  // The inputs are visually hidden inside large labels: tap the label, as a person would.
  await page
    .locator('label.rat-level')
    .filter({ has: page.getByText(level, { exact: true }) })
    .click();
  if (!(await page.getByRole('radio', { name: level, exact: true }).isChecked()))
    throw new Error(`level ${level} not chosen`);
  for (const [indicator, n] of Object.entries(scores)) {
    const group = page.getByRole('group', { name: indicator, exact: true });
    await group
      .locator('label.rat-score')
      .nth(n - 1)
      .click();
    if (!(await group.getByRole('radio', { name: `${n} 分` }).isChecked()))
      throw new Error(`${indicator}: ${n} not chosen`);
  }
  if (comment) await page.getByLabel(/意见和建议/).fill(comment);
}

export const done = (page: Page) => visible(page.getByTestId('rate-done'));
