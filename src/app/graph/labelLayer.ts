// Node labels in order of importance. sigma's label pass (its grid picks candidates, the biggest
// nodes of each cell, plus forced labels) only collects them here; once the frame is drawn they are
// placed all together by placeLabels.ts, most important first, and drawn on sigma's label canvas.
// The labels of the last frame are kept for the test hook and the SVG export.
import type { Sigma } from 'sigma';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/index.ts';
import { type LabelCandidate, type PlacedLabel, placeLabels } from './placeLabels.ts';

export interface LabelLayer {
  /** sigma's `defaultDrawNodeLabel`: collects the label, drawn at the end of the frame. */
  collect(
    context: CanvasRenderingContext2D,
    data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
    settings: Settings<NodeAttributes, EdgeAttributes>,
  ): void;
  /** Hooks the layer on sigma's frames (after sigma is created with `collect`). */
  attach(sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>): void;
  /** The labels drawn in the last frame (viewport pixels). */
  drawn(): readonly PlacedLabel[];
}

export interface LabelLayerOptions {
  /** How much a node's label matters now (highlight.ts); ties go to the bigger node. */
  readonly rank: (node: string) => number;
  /** Small graphs: every label where space allows (shifted, shortened) rather than dropped. */
  readonly fitAll: boolean;
  /** The colour of the thin outline around label text, so it reads over edges and nodes. */
  readonly halo: () => string;
}

export function createLabelLayer(options: LabelLayerOptions): LabelLayer {
  let candidates: LabelCandidate[] = [];
  let context: CanvasRenderingContext2D | undefined;
  let drawn: readonly PlacedLabel[] = [];
  // Text widths by font and text: the same labels are measured frame after frame.
  const widths = new Map<string, number>();
  let widthsFont = '';
  const measure = (text: string): number => {
    let w = widths.get(text);
    if (w === undefined && context) {
      w = context.measureText(text).width;
      widths.set(text, w);
    }
    return w ?? 0;
  };
  return {
    collect(ctx, data, _settings) {
      context = ctx;
      const key = (data as { key?: string }).key;
      if (!data.label || key === undefined) return;
      candidates.push({
        key,
        x: data.x,
        y: data.y,
        size: data.size,
        text: data.label,
        rank: options.rank(key),
      });
    },
    attach(sigma) {
      sigma.on('beforeRender', () => {
        candidates = [];
        drawn = [];
      });
      sigma.on('afterRender', () => {
        const ctx = context;
        if (!ctx || candidates.length === 0) return;
        const settings = sigma.getSettings();
        const size = settings.labelSize;
        const font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
        ctx.font = font;
        if (font !== widthsFont) {
          widths.clear();
          widthsFont = font;
        }
        const { width, height } = sigma.getDimensions();
        drawn = placeLabels(candidates, { width, height, labelSize: size, measure, fitAll: options.fitAll });
        candidates = [];
        ctx.fillStyle = settings.labelColor.color ?? '#000';
        ctx.strokeStyle = options.halo();
        ctx.lineWidth = 3;
        ctx.lineJoin = 'round';
        for (const label of drawn) {
          ctx.strokeText(label.text, label.textX, label.textY);
          ctx.fillText(label.text, label.textX, label.textY);
        }
      });
    },
    drawn: () => drawn,
  };
}
