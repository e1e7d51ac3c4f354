import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { writeDot } from '../../src/export/index.ts';
import { bundledGraph, hostileGraph } from '../exchangeHelpers.ts';

function renderSvg(dot: string): string {
  return execFileSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

describe('Graphviz (dot) renders our DOT', () => {
  it('renders the bundled dataset to SVG with one shape per node and edge', () => {
    const graph = bundledGraph();
    const svg = renderSvg(writeDot(graph));
    expect((svg.match(/class="node"/g) ?? []).length).toBe(graph.order);
    expect((svg.match(/class="edge"/g) ?? []).length).toBe(graph.size);
  });

  it('renders hostile labels as text, not markup', () => {
    const svg = renderSvg(writeDot(hostileGraph()));
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Emoji 🧒🏽 and CDATA ]]&gt; end');
  });
});
