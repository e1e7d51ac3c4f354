// Node labels that never overlap: sigma's label grid picks candidates per cell, this drawer skips any
// label whose box would cover one already drawn in the same frame (reset before each render).
// A label that would run past the canvas's right edge is drawn on the node's left instead.
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../graph/index.ts';

export interface ReservedLabel {
  readonly key: string;
  /** Viewport position and rendered size of the node. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly label: string;
  readonly labelSize: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelDrawer {
  draw(
    context: CanvasRenderingContext2D,
    data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
    settings: Settings<NodeAttributes, EdgeAttributes>,
  ): void;
  /**
   * Forgets the boxes of the previous frame; a label given here (the selection) is reserved first,
   * so it always shows and others give way to it.
   */
  reset(reserved?: ReservedLabel): void;
}

function labelBox(
  x: number,
  y: number,
  nodeSize: number,
  width: number,
  labelSize: number,
  viewportWidth = Number.POSITIVE_INFINITY,
): Box {
  const right = x + nodeSize + 3;
  const flipped = x - nodeSize - 3 - width;
  // Right of the node if it fits, else left of it if that fits, else as far right as the edge allows.
  const left =
    right + width + 2 <= viewportWidth
      ? right
      : flipped >= 0
        ? flipped
        : Math.max(2, Math.min(right, viewportWidth - width - 2));
  return { x1: left - 2, y1: y - labelSize * 0.75, x2: left + width + 2, y2: y + labelSize * 0.55 };
}

/** The canvas width in CSS pixels (sigma scales its 2D contexts by the pixel ratio). */
function viewportWidth(context: CanvasRenderingContext2D): number {
  const scale = context.getTransform().a || 1;
  return context.canvas.width / scale;
}

export function createLabelDrawer(): LabelDrawer {
  let boxes: Box[] = [];
  let reserved: ReservedLabel | undefined;
  let pending: ReservedLabel | undefined;
  return {
    draw(context, data, settings) {
      if (!data.label) return;
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const viewport = viewportWidth(context);
      // The reserved label's box is placed on the first draw of the frame, when the canvas is known.
      if (pending) {
        const r = pending;
        pending = undefined;
        boxes.push(labelBox(r.x, r.y, r.size, context.measureText(r.label).width, r.labelSize, viewport));
      }
      const width = context.measureText(data.label).width;
      const box = labelBox(data.x, data.y, data.size, width, size, viewport);
      const key = (data as { key?: string }).key;
      if (key !== reserved?.key) {
        if (boxes.some((b) => b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2)) return;
        boxes.push(box);
      }
      context.fillStyle = settings.labelColor.color ?? '#000';
      context.fillText(data.label, box.x1 + 2, data.y + size / 3);
    },
    reset(next) {
      reserved = next;
      pending = next;
      boxes = [];
    },
  };
}
