// Shared checks of every journey: axe (no serious or critical violations), full-page
// screenshots into e2e/artifacts/, and layout measurements.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';

export const artifactsDir = fileURLToPath(new URL('../artifacts', import.meta.url));
mkdirSync(artifactsDir, { recursive: true });

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

function describe(violations: AxeResults['violations']): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
        .join('\n');
      return `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} nodes)\n${nodes}`;
    })
    .join('\n');
}

/** Runs axe on the page; throws (after printing them) on serious or critical violations. */
export async function assertAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = results.violations.filter((v) => !blocking.includes(v));
  if (minor.length > 0) console.warn(`axe (${label}), minor/moderate: ${minor.map((v) => v.id).join(', ')}`);
  if (blocking.length > 0) {
    const report = describe(blocking);
    console.error(`axe (${label}):\n${report}`);
    throw new Error(`${label}: ${blocking.length} serious/critical axe violation(s)\n${report}`);
  }
}

/** Screenshot (full page unless told otherwise) after web fonts are ready, animations settled. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage, animations: 'disabled' });
}

export async function visible(locator: Locator, timeout = 20_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement?.scrollWidth ?? document.documentElement.scrollWidth);
}

export function htmlAttribute(page: Page, name: string): Promise<string | null> {
  return page.evaluate((attr) => document.documentElement.getAttribute(attr), name);
}
