// Dataset shapes the benchmark opens besides syntheticDataset: the "wide file" of issue #19, a
// plausible import of a foreign graph (long descriptions, grid positions, one edge per node).
import { seededRandom } from '../../src/graph/index.ts';
import type { Dataset, EdgeRecord, NodeRecord } from '../../src/schema/index.ts';

/** The node count of the wide file (about 30 MB of JSON). */
export const WIDE_NODES = 62_800;

const WORDS =
  'stakeholder interest policy funding oversight partnership community review report council safeguarding board agency service public local national evidence'.split(
    ' ',
  );

/**
 * About 62,800 nodes labelled "Stakeholder N", each with a 340-character description and a
 * position on a 300-wide grid spaced 3 apart, and as many `related-to` edges (one per node, to a
 * seeded random other node), with no evidence and no sources: about 30 MB of JSON.
 */
export function wideDataset(nodes = WIDE_NODES, seed = 42): Dataset {
  const random = seededRandom(seed);
  const description = (i: number): string => {
    let text = `Stakeholder ${i}:`;
    while (text.length < 340) text += ` ${WORDS[Math.floor(random() * WORDS.length)]}`;
    return text.slice(0, 340);
  };
  const records: NodeRecord[] = [];
  for (let i = 0; i < nodes; i++)
    records.push({
      id: `s${i}`,
      label: `Stakeholder ${i}`,
      type: 'group',
      description: description(i),
      position: { x: (i % 300) * 3, y: Math.floor(i / 300) * 3 },
    });
  const edges: EdgeRecord[] = [];
  for (let i = 0; i < nodes; i++) {
    let j = Math.floor(random() * (nodes - 1));
    if (j >= i) j++;
    edges.push({ id: `e-${i}`, source: `s${i}`, target: `s${j}`, type: 'related-to' });
  }
  return {
    schemaVersion: 1,
    id: `wide-${nodes}`,
    title: `Wide file (${nodes} nodes, long descriptions, grid positions)`,
    sources: [],
    nodes: records,
    edges,
  };
}
