// `validate [FILE|DIR]`: every problem, located; exit 1 on errors. Long lists stop after the first 200.
import { countIssues, formatIssue, formatPath, type Issue } from '../../graph/index.ts';
import { CliError, readDataset } from '../io.ts';
import type { Command, CommandContext } from './types.ts';

/** As many problems as the explorer lists before it offers the rest (a million lines help nobody). */
export const LISTED_PROBLEMS = 200;

const plural = (n: number, word: string): string =>
  `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

function listIssues(ctx: CommandContext, issues: readonly Issue[], all: boolean): void {
  const shown = all ? issues : issues.slice(0, LISTED_PROBLEMS);
  for (const issue of shown) (issue.severity === 'error' ? ctx.err : ctx.out)(formatIssue(issue));
  const hidden = issues.length - shown.length;
  if (hidden > 0)
    ctx.err(
      `… and ${plural(hidden, 'more problem')} not listed; run \`validate --all\` to list them all, or \`validate --format json\` for every problem as JSON`,
    );
}

export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate [FILE|DIR] [--all] [--format text|json]',
  summary: 'check a dataset: schema, ids, edge ends, sources, quotes, dates',
  options: {
    all: { type: 'boolean', description: `list every problem (by default the first ${LISTED_PROBLEMS})` },
    format: { type: 'string', description: 'text (default) or json: every problem as a JSON list' },
  },
  async run(ctx) {
    const format = ctx.values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
      throw new CliError(`--format must be text or json, not "${String(format)}"`);
    const result = await readDataset(ctx.positionals[0]);
    const { errors, warnings } = countIssues(result.issues);
    if (format === 'json') {
      const problems = result.issues.map((i) => ({ ...i, at: formatPath(i.path) }));
      ctx.out(
        JSON.stringify({ file: result.file, valid: errors === 0, errors, warnings, problems }, null, 2),
      );
      return errors > 0 ? 1 : 0;
    }
    listIssues(ctx, result.issues, ctx.values.all === true);
    if (errors > 0) {
      ctx.err(`${result.file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
      return 1;
    }
    const d = result.dataset!;
    const quotes = result.quoteSpans.size;
    ctx.out(
      `${result.file}: valid: ${d.nodes.length} nodes, ${d.edges.length} edges, ${d.sources.length} sources, ${quotes} quotes found` +
        (warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''),
    );
    return 0;
  },
};
