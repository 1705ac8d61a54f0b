/**
 * Counts every call into an emulated Apps Script service, so tests and benchmarks can assert that
 * an operation's service calls do not grow with the number of rows.
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  /** Records one call, e.g. record("Range", "setValues"). */
  record(service: string, method: string): void {
    const key = `${service}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** Calls of one method ("Range.setValues"), or of a whole service ("Range"). */
  of(name: string): number {
    if (name.includes(".")) return this.counts.get(name) ?? 0;
    let sum = 0;
    for (const [key, n] of this.counts) if (key.startsWith(`${name}.`)) sum += n;
    return sum;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}
