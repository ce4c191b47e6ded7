// Debian's Chromium driven by playwright-core (never a downloaded browser), and a journey
// context that records console errors, page errors and CSP violations.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium; every context gets a fresh, temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export interface JourneyOptions {
  viewport?: { width: number; height: number };
  /** Console errors the journey provokes on purpose (e.g. a mocked 503). */
  allowConsole?: RegExp[];
}

export interface Journey {
  context: BrowserContext;
  page: Page;
  /** Fails the test if anything went to the console as an error or CSP blocked something. */
  assertClean: () => void;
  close: () => Promise<void>;
}

const reportCsp = `
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__tongbanCsp(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') +
      ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber + ' ' + (e.sample || ''));
  });
`;

export async function newJourney(browser: Browser, options: JourneyOptions = {}): Promise<Journey> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    hasTouch: (options.viewport?.width ?? 1366) < 768,
  });
  const problems: string[] = [];
  await context.exposeBinding('__tongbanCsp', (_source, message: string) => {
    problems.push(`CSP violation: ${message}`);
  });
  await context.addInitScript(reportCsp);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const allowed = options.allowConsole ?? [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console error: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  return {
    context,
    page,
    assertClean: () => {
      if (problems.length > 0) throw new Error(`Browser reported problems:\n${problems.join('\n')}`);
    },
    close: () => context.close(),
  };
}
