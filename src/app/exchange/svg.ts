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
}

/** A label as the canvas drew it (labelLayer.ts): its text, baseline start and box, in viewport pixels. */
export interface SvgLabel {
  /** The node's id (written as data-node, so a reader can tell which node a label names). */
  readonly id: string;
  readonly text: string;
  readonly textX: number;
  readonly textY: number;
  readonly textWidth: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
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
  /** The labels drawn on the canvas, where it drew them. */
  readonly labels: readonly SvgLabel[];
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

/** The view's box, grown to hold every label's box: nothing is cut off at an edge. */
function viewBox(view: SvgView): { x: number; y: number; width: number; height: number } {
  let x0 = 0;
  let y0 = 0;
  let x1 = view.width;
  let y1 = view.height;
  for (const l of view.labels) {
    x0 = Math.min(x0, l.x);
    y0 = Math.min(y0, l.y);
    x1 = Math.max(x1, l.x + l.width);
    y1 = Math.max(y1, l.y + l.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function renderSvg(view: SvgView): string {
  const colours = [...new Set(view.edges.map((e) => e.color))];
  const marker = new Map(colours.map((c, i) => [c, `arrow-${i}`]));
  const box = viewBox(view);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(box.width)}" height="${num(box.height)}" viewBox="${num(box.x)} ${num(box.y)} ${num(box.width)} ${num(box.height)}">`,
  ];
  if (view.title !== undefined) lines.push(`<title>${escapeText(view.title)}</title>`);
  lines.push('<defs>');
  for (const c of colours) {
    lines.push(
      `<marker id="${marker.get(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" markerUnits="strokeWidth" orient="auto"><path d="M0 0L10 5L0 10z" fill="${escapeAttr(c)}"/></marker>`,
    );
  }
  lines.push('</defs>');
  lines.push(
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" fill="${escapeAttr(view.background)}"/>`,
  );
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
    `<g class="labels" fill="${escapeAttr(view.labelColor)}" stroke="${escapeAttr(view.background)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke" font-family="${escapeAttr(view.labelFont)}" font-size="${num(view.labelSize)}" font-weight="${escapeAttr(view.labelWeight)}">`,
  );
  // textLength holds each text to the width the canvas measured, whatever font the reader has.
  for (const l of view.labels) {
    lines.push(
      `<text data-node="${escapeAttr(l.id)}" x="${num(l.textX)}" y="${num(l.textY)}" textLength="${num(l.textWidth)}" lengthAdjust="spacingAndGlyphs">${escapeText(l.text)}</text>`,
    );
  }
  lines.push('</g>', '</svg>', '');
  return lines.join('\n');
}
