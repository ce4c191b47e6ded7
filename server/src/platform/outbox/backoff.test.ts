import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff.ts';

const low = () => 0;
const high = () => 1;

describe('retryDelayMs', () => {
  it('stays within [ceiling/2, ceiling] where the ceiling is 1 s × 2^(attempts-1)', () => {
    for (let attempts = 1; attempts <= 12; attempts++) {
      const ceiling = 1000 * 2 ** (attempts - 1);
      expect(retryDelayMs(attempts, low), `attempt ${attempts}`).toBe(ceiling / 2);
      expect(retryDelayMs(attempts, high), `attempt ${attempts}`).toBe(ceiling);
      for (let i = 0; i < 50; i++) {
        const d = retryDelayMs(attempts);
        expect(d).toBeGreaterThanOrEqual(ceiling / 2);
        expect(d).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it('doubles with each attempt', () => {
    for (let attempts = 1; attempts < 12; attempts++) {
      expect(retryDelayMs(attempts + 1, high)).toBe(2 * retryDelayMs(attempts, high));
      expect(retryDelayMs(attempts + 1, low)).toBe(2 * retryDelayMs(attempts, low));
    }
  });

  it('is capped at one hour however many attempts were made', () => {
    expect(retryDelayMs(12, high)).toBe(2_048_000); // still below the cap
    expect(retryDelayMs(13, high)).toBe(3_600_000); // 4 096 000 would exceed it
    for (const attempts of [13, 20, 100, 2000]) {
      expect(retryDelayMs(attempts, high)).toBe(3_600_000);
      expect(retryDelayMs(attempts, low)).toBe(1_800_000);
      expect(Number.isFinite(retryDelayMs(attempts))).toBe(true);
    }
  });

  it('treats attempt 0 (or less) like the first attempt: never a zero or negative delay', () => {
    expect(retryDelayMs(0, low)).toBe(500);
    expect(retryDelayMs(-3, high)).toBe(1000);
  });

  it('spreads retries out (jitter), so failed events do not come back in lockstep', () => {
    const delays = new Set(Array.from({ length: 100 }, () => retryDelayMs(10)));
    expect(delays.size).toBeGreaterThan(50);
  });
});
