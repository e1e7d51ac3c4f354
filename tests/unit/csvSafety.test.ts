// CSV exports are safe to open in a spreadsheet (OWASP's CSV injection rule) and still read back exactly.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findExporter } from '../../src/export/index.ts';
import { load, neutraliseCell, restoreCell, type StakeholderGraph } from '../../src/graph/index.ts';
import { importFiles } from '../../src/import/index.ts';
import { cli } from '../cli/run.ts';
import { records } from '../exchangeHelpers.ts';
import { smallRaw } from '../helpers.ts';

const TRICKY = [
  '=HYPERLINK("http://x")',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '+1+1',
  '-1+2',
  '\tTab first',
  '\rReturn first',
  '=',
  '-',
  "'=already quoted",
  "''=two apostrophes",
  "'-",
  "'plain apostrophe",
  "'",
  "''",
  '-12.5',
  '+3',
  '1e-7',
  '-1e5',
  'ordinary text',
  '',
];

/** The small fixture with formula-like text in every kind of text cell. */
function hostileCsvGraph(): StakeholderGraph {
  const raw = smallRaw();
  raw.nodes[0]!.label = '=HYPERLINK("http://x")';
  raw.nodes[0]!.description = '@SUM(1+1)*cmd|" /C calc"!A0';
  raw.nodes[1]!.label = "'=already quoted";
  raw.nodes[1]!.aliases = ['+1+1', '-'];
  raw.nodes[2]!.label = '-12.5';
  raw.nodes[2]!.description = "''=two apostrophes";
  raw.nodes[3]!.description = '\tTab first';
  raw.edges[0]!.detail = '-1+2';
  raw.sources[1]!.title = '=1+1';
  raw.sources[1]!.note = '\rReturn first';
  const result = load(raw);
  if (!result.graph) throw new Error(JSON.stringify(result.issues));
  return result.graph;
}

const csvFiles = (graph: StakeholderGraph, raw = false) =>
  findExporter('csv')!
    .write(graph, { raw })
    .map((f) => ({ name: f.name, content: f.content }));

/** Every cell of a CSV text, header row left out. */
function cells(text: string): string[] {
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1).flat();
}

const runnable = (cell: string): boolean =>
  /^[=+\-@\t\r]/.test(cell) && !/^[+-]?[\d.]+(e[+-]?\d+)?$/i.test(cell);

describe('spreadsheet-safe cells', () => {
  it('give back every text exactly, and never start with a formula character unless a plain number', () => {
    for (const text of TRICKY) {
      const safe = neutraliseCell(text);
      expect(restoreCell(safe), JSON.stringify(text)).toBe(text);
      expect(runnable(safe), JSON.stringify(safe)).toBe(false);
    }
    expect(neutraliseCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutraliseCell("'=already quoted")).toBe("''=already quoted");
    expect(neutraliseCell('-12.5')).toBe('-12.5');
    expect(neutraliseCell("'plain apostrophe")).toBe("'plain apostrophe");
  });

  it('are what export --format csv writes in nodes, edges and sources files', () => {
    const files = csvFiles(hostileCsvGraph());
    for (const f of files) {
      const bad = cells(f.content).filter(runnable);
      expect(bad, f.name).toEqual([]);
    }
    const nodes = cells(files[0]!.content);
    expect(nodes).toContain('\'=HYPERLINK("http://x")');
    expect(nodes).toContain('\'@SUM(1+1)*cmd|" /C calc"!A0');
    expect(nodes).toContain("''=already quoted");
    expect(cells(files[1]!.content)).toContain("'-1+2");
    expect(cells(files[2]!.content)).toContain("'=1+1");
    expect(cells(files[2]!.content)).toContain("'\rReturn first");
  });

  it('read back through our CSV import as the original text, exactly', () => {
    const graph = hostileCsvGraph();
    const result = importFiles(csvFiles(graph));
    expect(result.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(records(result.graph!)).toEqual(records(graph));
  });

  it('are left as written with raw, and such a file also reads back exactly', () => {
    const graph = hostileCsvGraph();
    const files = csvFiles(graph, true);
    expect(cells(files[0]!.content)).toContain('=HYPERLINK("http://x")');
    expect(cells(files[0]!.content)).toContain("'=already quoted");
    const result = importFiles(files);
    expect(records(result.graph!)).toEqual(records(graph));
  });

  it('are not undone in a CSV that is not ours: a foreign apostrophe stays', () => {
    const text = "id,label\r\na,'=kept\r\n";
    const result = importFiles([{ name: 'nodes.csv', content: text }]);
    expect(result.graph!.getNodeAttribute('a', 'label')).toBe("'=kept");
  });

  it('are not used in neo4j-admin files, which the database stores as they are', () => {
    const files = findExporter('neo4j-admin')!.write(hostileCsvGraph());
    expect(cells(files[0]!.content)).toContain('=HYPERLINK("http://x")');
  });

  it('are the default of the CLI, and --raw turns them off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-csv-'));
    const raw = smallRaw();
    raw.nodes[0]!.label = '=HYPERLINK("http://x")';
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(raw));
    const safe = await cli('export', '--format', 'csv', '--out', join(dir, 'safe'), dir);
    expect(safe.code).toBe(0);
    expect(cells(readFileSync(join(dir, 'safe', 'nodes.csv'), 'utf8'))).toContain('\'=HYPERLINK("http://x")');
    const plain = await cli('export', '--format', 'csv', '--raw', '--out', join(dir, 'raw'), dir);
    expect(plain.code).toBe(0);
    expect(cells(readFileSync(join(dir, 'raw', 'nodes.csv'), 'utf8'))).toContain('=HYPERLINK("http://x")');
    // And the safe folder converts back to the same label.
    const back = await cli('convert', join(dir, 'safe'), join(dir, 'back.json'));
    expect(back.code).toBe(0);
    const labels = JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8')).nodes.map(
      (n: { label: string }) => n.label,
    );
    expect(labels).toContain('=HYPERLINK("http://x")');
  });
});
