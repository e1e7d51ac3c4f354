// Timing helpers for `npm run bench`: medians over many runs, a measurement registry, a table.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds taken by one call (the mean of `reps` back-to-back calls, for sub-millisecond work). */
export function timeOnce(fn: () => unknown, reps = 1): number {
  const start = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - start) / reps;
}

export interface TimingOptions {
  /** Untimed passes over all items first (steady state: JIT settled, caches built). */
  readonly warmup?: number;
  /** Calls per item, averaged: microsecond work is below the timer's resolution otherwise. */
  readonly reps?: number;
}

/** Milliseconds per item. */
function timeEach<T>(items: readonly T[], fn: (item: T) => unknown, o: TimingOptions = {}): number[] {
  for (let i = 0; i < (o.warmup ?? 1); i++) for (const item of items) fn(item);
  return items.map((item) => timeOnce(() => fn(item), o.reps ?? 5));
}

/** The median time per item, in milliseconds. */
export function medianTime<T>(items: readonly T[], fn: (item: T) => unknown, o: TimingOptions = {}): number {
  return median(timeEach(items, fn, o));
}

/** One figure in the results: a key, what it measures, and how to get it (ms) for a size's context. */
export interface Measurement<C> {
  readonly key: string;
  readonly label: string;
  run(context: C): number;
}

export type Results = Record<string, Record<string, number>>;

/** Runs each measurement for a context, printing as it goes. */
export function runMeasurements<C>(
  size: string,
  context: C,
  measurements: readonly Measurement<C>[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of measurements) {
    const ms = m.run(context);
    out[m.key] = ms;
    console.log(`  ${size.padEnd(6)} ${m.label.padEnd(56)} ${ms.toFixed(4).padStart(10)} ms`);
  }
  return out;
}

/** A table: one row per measurement key, one column per size. */
export function table(results: Results): string {
  const sizes = Object.keys(results);
  const keys = [...new Set(sizes.flatMap((s) => Object.keys(results[s]!)))];
  const cell = (v: number | undefined): string =>
    v === undefined ? '-' : Number.isInteger(v) ? String(v) : v < 1 ? v.toFixed(4) : v.toFixed(1);
  const lines = [`${'measurement (ms, bytes)'.padEnd(30)}${sizes.map((s) => s.padStart(14)).join('')}`];
  for (const k of keys)
    lines.push(`${k.padEnd(30)}${sizes.map((s) => cell(results[s]![k]).padStart(14)).join('')}`);
  return lines.join('\n');
}

/** Writes results, keeping figures for other sizes or keys that an earlier run wrote. */
export function writeResults(file: string, results: Results): void {
  const previous: Results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Results) : {};
  for (const [size, figures] of Object.entries(results)) previous[size] = { ...previous[size], ...figures };
  writeFileSync(file, `${JSON.stringify(previous, null, 2)}\n`);
}

/** This process' CPU time in milliseconds, its worker threads included (on a shared machine, wall time also counts others' work). */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The value after `--name` on the command line, or `fallback`. */
export function cliArg(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}
