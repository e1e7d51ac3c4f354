// Load progress as data: what the worker and the builder report, turned into a fraction and a sentence.
import type { LoadPhase } from './messages.ts';
import { formatBytes } from './sizeLimit.ts';

export interface LoadProgress {
  readonly name: string;
  readonly phase: LoadPhase;
  /** Bytes read so far and the total when the server or the file says it (phase 'read'). */
  readonly loaded?: number;
  readonly total?: number;
  /** Nodes and edges added to the graph (phase 'build') or to the drawing (phase 'draw') so far, of how many. */
  readonly built?: number;
  readonly toBuild?: number;
}

// Where each phase starts and ends on the bar: reading and building are measured, the others are steps.
const SPANS: Record<LoadPhase, readonly [number, number]> = {
  read: [0, 0.4],
  parse: [0.4, 0.5],
  validate: [0.5, 0.6],
  build: [0.6, 0.85],
  draw: [0.85, 1],
};

/** From 0 to 1, or undefined while reading a file of unknown size (an indeterminate bar). */
export function progressFraction(p: LoadProgress): number | undefined {
  const [from, to] = SPANS[p.phase];
  let within = 0;
  if (p.phase === 'read') {
    if (p.total === undefined) return undefined;
    within = p.total === 0 ? 1 : (p.loaded ?? 0) / p.total;
  } else if (p.phase === 'build' || p.phase === 'draw') {
    within = p.toBuild ? (p.built ?? 0) / p.toBuild : 1;
  }
  return from + (to - from) * Math.min(1, Math.max(0, within));
}

/**
 * "20,000": by hand, not Intl.NumberFormat or toLocaleString, because the page's first use of Intl
 * loads the browser's locale data, one long task while the page starts.
 */
function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "Reading big.gexf: 12.0 of 48.0 MB", "Checking the data…", "Building the graph: 20,000 of 90,000 items". */
export function progressText(p: LoadProgress): string {
  switch (p.phase) {
    case 'read': {
      const loaded = formatBytes(p.loaded ?? 0);
      return p.total === undefined
        ? `Reading ${p.name}: ${loaded}`
        : `Reading ${p.name}: ${loaded} of ${formatBytes(p.total)}`;
    }
    case 'parse':
      return `Parsing ${p.name}…`;
    case 'validate':
      return 'Checking the data and its evidence…';
    case 'build':
      return `Building the graph: ${formatCount(p.built ?? 0)} of ${formatCount(p.toBuild ?? 0)} items`;
    case 'draw':
      return 'Drawing the graph…';
  }
}
