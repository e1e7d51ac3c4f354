// `convert IN OUT`: imports any supported file (or a CSV folder) and writes the format OUT's extension names.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { EXPORTERS, findExporter } from '../../export/index.ts';
import { formatIssue, type StakeholderGraph } from '../../graph/index.ts';
import { decodeBytes, importFiles, type NamedContent } from '../../import/index.ts';
import { CliError, MAX_FILE_BYTES, pathInside, readDataset } from '../io.ts';
import { emitFiles, writeFormat } from './export.ts';
import type { Command } from './types.ts';

/** Output format by extension; a path without extension (a folder) or nodes.csv means csv. */
const BY_EXTENSION: Record<string, string> = {
  '.json': 'json',
  '.gexf': 'gexf',
  '.graphml': 'graphml',
  '.dot': 'dot',
  '.gv': 'dot',
  '.cypher': 'cypher',
  '.cql': 'cypher',
  '.csv': 'csv',
  '.ttl': 'turtle',
  '.jsonld': 'jsonld',
  '': 'csv',
};

/** The files to import: a file, or the CSV set (nodes, edges, sources) in a folder or beside nodes.csv. */
async function inputFiles(path: string): Promise<NamedContent[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new CliError(`cannot find "${path}": no such file or folder`);
  }
  const read = async (file: string): Promise<NamedContent> => {
    // A file found in a folder the user named must stay in that folder (no symbolic link out of it).
    if (file !== path) {
      const inside = await pathInside(dirname(file), basename(file));
      if (inside !== undefined && 'refused' in inside) throw new CliError(`${file}: ${inside.refused}`);
    }
    const s = await stat(file);
    if (s.size > MAX_FILE_BYTES) throw new CliError(`${file} is ${s.size} bytes, over the 1 GiB limit`);
    return { name: file, content: new Uint8Array(await readFile(file)) };
  };
  const folder = info.isDirectory()
    ? path
    : extname(path).toLowerCase() === '.csv'
      ? dirname(path)
      : undefined;
  if (folder === undefined) return [await read(path)];
  if (info.isDirectory() && (await readdir(folder)).includes('dataset.json'))
    return [await read(join(folder, 'dataset.json'))];
  const present = await readdir(folder);
  const set = ['nodes.csv', 'edges.csv', 'relationships.csv', 'sources.csv'].filter((n) =>
    present.includes(n),
  );
  if (set.length === 0) {
    if (!info.isDirectory()) return [await read(path)];
    throw new CliError(`${folder} has no dataset.json, nodes.csv or edges.csv`);
  }
  if (!info.isDirectory() && !set.includes(basename(path))) return [await read(path)];
  return Promise.all(set.map((n) => read(join(folder, n))));
}

/** Our own dataset goes through readDataset (source files beside it are read); others through importFiles. */
async function importInput(
  input: string,
  report: (line: string) => void,
): Promise<StakeholderGraph | undefined> {
  const files = await inputFiles(input);
  if (files.length === 1 && files[0]!.name.toLowerCase().endsWith('.json')) {
    // Decoded as readDataset and validate decode it, so UTF-16 is recognised as our format too.
    const head = decodeBytes((files[0]!.content as Uint8Array).subarray(0, 8192), input).text;
    if (/"schemaVersion"/.test(head.slice(0, 4096))) {
      const result = await readDataset(files[0]!.name);
      for (const issue of result.issues) report(formatIssue(issue));
      return result.graph;
    }
  }
  const result = importFiles(files);
  for (const line of result.report.mapped) report(line);
  for (const issue of result.report.issues) report(formatIssue(issue));
  return result.graph;
}

export const convertCommand: Command = {
  name: 'convert',
  usage: 'convert IN OUT',
  summary: 'import json, gexf, graphml, csv, ttl or jsonld and write the format of OUT (by extension)',
  options: {
    format: {
      type: 'string',
      short: 'f',
      description: `output format, overriding OUT's extension: ${EXPORTERS.map((e) => e.id).join(', ')}`,
    },
    version: { type: 'string', description: 'format version: GEXF 1.2draft (default) or 1.3' },
    raw: {
      type: 'boolean',
      description: 'csv: cells as written, without the apostrophe before formula-like text (=, +, -, @)',
    },
  },
  async run(ctx) {
    const [input, output] = ctx.positionals;
    if (input === undefined || output === undefined) throw new CliError('needs IN and OUT: convert IN OUT');
    const ext = extname(output).toLowerCase();
    const id = typeof ctx.values.format === 'string' ? ctx.values.format : BY_EXTENSION[ext];
    const exporter = id === undefined ? undefined : findExporter(id);
    if (!exporter) {
      throw new CliError(
        `cannot tell the output format of "${output}": use .json, .gexf, .graphml, .dot, .cypher, .ttl, .jsonld, a folder or nodes.csv for csv, or --format`,
      );
    }
    const graph = await importInput(input, (line) => ctx.err(line));
    if (!graph) {
      ctx.err(`${input}: cannot be converted (see the errors above)`);
      return 1;
    }
    const files = writeFormat(exporter, graph, ctx.values);
    // A multi-file format goes to a folder: OUT itself, or the folder of OUT when it names nodes.csv.
    const target = files.length > 1 && ext === '.csv' ? dirname(output) : output;
    await emitFiles(ctx, files, target);
    return 0;
  },
};
