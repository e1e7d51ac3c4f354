// Where node labels go in a frame, as a pure function: the most important first, each on the
// node's right, else its left (or, on small graphs, below or above it, then shortened with an
// ellipsis), shifted inside the canvas, and dropped only when no place is free. sigma's own label
// drawing places labels in the order its grid lists them, so a hub's label could give way to a
// leaf's drawn earlier in the frame; this orders them first.

export interface LabelCandidate {
  readonly key: string;
  /** Viewport position and rendered radius of the node, in CSS pixels. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly text: string;
  /** Higher first (selection, path, hover, neighbours: see highlight.ts); then the bigger node. */
  readonly rank: number;
}

export interface PlacedLabel {
  readonly id: string;
  /** The label's box in viewport pixels. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** What is drawn (shortened with "…" when the whole did not fit) and its baseline start. */
  readonly text: string;
  readonly textX: number;
  readonly textY: number;
  readonly textWidth: number;
}

export interface PlaceOptions {
  /** The canvas size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Font size in pixels. */
  readonly labelSize: number;
  readonly measure: (text: string) => number;
  /** Small graphs: try below and above the node, then shorter text, before dropping a label. */
  readonly fitAll: boolean;
}

/** Room between a label's box and the canvas edge, and between the text and its box. */
const MARGIN = 2;
const PAD = 2;
/** Labels of nodes not highlighted are cut to half the canvas width, but not below this. */
const MIN_WIDTH = 160;
/** A shortened label keeps at least this many characters before the ellipsis. */
const MIN_CHARS = 6;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Boxes already placed, bucketed on a coarse grid so each test looks at a few neighbours only. */
class Occupied {
  private readonly cells = new Map<number, Box[]>();
  private static readonly CELL = 64;
  private keys(b: Box): number[] {
    const c = Occupied.CELL;
    const out: number[] = [];
    for (let i = Math.floor(b.x1 / c); i <= Math.floor(b.x2 / c); i++)
      for (let j = Math.floor(b.y1 / c); j <= Math.floor(b.y2 / c); j++) out.push(i * 100_003 + j);
    return out;
  }
  overlaps(b: Box): boolean {
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? [])
        if (o.x1 < b.x2 && b.x1 < o.x2 && o.y1 < b.y2 && b.y1 < o.y2) return true;
    return false;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const cell = this.cells.get(k);
      if (cell) cell.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/** "The 43 police forces of…": the longest prefix (at least MIN_CHARS) whose width fits. */
export function ellipsis(text: string, maxWidth: number, measure: (t: string) => number): string | undefined {
  if (measure(text) <= maxWidth) return text;
  let lo = MIN_CHARS;
  let hi = text.length - 1;
  let best: string | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = `${text.slice(0, mid).trimEnd()}…`;
    if (measure(t) <= maxWidth) {
      best = t;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export function placeLabels(candidates: readonly LabelCandidate[], options: PlaceOptions): PlacedLabel[] {
  const { width: W, height: H, labelSize: s, measure } = options;
  const sorted = [...candidates]
    .filter((c) => c.text !== '' && c.x >= 0 && c.x <= W && c.y >= 0 && c.y <= H)
    .sort((a, b) => b.rank - a.rank || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const occupied = new Occupied();
  const placed: PlacedLabel[] = [];
  const widest = W - 2 * MARGIN - 2 * PAD;

  /** The box of `text` (width w) with its start at tx and its middle at cy, shifted inside the canvas. */
  const boxAt = (tx: number, cy: number, w: number): { box: Box; tx: number; cy: number; shift: number } => {
    const x = clamp(tx, MARGIN + PAD, W - MARGIN - PAD - w);
    const y = clamp(cy, MARGIN + 0.75 * s, H - MARGIN - 0.55 * s);
    const box = { x1: x - PAD, y1: y - 0.75 * s, x2: x + w + PAD, y2: y + 0.55 * s };
    return { box, tx: x, cy: y, shift: Math.abs(x - tx) + Math.abs(y - cy) };
  };
  // Every candidate's node disk: labels go where they cover none if they can (readable text).
  const disks = new Occupied();
  for (const c of sorted)
    disks.add({ x1: c.x - c.size, y1: c.y - c.size, x2: c.x + c.size, y2: c.y + c.size });
  const spots = (c: LabelCandidate, w: number, all: boolean) => {
    const gap = c.size + 3;
    const list = [boxAt(c.x + gap, c.y, w), boxAt(c.x - gap - w, c.y, w)];
    if (all) {
      list.push(boxAt(c.x - w / 2, c.y + c.size + 1 + 0.75 * s, w));
      list.push(boxAt(c.x - w / 2, c.y - c.size - 1 - 0.55 * s, w));
    }
    // The least shifted first: a label pushed in from the edge only when no side is free.
    return list.sort((a, b) => a.shift - b.shift);
  };
  const tryText = (c: LabelCandidate, text: string, all: boolean, clear: boolean): boolean => {
    const w = measure(text);
    for (const spot of spots(c, w, all)) {
      if (occupied.overlaps(spot.box) || (clear && disks.overlaps(spot.box))) continue;
      occupied.add(spot.box);
      const b = spot.box;
      placed.push({
        id: c.key,
        x: b.x1,
        y: b.y1,
        width: b.x2 - b.x1,
        height: b.y2 - b.y1,
        text,
        textX: spot.tx,
        textY: spot.cy + s / 3,
        textWidth: w,
      });
      return true;
    }
    return false;
  };

  for (const c of sorted) {
    // Wider than the canvas, or on a narrow one than half of it: shortened first (whole on hover).
    const text = ellipsis(
      c.text,
      c.rank > 0 ? widest : Math.min(widest, Math.max(MIN_WIDTH, W / 2)),
      measure,
    );
    if (text === undefined) continue;
    // Small graphs, and the highlighted nodes of any graph, get every place and shorter text.
    const all = options.fitAll || c.rank > 0;
    if (tryText(c, text, all, true) || tryText(c, text, all, false) || !all) continue;
    // Shorter and shorter, down to MIN_CHARS and an ellipsis.
    const full = measure(text);
    for (const share of [0.75, 0.5, 0.3]) {
      const short = ellipsis(text, full * share, measure);
      if (short !== undefined && short !== text && tryText(c, short, true, false)) break;
    }
  }
  return placed;
}
