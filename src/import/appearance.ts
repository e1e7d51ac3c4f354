// The look of an imported graph: the file's own node colours and sizes (GEXF viz:color and
// viz:size, colour and size columns of GraphML and CSV) when it has them, else a colour per value
// of its most telling categorical attribute when our node kinds say little about it. Written into
// the records as the attributes `color` and `size` (schema/appearance.ts), which the explorer draws.
import {
  APPEARANCE_KEYS,
  CATEGORY_PALETTE,
  isHexColour,
  NODE_KINDS,
  type NodeKind,
} from '../schema/index.ts';
import type { ForeignGraph, ForeignNode, ForeignValue } from './types.ts';

type Raw = Record<string, unknown>;

/** Names a file may give a node's colour and size (GEXF's viz: elements are read into `color` and `size`). */
const COLOUR_NAMES = ['color', 'colour', 'viz:color', 'viz_color'];
const SIZE_NAMES = ['size', 'viz:size', 'viz_size'];
const OTHER_COLOUR = '#9aa3ad';
/** A categorical attribute has 2 to this many values (more are names or measures, not groups). */
const MAX_CATEGORIES = 20;

/** Every attribute name the appearance is read from, so the mapping leaves them out of `attributes`. */
export const APPEARANCE_NAMES: ReadonlySet<string> = new Set([...COLOUR_NAMES, ...SIZE_NAMES, 'r', 'g', 'b']);

const byte = (v: ForeignValue | undefined): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n >= 0 && n <= 255 ? n : undefined;
};

/** "#e63946" by 0xe63946: a file has few colours, so each string is made once (up to a bound). */
const RGB_HEX = new Map<number, string>();

/** "#e63946" from "#E63946", "#abc", "rgb(230,57,70)" or r, g, b values; undefined otherwise. */
export function hexColour(
  value: ForeignValue | undefined,
  r?: ForeignValue,
  g?: ForeignValue,
  b?: ForeignValue,
): string | undefined {
  if (typeof value === 'string') {
    const v = value.trim();
    if (isHexColour(v))
      return v.length === 4
        ? `#${[...v.slice(1)].map((c) => c + c).join('')}`.toLowerCase()
        : v.toLowerCase();
    const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(v);
    if (rgb) return hexColour(undefined, rgb[1], rgb[2], rgb[3]);
    return undefined;
  }
  const R = byte(r);
  const G = byte(g);
  const B = byte(b);
  if (R === undefined || G === undefined || B === undefined) return undefined;
  const rgb = (R << 16) | (G << 8) | B;
  let hex = RGB_HEX.get(rgb);
  if (hex === undefined) {
    hex = `#${rgb.toString(16).padStart(6, '0')}`;
    if (RGB_HEX.size < 4096) RGB_HEX.set(rgb, hex);
  }
  return hex;
}

function ownColour(n: ForeignNode): string | undefined {
  if (n.color !== undefined) return hexColour(n.color);
  for (const name of COLOUR_NAMES) {
    const c = hexColour(n.values.get(name));
    if (c !== undefined) return c;
  }
  return hexColour(undefined, n.values.get('r'), n.values.get('g'), n.values.get('b'));
}

function ownSize(n: ForeignNode): number | undefined {
  const v = n.size ?? SIZE_NAMES.map((k) => n.values.get(k)).find((x) => x !== undefined);
  const s = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isFinite(s) && s > 0 ? s : undefined;
}

/** Our exports write the kind's colour and a size from the degree: those are not the file's own look. */
const derivedSize = (degree: number): number => Math.round((4 + 2 * Math.sqrt(degree)) * 100) / 100;

