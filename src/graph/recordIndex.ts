// The id indexes the integrity checks need: the graph itself when one is built, or plain maps when not.
import type { EdgeRecord, NodeKind, NodeRecord } from '../schema/index.ts';
import { dictionaryAdjacency, edgeAttributes, nodeAttributes } from './build.ts';
import type { StakeholderGraph } from './types.ts';

/** The id indexes the checks need: the graph itself when one is built, or plain maps when not. */
export interface RecordIndex {
  /** Adds the node; false (nothing added) when a node has that id. */
  addNode(n: NodeRecord, i: number): boolean;
  setKind(id: string, kind: NodeKind): void;
  /** Called once all nodes are in, before the first edge. */
  nodesDone(): void;
  hasNode(id: string): boolean;
  kind(id: string): NodeKind;
  /** Adds the edge; false (nothing added) when the id is taken or an end is not a node. */
  addEdge(e: EdgeRecord): boolean;
  /** Counts an edge whose id is taken for its ends' degrees. */
  addUnkeyedEdge(e: EdgeRecord): void;
  hasEdge(id: string): boolean;
  degree(id: string): number;
  nodeIds(): Iterable<string>;
}

/** Builds the graph while checking: graphology's node and edge maps are the indexes. */
export class GraphIndex implements RecordIndex {
  constructor(readonly graph: StakeholderGraph) {}
  addNode(n: NodeRecord, i: number): boolean {
    try {
      this.graph.addNode(n.id, nodeAttributes(n, i));
      return true;
    } catch (error) {
      if (this.graph.hasNode(n.id)) return false;
      throw error;
    }
  }
  setKind(id: string, kind: NodeKind): void {
    this.graph.setNodeAttribute(id, 'kind', kind);
  }
  nodesDone(): void {
    dictionaryAdjacency(this.graph);
  }
  hasNode(id: string): boolean {
    return this.graph.hasNode(id);
  }
  kind(id: string): NodeKind {
    return this.graph.getNodeAttribute(id, 'kind');
  }
  addEdge(e: EdgeRecord): boolean {
    // Valid edges (nearly all) are added at once: graphology checks the id and both ends itself,
    // which spares three more hash lookups per edge. Otherwise the caller finds each problem.
    try {
      this.graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttributes(e));
      return true;
    } catch (error) {
      if (this.graph.hasEdge(e.id) || !this.graph.hasNode(e.source) || !this.graph.hasNode(e.target))
        return false;
      throw error;
    }
  }
  addUnkeyedEdge(e: EdgeRecord): void {
    this.graph.addDirectedEdge(e.source, e.target, edgeAttributes(e));
  }
  hasEdge(id: string): boolean {
    return this.graph.hasEdge(id);
  }
  degree(id: string): number {
    return this.graph.degree(id);
  }
  nodeIds(): Iterable<string> {
    return this.graph.nodes();
  }
}

/** Plain maps, when no graph is wanted (load's `build: false`). */
export class PlainIndex implements RecordIndex {
  private readonly nodes = new Map<string, { kind: NodeKind; degree: number }>();
  private readonly edges = new Set<string>();
  addNode(n: NodeRecord): boolean {
    if (this.nodes.has(n.id)) return false;
    this.nodes.set(n.id, { kind: n.type, degree: 0 });
    return true;
  }
  setKind(id: string, kind: NodeKind): void {
    this.nodes.get(id)!.kind = kind;
  }
  nodesDone(): void {}
  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }
  kind(id: string): NodeKind {
    return this.nodes.get(id)!.kind;
  }
  addEdge(e: EdgeRecord): boolean {
    const s = this.nodes.get(e.source);
    const t = this.nodes.get(e.target);
    if (s === undefined || t === undefined || this.edges.has(e.id)) return false;
    this.edges.add(e.id);
    s.degree++;
    t.degree++;
    return true;
  }
  addUnkeyedEdge(e: EdgeRecord): void {
    this.nodes.get(e.source)!.degree++;
    this.nodes.get(e.target)!.degree++;
  }
  hasEdge(id: string): boolean {
    return this.edges.has(id);
  }
  degree(id: string): number {
    return this.nodes.get(id)?.degree ?? 0;
  }
  nodeIds(): Iterable<string> {
    return this.nodes.keys();
  }
}
