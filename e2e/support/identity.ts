// The demo accounts of the identity journeys (README lists them) and a sign-in through the API
// for journeys that test something other than the sign-in page itself.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { artifactsDir } from './checks.ts';
import { secondsLeftInStep, totp } from './totp.ts';

export const DEMO_PASSWORD = 'Tongban@2026';
export const OFFICE_ADMIN_TOTP = 'JBSWY3DPEHPK3PXPTONGBANOFFICE2AD';
export const DEMO_ENTERPRISE = '天津通办示范科技有限公司';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const currentStep = () => Math.floor(Date.now() / 30_000);

/**
 * A fresh code that will not expire in the next few seconds and whose 30-second step no journey
 * has used yet: the server accepts each code once, and journey files run one after another in
 * separate processes, so the last step used per secret is kept in a file beside the artifacts.
 */
export async function freshTotp(secret: string): Promise<string> {
  const file = join(artifactsDir, `.totp-${createHash('sha256').update(secret).digest('hex').slice(0, 12)}`);
  const lastUsed = Number(await readFile(file, 'utf8').catch(() => '0'));
  while (currentStep() <= lastUsed || secondsLeftInStep() < 5) await sleep(secondsLeftInStep() * 1000 + 200);
  await writeFile(file, String(currentStep()));
  return totp(secret);
}

/** Signs the context in (its cookies then carry the session) without going through the UI. */
export async function signInViaApi(
  context: BrowserContext,
  baseUrl: string,
  username: string,
  totpSecret?: string,
): Promise<void> {
  const data: Record<string, string> = { username, password: DEMO_PASSWORD };
  if (totpSecret) data.totp = await freshTotp(totpSecret);
  const response = await context.request.post(`${baseUrl}/api/v1/auth/login`, { data });
  if (!response.ok())
    throw new Error(`sign-in as ${username} failed: ${response.status()} ${await response.text()}`);
}

/**
 * The latest SMS verification code the development notification adapter logged for a phone
 * (its log line masks the number as 138****1234), polling until it appears.
 */
export async function smsCodeFromLog(logFile: string, phone: string, timeoutMs = 20_000): Promise<string> {
  const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const lines = (await readFile(logFile, 'utf8')).split('\n').reverse();
    for (const line of lines) {
      if (!line.includes('notification sent') || !line.includes(masked)) continue;
      const code = /(\d{6})/.exec((JSON.parse(line) as { text?: string }).text ?? '')?.[1];
      if (code) return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no SMS code for ${masked} in ${logFile}`);
}

/** A GB 11643 citizen ID from its first 17 digits (ISO 7064 MOD 11-2 check character). */
export function citizenId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}
