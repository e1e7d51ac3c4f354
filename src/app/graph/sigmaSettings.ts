// The explorer's sigma settings: programs, theme colours, labels and level of detail.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/index.ts';
import type { CanvasTheme } from '../theme.ts';
import { drawThemedHover } from './drawHover.ts';
import type { LevelOfDetail } from './lod.ts';

export interface SettingsOptions {
  readonly lod: LevelOfDetail;
  readonly theme: () => CanvasTheme;
  /** Offer every node's label to the placement (small graphs), not only the grid's picks. */
  readonly allLabels: boolean;
  /** The node size multiplier (nodeLook.ts): the size threshold for labels follows it. */
  readonly sizeScale: number;
  /** Where sigma's label pass hands each label (labelLayer.ts). */
  readonly drawLabel: Settings<NodeAttributes, EdgeAttributes, GraphAttributes>['defaultDrawNodeLabel'];
}

export function sigmaSettings(
  o: SettingsOptions,
): Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>> {
  const { lod, theme } = o;
  return {
    defaultEdgeType: 'straight',
    // Big graphs: one-pixel lines (no arrowheads, no curves) cost a fraction of the fill work.
    edgeProgramClasses: lod.lineEdges
      ? { straight: EdgeLineProgram, curved: EdgeLineProgram }
      : { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
    enableEdgeEvents: lod.enableEdgeEvents,
    hideEdgesOnMove: lod.hideEdgesOnMove,
    hideLabelsOnMove: lod.hideLabelsOnMove,
    // Only flagged relations ("⚠ disputed") and imported ones with their own words carry a label (displayData.ts).
    renderEdgeLabels: true,
    edgeLabelColor: { color: theme().label },
    edgeLabelSize: 12,
    labelColor: { color: theme().label },
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    // sigma's label grid offers candidates (on big graphs the biggest nodes of each cell, more
    // as one zooms in; on smaller ones every node); labelLayer.ts places them by importance.
    labelDensity: o.allLabels ? Number.POSITIVE_INFINITY : lod.labelDensity,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: o.allLabels ? 0 : lod.labelRenderedSizeThreshold * o.sizeScale,
    zIndex: true,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    defaultDrawNodeLabel: o.drawLabel,
    defaultDrawNodeHover: (context, data, settings) => drawThemedHover(context, data, settings, theme()),
  };
}
