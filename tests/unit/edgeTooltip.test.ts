// The hovered relation's tooltip says how the relation is backed: nothing when stated, else inferred or unsourced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edgeTooltip } from '../../src/app/graph/edgeTooltip.ts';
import { importFile } from '../../src/import/index.ts';
import { bundledGraph } from '../exchangeHelpers.ts';
import { FIXTURES } from '../helpers.ts';

describe('edgeTooltip', () => {
  it('marks a relation imported without evidence as unsourced, not inferred', () => {
    const file = join(FIXTURES, 'exchange', 'undated.gexf');
    const graph = importFile('undated.gexf', readFileSync(file, 'utf8')).graph!;
    const edge = graph.edges()[0]!;
    expect(edgeTooltip(graph, edge)).toMatch(/\(unsourced\)$/);
  });

  it('marks an inferred relation of the bundled dataset as inferred and a stated one not at all', () => {
    const graph = bundledGraph();
    const inferred = graph.findEdge((_, a) => !a.stated && (a.record.evidence?.length ?? 0) > 0)!;
    const stated = graph.findEdge((_, a) => a.stated)!;
    expect(edgeTooltip(graph, inferred)).toContain('(inferred)');
    expect(edgeTooltip(graph, stated)).not.toMatch(/\((inferred|unsourced)\)/);
  });
});
