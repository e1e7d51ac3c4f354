// CPU time of a GEXF import in the load worker's path, from the file's bytes to the mapped records
// (the moment `ImportOptions.beforeCheck` fires and the worker sends them), then load()'s checks.
// Each run is a fresh Node process (a cold JIT and an empty heap, as in a new worker); the median of
// the runs is printed per size and phase. With several roots the runs alternate between checkouts,
// so a before/after pair sees the same machine load. The output's fingerprint (a hash of the records
// sent) must match across roots: the same records, only sooner. toRecordsMain is the main thread's
// share of toRecords (Linux only).
// With --alloc, each run instead reports the MB allocated up to the records (V8's sampling heap
// profiler, collected objects included): a figure that the machine's load does not move.
// Run: npx tsx tests/bench/gexfImport.ts [--sizes 10000,100000] [--runs 5] [--roots /a,/b] [--prof DIR] [--alloc]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliArg, cpuMs, median } from './timing.ts';

const SEED = 42;
const PHASES = ['decode', 'read', 'map', 'toRecords', 'check', 'toRecordsMain'] as const;
type Phase = (typeof PHASES)[number];
type Run = Record<Phase, number> & { fingerprint: string };

/**
 * The main thread's CPU time in ms (Linux: its schedstat), without the JIT's and the garbage
 * collector's helper threads that the process' CPU time includes; NaN elsewhere.
 */
function mainThreadMs(): number {
  const file = `/proc/self/task/${process.pid}/schedstat`;
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split(' ')[0]) / 1e6 : Number.NaN;
}

