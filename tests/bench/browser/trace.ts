// What the developer's tracing tools (traceDrag.ts, traceEdit.ts, profile.ts, analysisTasks.ts)
// share: Chromium's trace events and CPU profiles as CDP gives them, and a trace taken around work.
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own time in the event (µs), when the trace has it: the part not waiting for a core. */
  tdur?: number;
  tid: number;
  pid: number;
  cat: string;
  args?: { data?: { functionName?: string; url?: string } };
}

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Starts Chromium's tracing with these categories; the function returned ends it and gives the
 * events (also written to TRACE_FILE when set, for chrome://tracing or Perfetto).
 */
export async function startTracing(
  cdp: CDPSession,
  categories: readonly string[],
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  // (playwright-core types CDP events by name only for some domains)
  const on = cdp.on.bind(cdp) as unknown as (event: string, listener: (m: unknown) => void) => void;
  on('Tracing.dataCollected', (m) => {
    events.push(...(m as { value: TraceEvent[] }).value);
  });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...categories] } } as never);
  return async () => {
    const done = new Promise<void>((resolve) => on('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    if (process.env.TRACE_FILE)
      writeFileSync(process.env.TRACE_FILE, JSON.stringify({ traceEvents: events }));
    return events;
  };
}

/** The timeline, GPU and script categories both tracing tools take (each adds its own). */
export const TIMELINE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'gpu',
  'blink',
] as const;

/** Threads (`pid:tid`) by their RunTask time in µs, busiest first: the renderer's main thread leads. */
export function threadsByRunTask(events: readonly TraceEvent[]): [string, number][] {
  const busy = new Map<string, number>();
  for (const e of events)
    if (e.ph === 'X' && e.name === 'RunTask' && e.dur)
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  return [...busy].sort((a, b) => b[1] - a[1]);
}

/** A CPU profile node's name for listings: function, file and line. */
export const profileName = (n: ProfileNode): string =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;

/** Each function's self and total time (ms) in a CPU profile, a function counted once per sample. */
export function profileTimes(profile: Profile): { self: Map<string, number>; total: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const own = profileName(byId.get(id)!);
    self.set(own, (self.get(own) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = profileName(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  return { self, total };
}

/** The `count` largest of `times`, one line each. */
export const topTimes = (times: ReadonlyMap<string, number>, count: number): string =>
  [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([f, ms]) => `  ${ms.toFixed(0).padStart(7)} ms  ${f}`)
    .join('\n');
