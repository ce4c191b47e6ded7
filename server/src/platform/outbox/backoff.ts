/** Exponential backoff with full jitter: 1 s, 2 s, 4 s … capped at one hour. */
export function retryDelayMs(attempts: number, random = Math.random): number {
  const ceiling = Math.min(3_600_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