/** The synthetic GEXF of the browser bench (tests/bench/browser/run.ts), written once per size. */
async function gexfFile(nodes: number): Promise<string> {
  const dir = join(tmpdir(), 'stakeholder-gexf-bench');
  const file = join(dir, `synthetic-${nodes}-seed${SEED}.gexf`);
  if (existsSync(file)) return file;
  const { writeGexf } = await import('../../src/export/index.ts');
  const { buildGraph, syntheticDataset } = await import('../../src/graph/index.ts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, writeGexf(buildGraph(syntheticDataset({ nodes, seed: SEED }))));
  return file;
}

interface SamplingNode {
  readonly selfSize: number;
  readonly children: readonly SamplingNode[];
}
const sampledBytes = (n: SamplingNode): number =>
  n.children.reduce((sum, c) => sum + sampledBytes(c), n.selfSize);

/** MB allocated from the file's bytes to the records, by the checkout at `root`. */
async function childAlloc(root: string, file: string): Promise<void> {
  const imp = (await import(
    pathToFileURL(join(root, 'src/import/index.ts')).href
  )) as typeof import('../../src/import/index.ts');
  const bytes = new Uint8Array(readFileSync(file));
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((done, fail) => session.post(method, params, (e, r) => (e ? fail(e) : done(r))));
  await post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const decoded = imp.decodeBytes(bytes, 'synthetic.gexf');
  const read = imp.readGexf(decoded.text, 'synthetic.gexf');
  if (!read.ok) throw new Error('the import failed');
  const stop = new Error('records made');
  try {
    imp.finalizeImport(
      read.graph,
      'synthetic.gexf',
      {
        build: false,
        beforeCheck: () => {
          throw stop;
        },
      },
      [],
    );
  } catch (e) {
    if (e !== stop) throw e;
  }
  const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
  console.log(JSON.stringify({ allocMB: sampledBytes(profile.head) / 1e6 }));
}

/** One import in this process, with the code of the checkout at `root`: CPU ms per phase. */
async function child(root: string, file: string): Promise<void> {
  const url = (p: string): string => pathToFileURL(join(root, p)).href;
  const imp = (await import(url('src/import/index.ts'))) as typeof import('../../src/import/index.ts');
  const bytes = new Uint8Array(readFileSync(file));
  const name = 'synthetic.gexf';
  let sent: Record<string, unknown> | undefined;
  let atRecords = 0;
  let mainAtRecords = 0;
  const main0 = mainThreadMs();
  const t0 = cpuMs();
  const decoded = imp.decodeBytes(bytes, name);
  const t1 = cpuMs();
  if (imp.sniffFormat(name, decoded.text) !== 'gexf') throw new Error('not sniffed as GEXF');
  const read = imp.readGexf(decoded.text, name);
  const t2 = cpuMs();
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'));
  const result = imp.finalizeImport(
    read.graph,
    name,
    {
      build: false,
      beforeCheck: (raw) => {
        atRecords = cpuMs();
        mainAtRecords = mainThreadMs();
        sent = raw;
      },
    },
    decoded.issues,
  );
  const t3 = cpuMs();
  if (result.dataset === undefined || sent === undefined) throw new Error('the import failed');
  const hash = createHash('sha256');
  for (const key of ['nodes', 'edges', 'sources', 'title', 'id', 'description'])
    hash.update(JSON.stringify(sent[key]) ?? '-');
  hash.update(JSON.stringify(result.report));
  const run: Run = {
    decode: t1 - t0,
    read: t2 - t1,
    map: atRecords - t2,
    toRecords: atRecords - t0,
    check: t3 - atRecords,
    toRecordsMain: mainAtRecords - main0,
    fingerprint: hash.digest('hex').slice(0, 12),
  };
  console.log(JSON.stringify(run));
}

async function main(): Promise<void> {
  const alloc = process.argv.includes('--alloc');
  if (process.argv.includes('--child')) {
    await (alloc ? childAlloc : child)(cliArg('--root', '.'), cliArg('--file', ''));
    return;
  }
  const sizes = cliArg('--sizes', '10000,100000').split(',').map(Number);
  const runs = Number(cliArg('--runs', '5'));
  const roots = cliArg('--roots', '.')
    .split(',')
    .map((r) => resolve(r));
  const prof = cliArg('--prof', '');
  for (const nodes of sizes) {
    const file = await gexfFile(nodes);
    const byRoot = new Map<string, Run[]>(roots.map((r) => [r, []]));
    for (let i = 0; i < runs; i++) {
      for (const root of roots) {
        const profArgs = prof === '' ? [] : ['--cpu-prof', `--cpu-prof-dir=${prof}`];
        const out = spawnSync(
          process.execPath,
          [
            ...process.execArgv,
            ...profArgs,
            '--max-old-space-size=8192',
            process.argv[1]!,
            '--child',
            '--root',
            root,
            '--file',
            file,
            ...(alloc ? ['--alloc'] : []),
          ],
          { encoding: 'utf8', maxBuffer: 1 << 24 },
        );
        if (out.status !== 0) throw new Error(`child failed (${root}):\n${out.stderr}`);
        const line = out.stdout.trim().split('\n').pop()!;
        if (alloc) {
          console.log(
            `${nodes} nodes, ${root}: ${(JSON.parse(line) as { allocMB: number }).allocMB.toFixed(1)} MB allocated to the records`,
          );
          continue;
        }
        const run = JSON.parse(line) as Run;
        byRoot.get(root)!.push(run);
        console.log(
          `  ${nodes} ${root} run ${i + 1}: ${PHASES.map((p) => `${p} ${run[p].toFixed(0)}`).join(', ')} ms CPU, ${run.fingerprint}`,
        );
      }
    }
    if (alloc) continue;
    for (const [root, list] of byRoot) {
      const prints = [...new Set(list.map((r) => r.fingerprint))].join(' ');
      console.log(
        `${nodes} nodes, ${root}: medians of ${list.length} runs (ms CPU): ${PHASES.map((p) => `${p} ${median(list.map((r) => r[p])).toFixed(0)}`).join(', ')}; output ${prints}`,
      );
    }
  }
}

await main();
