// A node's drawn colour and size: the file's own when it has them (schema/appearance.ts), else the
// kind's colour and a size from the degree; scaled down on dense graphs so that at 10k-100k nodes
// they stay dots (as in Gephi Lite) instead of merging into one disc.
import type { NodeAttributes, StakeholderGraph } from '../../graph/index.ts';
import { NODE_KINDS, nodeAppearance } from '../../schema/index.ts';

export interface NodeLook {
  /** Multiplier of every node size: 1 up to DENSE_FROM nodes, less above. */
  readonly scale: number;
  color(a: NodeAttributes): string;
  size(degree: number, a: NodeAttributes): number;
}

/** Node size grows with the square root of the degree (number of relations, in and out). */
export function nodeSize(degree: number): number {
  return 3 + 1.8 * Math.sqrt(degree);
}

/** Above this many nodes, sizes shrink with the square root of the node count. */
const DENSE_FROM = 1000;
/** Radius range, in pixels at scale 1, that the file's sizes are mapped onto. */
const FILE_MIN = 3;
const FILE_SPAN = 12;

/** The size multiplier for a graph of this many nodes: the area per node on screen shrinks as 1/n. */
export function densityScale(nodes: number): number {
  return nodes <= DENSE_FROM ? 1 : Math.max(0.15, Math.sqrt(DENSE_FROM / nodes));
}

export function nodeLook(graph: StakeholderGraph): NodeLook {
  const scale = densityScale(graph.order);
  // The file's sizes in its own units: mapped from their range onto the explorer's.
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_n, a) => {
    if (a.record.attributes === undefined) return;
    const size = nodeAppearance(a.record).size;
    if (size === undefined) return;
    if (size < min) min = size;
    if (size > max) max = size;
  });
  const span = max - min;
  return {
    scale,
    color(a) {
      if (a.record.attributes === undefined) return NODE_KINDS[a.kind].color;
      return nodeAppearance(a.record).color ?? NODE_KINDS[a.kind].color;
    },
    size(degree, a) {
      const own = a.record.attributes === undefined ? undefined : nodeAppearance(a.record).size;
      const base =
        own === undefined
          ? nodeSize(degree)
          : FILE_MIN + (span > 0 ? FILE_SPAN * Math.sqrt((own - min) / span) : FILE_SPAN / 3);
      return Math.max(1, base * scale);
    },
  };
}

/** Whether any node is drawn in the file's own colour or size, so the legend can say so. */
export function fileLook(graph: StakeholderGraph): { readonly colours: boolean; readonly sizes: boolean } {
  let colours = false;
  let sizes = false;
  graph.someNode((_n, a) => {
    if (a.record.attributes === undefined) return false;
    const own = nodeAppearance(a.record);
    colours ||= own.color !== undefined;
    sizes ||= own.size !== undefined;
    return colours && sizes;
  });
  return { colours, sizes };
}
