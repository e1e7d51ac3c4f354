// The load worker's pipeline (runLoad) and the slice builder, run in Node on real files and a real HTTP server.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphAssembler } from '../../src/app/load/graphAssembler.ts';
import type { LoadRequest, LoadSource, WorkerMessage } from '../../src/app/load/messages.ts';
import { readUrl } from '../../src/app/load/readSource.ts';
import { runLoad } from '../../src/app/load/runLoad.ts';
import { recordSlices, sendDataset, sendUnchecked } from '../../src/app/load/sendDataset.ts';
import { readDataset } from '../../src/cli/io.ts';
import { writeEdgesCsv, writeGexf, writeNodesCsv, writeSourcesCsv } from '../../src/export/index.ts';
import { buildGraph, load, type StakeholderGraph, syntheticDataset } from '../../src/graph/index.ts';
import { importFile } from '../../src/import/index.ts';
import { BUNDLED_DIR, FIXTURES } from '../helpers.ts';

function request(source: LoadSource, extra: Partial<LoadRequest> = {}): LoadRequest {
  return { source, maxBytes: 200 * 1024 * 1024, warnBytes: 50 * 1024 * 1024, sliceSize: 300, ...extra };
}

async function run(req: LoadRequest): Promise<WorkerMessage[]> {
  const messages: WorkerMessage[] = [];
  // Each message goes through a structured clone, as postMessage would copy it.
  await runLoad(req, (m) => messages.push(structuredClone(m)));
  return messages;
}

/** Builds the graph from the messages as the main thread does (a 'restart' drops what came before). */
function assemble(messages: readonly WorkerMessage[]): StakeholderGraph | undefined {
  let a: ReturnType<typeof createGraphAssembler> | undefined;
  for (const m of messages) {
    if (m.type === 'restart') a = undefined;
    else if (m.type === 'header') a = createGraphAssembler(m.header);
    else if (m.type === 'sources') a!.addSources(m.records);
    else if (m.type === 'nodes') a!.addNodes(m.records, m.start);
    else if (m.type === 'edges') a!.addEdges(m.records);
  }
  return a?.finish();
}

