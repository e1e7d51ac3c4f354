// Counts of what an import changed, each reported as one line.

/** Counts things to report as one line each ("3 nodes of type 'x' mapped to 'other'"). */
export class Tally {
  private readonly counts = new Map<string, { n: number; example: string }>();
  add(key: string, example = ''): void {
    const c = this.counts.get(key);
    if (c) c.n++;
    else this.counts.set(key, { n: 1, example });
  }
  lines(format: (key: string, n: number, example: string) => string): string[] {
    return [...this.counts].map(([k, c]) => format(k, c.n, c.example));
  }
}
