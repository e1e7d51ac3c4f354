// The graphology graph that the core builds: typed node, edge and graph attributes.
import type { MultiDirectedGraph } from 'graphology';
import type { EdgeRecord, NodeKind, NodeRecord, RelationKind, Source } from '../schema/index.ts';

/** Node attributes. `kind` is our node type (sigma reserves `type` for its render programs). */
export interface NodeAttributes {
  kind: NodeKind;
  label: string;
  x: number;
  y: number;
  /** The record as validated; the source of truth for panels and exports. */
  record: NodeRecord;
}

export interface EdgeAttributes {
  kind: RelationKind;
  /** True when at least one evidence item states the link (not only inferred). */
  stated: boolean;
  record: EdgeRecord;
}

export interface GraphAttributes {
  schemaVersion: number;
  id: string;
  title: string;
  description?: string;
  sources: Source[];
}

export type StakeholderGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
