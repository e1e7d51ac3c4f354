import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findExporter } from '../../src/export/index.ts';
import { hostileGraph } from '../exchangeHelpers.ts';
import { python, withTempFiles } from './run.ts';

const SCRIPT = `
import csv, json, sys, os
out = {}
for name in sys.argv[2:]:
    with open(os.path.join(sys.argv[1], name), newline='', encoding='utf-8') as f:
        out[name] = list(csv.reader(f))
print(json.dumps(out))
`;

describe("Python's csv module reads our CSV", () => {
  it('with the same rows and cells as we wrote, for csv and neo4j-admin', () => {
    const graph = hostileGraph();
    for (const id of ['csv', 'neo4j-admin']) {
      const files = findExporter(id)!.write(graph);
      const contents = Object.fromEntries(files.map((f) => [f.name, f.content]));
      const out = withTempFiles(contents, (dir) =>
        python(SCRIPT.replace('sys.argv[2:]', JSON.stringify(files.map((f) => f.name))), dir),
      );
      for (const f of files) {
        const expected = Papa.parse<string[]>(f.content, { skipEmptyLines: true }).data;
        expect(out[f.name]).toEqual(expected);
      }
      const nodes = out['nodes.csv'] as string[][];
      expect(nodes.length).toBe(graph.order + 1);
      expect(nodes.flat()).toContain('Two\nlines, "comma"');
    }
  });
});
