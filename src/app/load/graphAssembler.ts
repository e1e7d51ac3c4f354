// Builds the graph from the worker's slices, a slice at a time, exactly as buildGraph() would from the dataset.
import { MultiDirectedGraph } from 'graphology';
import {
  dictionaryAdjacency,
  type EdgeAttributes,
  edgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
  nodeAttributes,
  type StakeholderGraph,
} from '../../graph/index.ts';
import type { EdgeRecord, NodeRecord, Source } from '../../schema/index.ts';
import type { GraphHeader } from './messages.ts';
import { createStringPool } from './stringPool.ts';

export interface GraphAssembler {
  readonly graph: StakeholderGraph;
  addSources(records: readonly Source[]): void;
  /** `start` is the index of the first record in the dataset (for the fallback spiral position). */
  addNodes(records: readonly NodeRecord[], start: number): void;
  addEdges(records: readonly EdgeRecord[]): void;
  /** The graph, with its sources attached. */
  finish(): StakeholderGraph;
}

export function createGraphAssembler(header: GraphHeader): GraphAssembler {
  const graph: StakeholderGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const sources: Source[] = [];
  const attrs: GraphAttributes = {
    schemaVersion: header.schemaVersion,
    id: header.id,
    title: header.title,
    sources,
  };
  if (header.description !== undefined) attrs.description = header.description;
  graph.replaceAttributes(attrs);
  let strings = createStringPool();
  return {
    graph,
    addSources(records) {
      for (const s of records) sources.push(s);
    },
    addNodes(records, start) {
      const ids: string[] = [];
      for (let i = 0; i < records.length; i++) {
        const record = records[i]!;
        strings.shareNode(record);
        graph.addNode(record.id, nodeAttributes(record, start + i));
        ids.push(record.id);
      }
      // All nodes are in before the first edge (the worker posts them first): as in load(), the
      // adjacency starts in the form that grows cheaply (see dictionaryAdjacency in graph/build.ts),
      // slice by slice rather than for every node at once when the first edge comes (a long task).
      if (graph.size === 0) dictionaryAdjacency(graph, ids);
    },
    addEdges(records) {
      for (const record of records) {
        strings.shareEdge(record);
        graph.addDirectedEdgeWithKey(record.id, record.source, record.target, edgeAttributes(record));
      }
    },
    finish() {
      strings = createStringPool();
      graph.setAttribute('sources', sources);
      return graph;
    },
  };
}
