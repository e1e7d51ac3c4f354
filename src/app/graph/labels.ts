// Node labels that never overlap: sigma's label grid picks candidates per cell, this drawer skips any
// label whose box would cover one already drawn in the same frame (reset before each render).
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { DisplayEdge, DisplayNode } from './displayGraph.ts';

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
    settings: Settings<DisplayNode, DisplayEdge>,
  ): void;
  /**
   * Forgets the boxes of the previous frame; a label given here (the selection) is reserved first,
   * so it always shows and others give way to it.
   */
  reset(reserved?: ReservedLabel): void;
}

function labelBox(x: number, y: number, nodeSize: number, width: number, labelSize: number): Box {
  const left = x + nodeSize + 3;
  return { x1: left - 2, y1: y - labelSize * 0.75, x2: left + width + 2, y2: y + labelSize * 0.55 };
}

export function createLabelDrawer(): LabelDrawer {
  let boxes: Box[] = [];
  let reservedKey: string | undefined;
  return {
    draw(context, data, settings) {
      if (!data.label) return;
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const x = data.x + data.size + 3;
      const box = labelBox(data.x, data.y, data.size, context.measureText(data.label).width, size);
      const key = (data as { key?: string }).key;
      if (key !== reservedKey) {
        if (boxes.some((b) => b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2)) return;
        boxes.push(box);
      }
      context.fillStyle = settings.labelColor.color ?? '#000';
      context.fillText(data.label, x, data.y + size / 3);
    },
    reset(reserved) {
      reservedKey = reserved?.key;
      // Text width estimated (no context here): about 0.6 em per character.
      boxes = reserved
        ? [
            labelBox(
              reserved.x,
              reserved.y,
              reserved.size,
              reserved.label.length * reserved.labelSize * 0.6,
              reserved.labelSize,
            ),
          ]
        : [];
    },
  };
}
