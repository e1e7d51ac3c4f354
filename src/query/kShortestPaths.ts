// Yen's k shortest simple paths on the path index, masking out nodes and edges for each spur.
import { type RawPath, type SearchSpace, shortestPath } from './pathSearch.ts';

const key = (p: RawPath): string => p.edges.join(',');

function better(a: RawPath, b: RawPath): boolean {
  return a.cost < b.cost || (a.cost === b.cost && a.edges.length < b.edges.length);
}

/**
 * Up to k simple paths from s to t, cheapest first (fewest hops when unweighted). Paths are told
 * apart by their edges, so two relations between the same pair of nodes give two paths (two
 * distinct chains of evidence).
 */
export function kShortestPaths(sp: SearchSpace, s: number, t: number, k: number): RawPath[] {
  const first = shortestPath(sp, s, t);
  if (first === undefined) return [];
  const found: RawPath[] = [first];
  const seen = new Set<string>([key(first)]);
  const candidates: RawPath[] = [];
  // Private copies of the masks, changed for each spur search and restored after it.
  const nodeOk = sp.nodeOk.slice();
  const edgeOk = sp.edgeOk.slice();
  const spur: SearchSpace = { ...sp, nodeOk, edgeOk };
  const weights = sp.index.edgeWeight;
  while (found.length < k) {
    const prev = found[found.length - 1]!;
    let rootCost = 0;
    for (let i = 0; i < prev.edges.length; i++) {
      const spurNode = prev.nodes[i]!;
      const removedEdges: number[] = [];
      for (const p of found) {
        if (p.edges.length <= i) continue;
        let same = true;
        for (let j = 0; j < i && same; j++) same = p.edges[j] === prev.edges[j];
        if (same && edgeOk[p.edges[i]!] === 1) {
          edgeOk[p.edges[i]!] = 0;
          removedEdges.push(p.edges[i]!);
        }
      }
      // Root nodes are cut off (the kernels only ever let the ends of the current search through).
      for (let j = 0; j < i; j++) nodeOk[prev.nodes[j]!] = 0;
      const tail = shortestPath(spur, spurNode, t);
      if (tail !== undefined) {
        const path: RawPath = {
          nodes: [...prev.nodes.slice(0, i), ...tail.nodes],
          edges: [...prev.edges.slice(0, i), ...tail.edges],
          cost: rootCost + tail.cost,
        };
        const id = key(path);
        if (!seen.has(id)) {
          seen.add(id);
          candidates.push(path);
        }
      }
      for (const e of removedEdges) edgeOk[e] = 1;
      for (let j = 0; j < i; j++) nodeOk[prev.nodes[j]!] = sp.nodeOk[prev.nodes[j]!]!;
      rootCost += sp.weighted ? weights[prev.edges[i]!]! : 1;
    }
    if (candidates.length === 0) break;
    let bestAt = 0;
    for (let c = 1; c < candidates.length; c++) if (better(candidates[c]!, candidates[bestAt]!)) bestAt = c;
    found.push(candidates.splice(bestAt, 1)[0]!);
  }
  return found;
}