/** The categorical attributes of the nodes, most telling first: name, values by count. */
function categories(nodes: readonly Raw[]): { name: string; values: Map<string, number> }[] {
  const seen = new Map<string, Map<string, number>>();
  for (const n of nodes) {
    for (const [k, v] of Object.entries((n.attributes as Raw | undefined) ?? {})) {
      if (typeof v !== 'string' || APPEARANCE_NAMES.has(k)) continue;
      let counts = seen.get(k);
      if (!counts) {
        counts = new Map();
        seen.set(k, counts);
      }
      if (counts.size <= MAX_CATEGORIES) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  const out: { name: string; values: Map<string, number>; covered: number }[] = [];
  for (const [name, values] of seen) {
    const covered = [...values.values()].reduce((a, b) => a + b, 0);
    // Groups, not names: 2 to 20 values, on at least half of the nodes, each value shared on average.
    if (values.size < 2 || values.size > MAX_CATEGORIES || covered < nodes.length / 2) continue;
    if (values.size > covered / 2) continue;
    out.push({ name, values, covered });
  }
  // The file's own type first (what our kinds could not say), then the best covered.
  return out.sort((a, b) => Number(b.name === 'type') - Number(a.name === 'type') || b.covered - a.covered);
}

/**
 * Writes the file's own colours and sizes into the mapped node records, or colours by a category
 * when the file has none and our kinds tell little apart; returns the lines for the mapping report.
 * `degrees`: each node's count of edge ends naming its id.
 */
export function applyAppearance(foreign: ForeignGraph, nodes: Raw[], degrees: readonly number[]): string[] {
  const colours = foreign.nodes.map(ownColour);
  const sizes = foreign.nodes.map(ownSize);
  // Honoured only when they say something of their own (not our kind colours and degree sizes).
  const ownColours = colours.some(
    (c, i) => c !== undefined && c !== NODE_KINDS[nodes[i]!.type as NodeKind]?.color,
  );
  const ownSizes = sizes.some((s, i) => s !== undefined && s !== derivedSize(degrees[i]!));
  const set = (i: number, key: string, value: string | number): void => {
    const n = nodes[i]!;
    n.attributes = { ...((n.attributes as Raw | undefined) ?? {}), [key]: value };
  };
  /** Both at once: one copy of the node's attributes rather than two. */
  const setBoth = (i: number, colour: string, size: number): void => {
    const n = nodes[i]!;
    n.attributes = {
      ...((n.attributes as Raw | undefined) ?? {}),
      [APPEARANCE_KEYS.color]: colour,
      [APPEARANCE_KEYS.size]: size,
    };
  };
  const lines: string[] = [];
  const count = (list: readonly unknown[]): number => list.filter((v) => v !== undefined).length;
  for (let i = 0; i < foreign.nodes.length; i++) {
    const c = colours[i];
    const z = sizes[i];
    if (ownColours && c !== undefined && ownSizes && z !== undefined) setBoth(i, c, z);
    else if (ownColours && c !== undefined) set(i, APPEARANCE_KEYS.color, c);
    else if (ownSizes && z !== undefined) set(i, APPEARANCE_KEYS.size, z);
  }
  if (ownColours || ownSizes) {
    const what = [ownColours && `colours of ${count(colours)}`, ownSizes && `sizes of ${count(sizes)}`];
    lines.push(`The file's own ${what.filter(Boolean).join(' and ')} nodes kept and drawn`);
  }
  const found = categories(nodes);
  const kinds = new Set(nodes.map((n) => n.type));
  if (!ownColours && found.length > 0 && (kinds.size < 2 || found[0]!.name === 'type')) {
    const [chosen] = found;
    const ranked = [...chosen!.values].sort((a, b) => b[1] - a[1]).map(([v]) => v);
    const colourOf = new Map(ranked.map((v, i) => [v, CATEGORY_PALETTE[i] ?? OTHER_COLOUR]));
    nodes.forEach((n, i) => {
      const v = (n.attributes as Raw | undefined)?.[chosen!.name];
      if (typeof v === 'string') set(i, APPEARANCE_KEYS.color, colourOf.get(v)!);
    });
    lines.push(
      `Nodes coloured by their "${chosen!.name}" (${ranked.length} values: ${ranked.slice(0, 8).join(', ')}${ranked.length > 8 ? ', …' : ''})`,
    );
  }
  const others = found.filter((f) => !lines.some((l) => l.includes(`"${f.name}"`)));
  if (others.length > 0)
    lines.push(
      `Other categorical attributes, kept on the nodes: ${others.map((f) => `"${f.name}" (${f.values.size} values)`).join(', ')}`,
    );
  return lines;
}
