// `validate [FILE|DIR]`: every problem, located; exit 1 on errors.
import { countIssues, formatIssue } from '../../graph/index.ts';
import { readDataset } from '../io.ts';
import type { Command } from './types.ts';

export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate [FILE|DIR]',
  summary: 'check a dataset: schema, ids, edge ends, sources, quotes, dates',
  options: {},
  async run({ positionals, out, err }) {
    // The checks need no graph (load's plain id maps report the same problems).
    const result = await readDataset(positionals[0], { build: false });
    const { errors, warnings } = countIssues(result.issues);
    for (const issue of result.issues) (issue.severity === 'error' ? err : out)(formatIssue(issue));
    if (errors > 0) {
      err(
        `${result.file}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
      );
      return 1;
    }
    const d = result.dataset!;
    const quotes = result.quoteSpans.size;
    out(
      `${result.file}: valid: ${d.nodes.length} nodes, ${d.edges.length} edges, ${d.sources.length} sources, ${quotes} quotes found` +
        (warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''),
    );
    return 0;
  },
};