let server: Server;
let base: string;
beforeAll(async () => {
  // Serves tests/fixtures with a Content-Length, like a static host.
  server = createServer((req, res) => {
    try {
      const body = readFileSync(join(FIXTURES, decodeURIComponent(new URL(req.url!, 'http://x').pathname)));
      res.writeHead(200, { 'content-length': body.byteLength });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('runLoad (the load worker) and the slice builder', () => {
  it('builds, from slices of a synthetic dataset, the same graph as buildGraph', async () => {
    const dataset = syntheticDataset({ nodes: 1500, seed: 4 });
    // One node without a position, so the spiral fallback must use its index in the whole dataset.
    delete dataset.nodes[700]!.position;
    const blob = new Blob([JSON.stringify(dataset)]);
    const messages = await run(request({ kind: 'blob', blob, name: 'synthetic.json' }));
    expect(messages.at(-1)).toMatchObject({ type: 'done' });
    expect(messages.filter((m) => m.type === 'nodes').length).toBe(5);
    const graph = assemble(messages)!;
    const expected = buildGraph(load(dataset).dataset!);
    expect(graph.export()).toEqual(expected.export());
  });

  it('reports reading progress up to the Content-Length, then parse and validate, and fetches source files beside the dataset', async () => {
    const messages = await run(request({ kind: 'url', url: `${base}/small/dataset.json` }));
    const size = readFileSync(join(FIXTURES, 'small', 'dataset.json')).byteLength;
    const reads = messages.filter((m) => m.type === 'progress' && m.phase === 'read');
    expect(reads.at(-1)).toEqual({ type: 'progress', phase: 'read', loaded: size, total: size });
    const phases = messages.filter((m) => m.type === 'progress').map((m) => m.phase);
    expect([...new Set(phases)]).toEqual(['read', 'parse', 'validate']);
    const graph = assemble(messages)!;
    const expected = load(JSON.parse(readFileSync(join(FIXTURES, 'small', 'dataset.json'), 'utf8')));
    expect(graph.order).toBe(expected.dataset!.nodes.length);
    const doc = graph.getAttribute('sources').find((s) => s.kind === 'document');
    expect(doc?.text).toBe(readFileSync(join(FIXTURES, 'small', 'sources', 'doc.txt'), 'utf8'));
  });

  it('imports a GEXF file with the core importer and reports the mapping', async () => {
    const original = buildGraph(syntheticDataset({ nodes: 400, seed: 2 }));
    const blob = new Blob([writeGexf(original)]);
    const messages = await run(request({ kind: 'blob', blob, name: 'net.gexf' }));
    const done = messages.at(-1);
    expect(done?.type === 'done' && done.report.mapped.length).toBeGreaterThan(0);
    const graph = assemble(messages)!;
    expect(graph.order).toBe(400);
    expect(graph.size).toBe(original.size);
    // The records went once, before the checks, which confirmed them: no restart, sources last.
    const types = messages.map((m) => m.type);
    expect(types).not.toContain('restart');
    expect(types.filter((t) => t === 'header')).toHaveLength(1);
    expect(types.lastIndexOf('edges')).toBeLessThan(types.indexOf('sources'));
    const imported = importFile('net.gexf', new Uint8Array(await blob.arrayBuffer()));
    expect(graph.export()).toEqual(imported.graph!.export());
  });

  it('confirms records that zod had to look at (a claim, figures) without sending them again', async () => {
    // The bundled dataset, its source texts inlined: some of its records have figures or a claim.
    const dataset = (await readDataset(BUNDLED_DIR)).dataset!;
    expect(dataset.nodes.some((n) => n.figures !== undefined || n.claim !== undefined)).toBe(true);
    const blob = new Blob([JSON.stringify(dataset)]);
    const messages = await run(request({ kind: 'blob', blob, name: 'd.json' }));
    expect(messages.map((m) => m.type)).not.toContain('restart');
    expect(messages.at(-1)).toMatchObject({ type: 'done' });
    expect(assemble(messages)!.export()).toEqual(buildGraph(dataset).export());
  });

  it('warns once about the encoding of a foreign file that is not UTF-8, and keeps its accents', async () => {
    const gexf = `<?xml version="1.0" encoding="windows-1252"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<nodes><node id="a" label="Cr\u00e8che"/><node id="b" label="B"/></nodes>
<edges><edge id="e1" source="a" target="b"/></edges></graph></gexf>`;
    // Latin-1 bytes: each character below 256 as one byte (\u00e8 is 0xE8, invalid on its own in UTF-8).
    const bytes = Uint8Array.from(gexf, (c) => c.charCodeAt(0));
    const messages = await run(request({ kind: 'blob', blob: new Blob([bytes]), name: 'latin.gexf' }));
    const done = messages.at(-1);
    if (done?.type !== 'done') throw new Error('not done');
    expect(done.report.issues.filter((i) => i.code === 'encoding')).toHaveLength(1);
    expect(assemble(messages)!.getNodeAttribute('a', 'label')).toBe('Cr\u00e8che');
  });

  it('imports a set of files together (CSV nodes, edges and sources) into one graph', async () => {
    const original = buildGraph(syntheticDataset({ nodes: 300, seed: 5 }));
    const files = [
      { name: 'nodes.csv', blob: new Blob([writeNodesCsv(original)]) },
      { name: 'edges.csv', blob: new Blob([writeEdgesCsv(original)]) },
      { name: 'sources.csv', blob: new Blob([writeSourcesCsv(original)]) },
    ];
    const messages = await run(request({ kind: 'files', files }));
    const reads = messages.filter((m) => m.type === 'progress' && m.phase === 'read');
    const total = files.reduce((n, f) => n + f.blob.size, 0);
    expect(reads.at(-1)).toMatchObject({ loaded: total, total });
    const graph = assemble(messages)!;
    expect(graph.order).toBe(300);
    expect(graph.size).toBe(original.size);
    expect(graph.getNodeAttribute(original.nodes()[7]!, 'label')).toBe(
      original.getNodeAttribute(original.nodes()[7]!, 'label'),
    );
  });

  it('reports the located problems of a set that cannot be imported, after the records it sent unchecked', async () => {
    const files = [
      { name: 'nodes.csv', blob: new Blob(['id,label,type\na,A,person\n']) },
      { name: 'edges.csv', blob: new Blob(['id,source,target,type\ne1,a,zz,funds\n']) },
    ];
    const messages = await run(request({ kind: 'files', files }));
    const last = messages.at(-1);
    // The mapped records went to the page before the checks; 'failed' tells it to drop them.
    const types = messages.map((m) => m.type).filter((t) => t !== 'progress');
    expect(types).toEqual(['header', 'nodes', 'edges', 'failed']);
    const issues = last?.type === 'failed' ? last.report.issues : [];
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'dangling-edge', path: ['edges', 0, 'target'] }),
    );
  });

  it('refuses a file over the size limit before reading it, with the sizes in the message', async () => {
    const blob = new Blob(['x'.repeat(3000)]);
    const messages = await run(request({ kind: 'blob', blob, name: 'big.json' }, { maxBytes: 2048 }));
    expect(messages).toHaveLength(1);
    const m = messages[0]!;
    expect(m.type).toBe('failed');
    if (m.type !== 'failed') return;
    expect(m.report.issues[0]!.code).toBe('too-large');
    expect(m.report.issues[0]!.message).toMatch(/big\.json is 3 kB, over the limit of 2 kB/);
  });

  it('warns about a large file and still loads it', async () => {
    const blob = new Blob([JSON.stringify(syntheticDataset({ nodes: 50, seed: 1 }))]);
    const messages = await run(request({ kind: 'blob', blob, name: 'd.json' }, { warnBytes: 100 }));
    const done = messages.at(-1);
    expect(done?.type === 'done' && done.report.issues.map((i) => i.code)).toEqual(['large-file']);
  });

  it('fails with located issues for invalid JSON and for a missing URL, never throwing', async () => {
    const bad = await run(request({ kind: 'blob', blob: new Blob(['{"nodes": [']), name: 'bad.json' }));
    expect(bad).toContainEqual(expect.objectContaining({ type: 'failed' }));
    const failed = bad.find((m) => m.type === 'failed');
    expect(failed?.type === 'failed' && failed.report.issues[0]!.message).toMatch(
      /bad\.json is not valid JSON/,
    );
    const missing = await run(request({ kind: 'url', url: `${base}/nope.json` }));
    expect(missing).toHaveLength(1);
    expect(missing[0]!.type === 'failed' && missing[0]!.report.issues[0]!.message).toMatch(/HTTP 404/);
  });

  it('parses a download the worker started before this code loaded, and reports its failure as a read', async () => {
    // loadWorker.ts starts the read itself and hands it over: runLoad must not read the URL again.
    const url = `${base}/small/dataset.json`;
    const started = readUrl(url, 'dataset.json', 200 * 1024 * 1024, () => undefined);
    const messages: WorkerMessage[] = [];
    await runLoad(
      request({ kind: 'url', url: `${base}/small/not-read-again.json` }),
      (m) => messages.push(m),
      started,
    );
    expect(messages.at(-1)).toMatchObject({ type: 'done' });
    expect(assemble(messages)!.order).toBe(
      load(readFileSync(join(FIXTURES, 'small', 'dataset.json'), 'utf8')).dataset!.nodes.length,
    );
    const failing = readUrl(`${base}/nope.json`, 'nope.json', 1024, () => undefined);
    const failed: WorkerMessage[] = [];
    await runLoad(request({ kind: 'url', url }), (m) => failed.push(m), failing);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.type === 'failed' && failed[0]!.report.issues[0]!.message).toMatch(
      /nope\.json.*HTTP 404/,
    );
  });
});

describe('sendDataset (the records sent before the checks, confirmed or replaced)', () => {
  it('sends everything again after a restart when the checked records differ from those sent', () => {
    const raw = JSON.parse(JSON.stringify(syntheticDataset({ nodes: 40, seed: 9 })));
    const messages: WorkerMessage[] = [];
    const post = (m: WorkerMessage) => messages.push(structuredClone(m));
    const sent = sendUnchecked(raw, 15, post);
    // Unchecked: the header and every node and edge, but no 'done' yet.
    expect(messages[0]!.type).toBe('header');
    const count = (type: string) =>
      messages.reduce((n, m) => n + (m.type === type && 'records' in m ? m.records.length : 0), 0);
    expect([count('nodes'), count('edges')]).toEqual([raw.nodes.length, raw.edges.length]);
    expect(messages.map((m) => m.type)).not.toContain('done');
    const checked = load({
      ...raw,
      nodes: raw.nodes.map((n: { label: string }, i: number) => (i === 5 ? { ...n, label: 'Changed' } : n)),
    }).dataset!;
    sendDataset(checked, { mapped: [], issues: [] }, 15, post, sent);
    const types = messages.map((m) => m.type);
    expect(types.filter((t) => t === 'restart')).toHaveLength(1);
    expect(types.filter((t) => t === 'header')).toHaveLength(2);
    expect(types.indexOf('restart')).toBeLessThan(types.lastIndexOf('header'));
    const graph = assemble(messages)!;
    expect(graph.export()).toEqual(buildGraph(checked).export());
    expect(graph.getNodeAttribute(checked.nodes[5]!.id, 'label')).toBe('Changed');
  });
});

describe('recordSlices (the slices the worker posts)', () => {
  const node = (i: number, description?: string) => ({
    id: `n${i}`,
    label: `Node ${i}`,
    type: 'group',
    ...(description === undefined ? {} : { description }),
  });

  it('cuts typical records by count, and long records into smaller slices, covering every record once in order', () => {
    const short = Array.from({ length: 1000 }, (_, i) => node(i));
    expect([...recordSlices(short, 300)].map(([start, r]) => [start, r.length])).toEqual([
      [0, 300],
      [300, 300],
      [600, 300],
      [900, 100],
    ]);
    const long = Array.from({ length: 1000 }, (_, i) => node(i, 'x'.repeat(800)));
    const slices = [...recordSlices(long, 300)];
    expect(slices.every(([, r]) => r.length < 100)).toBe(true);
    expect(slices.flatMap(([, r]) => r)).toEqual(long);
    expect(slices.map(([start]) => start)).toEqual(
      slices.map((_, i) => slices.slice(0, i).reduce((n, [, r]) => n + r.length, 0)),
    );
  });

  it('puts a record heavier than a whole slice in a slice of its own', () => {
    const records = [node(0), node(1, 'x'.repeat(200_000)), node(2)];
    expect([...recordSlices(records, 300)].map(([, r]) => r.map((n) => n.id))).toEqual([
      ['n0', 'n1'],
      ['n2'],
    ]);
  });
});
