// Counts of a fuzzing run: requests per status and per kind of breakage, and per route part how
// many malformed requests were sent and how many the validator answered 400.
export class Tally {
  total = 0;
  discarded = 0;
  readonly statuses = new Map<number, number>();
  readonly labels = new Map<string, number>();
  readonly parts = new Map<string, { sent: number; rejected400: number; refused: number }>();
  readonly failures: string[] = [];
  /** Route parts a guard refused to the first caller, fuzzed again as the other one. */
  readonly retried: string[] = [];

  record(key: string, label: string, status: number): void {
    this.total++;
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    const kind = label.replace(/^(\w+):.*?$/, '$1') === 'transport' ? label : (label.split(':')[1] ?? label);
    this.labels.set(kind, (this.labels.get(kind) ?? 0) + 1);
    const p = this.parts.get(key) ?? { sent: 0, rejected400: 0, refused: 0 };
    p.sent++;
    if (status === 400) p.rejected400++;
    if (status === 401 || status === 403) p.refused++;
    this.parts.set(key, p);
  }

  summary(): string {
    const sorted = <K>(m: Map<K, number>) => [...m].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    return [
      `requests: ${this.total} (generated inputs the schema accepts, discarded unsent: ${this.discarded})`,
      `statuses: ${sorted(this.statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
      `retried as the other caller (a guard refused the first): ${this.retried.join('; ') || 'none'}`,
      `breakage: ${sorted(this.labels)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
    ].join('\n');
  }
}
