// The current drawn view as SVG: a pure function from display data (viewport pixels) to SVG text.
//
// Hand-written because nothing else fits: sigma draws with WebGL and @sigma/export-image only
// rasterises (PNG/JPEG); graphology-svg is Node-only and lays out its own drawing, not what the
// user sees. Writing circles, lines, arrow markers and text is about a hundred lines, and as a
// pure function it is unit-tested without a browser.
import { escapeAttr, escapeText } from '../../export/index.ts';

export interface SvgNode {
  /** Viewport position and radius in pixels. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly color: string;
  /** A label to draw (it is left out if it would overlap one drawn before it, as on the canvas). */
  readonly label?: string | undefined;
}

export interface SvgEdge {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Radius of the target node: the arrow stops at its rim. */
  readonly targetSize: number;
  readonly size: number;
  readonly color: string;
  /** 0 for a straight line; as @sigma/edge-curve otherwise (bend relative to the length). */
  readonly curvature: number;
}

export interface SvgView {
  readonly width: number;
  readonly height: number;
  readonly background: string;
  readonly labelColor: string;
  readonly labelSize: number;
  readonly labelFont: string;
  readonly labelWeight: string;
  readonly title?: string | undefined;
  /** Drawn in this order: the later ones on top. */
  readonly edges: readonly SvgEdge[];
  readonly nodes: readonly SvgNode[];
  /** Indexes into `nodes` of the labels to try, most important first. */
  readonly labelOrder?: readonly number[] | undefined;
}

const num = (n: number): string => String(Math.round(n * 100) / 100);

/** An edge as path data: a line or a quadratic curve, its end pulled back to the target's rim. */
function edgePath(e: SvgEdge): string {
  const dx = e.x2 - e.x1;
  const dy = e.y2 - e.y1;
  const curved = e.curvature !== 0;
  const cx = (e.x1 + e.x2) / 2 + dy * e.curvature;
  const cy = (e.y1 + e.y2) / 2 - dx * e.curvature;
  // The end moves back along the direction it arrives from (the control point for a curve).
  const fx = curved ? e.x2 - cx : dx;
  const fy = curved ? e.y2 - cy : dy;
  const length = Math.hypot(fx, fy) || 1;
  const back = Math.min(e.targetSize, length / 2);
  const ex = e.x2 - (fx / length) * back;
  const ey = e.y2 - (fy / length) * back;
  const start = `M${num(e.x1)} ${num(e.y1)}`;
  return curved ? `${start} Q${num(cx)} ${num(cy)} ${num(ex)} ${num(ey)}` : `${start} L${num(ex)} ${num(ey)}`;
}

interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** The labels to draw: in order, skipping any whose box (text width estimated at 0.55 em a character) covers one already kept. */
function keptLabels(view: SvgView): number[] {
  const order = view.labelOrder ?? view.nodes.map((_n, i) => i);
  const boxes: Box[] = [];
  const kept: number[] = [];
  for (const i of order) {
    const n = view.nodes[i];
    if (!n?.label) continue;
    const left = n.x + n.size + 3;
    const box = {
      x1: left - 2,
      y1: n.y - view.labelSize * 0.75,
      x2: left + n.label.length * view.labelSize * 0.55 + 2,
      y2: n.y + view.labelSize * 0.55,
    };
    if (boxes.some((b) => b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2)) continue;
    boxes.push(box);
    kept.push(i);
  }
  return kept;
}

export function renderSvg(view: SvgView): string {
  const colours = [...new Set(view.edges.map((e) => e.color))];
  const marker = new Map(colours.map((c, i) => [c, `arrow-${i}`]));
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(view.width)}" height="${num(view.height)}" viewBox="0 0 ${num(view.width)} ${num(view.height)}">`,
  ];
  if (view.title !== undefined) lines.push(`<title>${escapeText(view.title)}</title>`);
  lines.push('<defs>');
  for (const c of colours) {
    lines.push(
      `<marker id="${marker.get(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" markerUnits="strokeWidth" orient="auto"><path d="M0 0L10 5L0 10z" fill="${escapeAttr(c)}"/></marker>`,
    );
  }
  lines.push('</defs>');
  lines.push(`<rect width="100%" height="100%" fill="${escapeAttr(view.background)}"/>`);
  lines.push('<g class="edges" fill="none">');
  for (const e of view.edges) {
    lines.push(
      `<path d="${edgePath(e)}" stroke="${escapeAttr(e.color)}" stroke-width="${num(e.size)}" marker-end="url(#${marker.get(e.color)})"/>`,
    );
  }
  lines.push('</g>', '<g class="nodes">');
  for (const n of view.nodes) {
    lines.push(
      `<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.size)}" fill="${escapeAttr(n.color)}"/>`,
    );
  }
  lines.push(
    `</g>`,
    `<g class="labels" fill="${escapeAttr(view.labelColor)}" font-family="${escapeAttr(view.labelFont)}" font-size="${num(view.labelSize)}" font-weight="${escapeAttr(view.labelWeight)}">`,
  );
  for (const i of keptLabels(view)) {
    const n = view.nodes[i]!;
    lines.push(
      `<text x="${num(n.x + n.size + 3)}" y="${num(n.y + view.labelSize / 3)}">${escapeText(n.label ?? '')}</text>`,
    );
  }
  lines.push('</g>', '</svg>', '');
  return lines.join('\n');
}
