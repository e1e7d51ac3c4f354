// Helpers shared by commands that need a valid graph.
import { countIssues, formatIssue, hasErrors, type StakeholderGraph } from '../../graph/index.ts';
import type { Dataset } from '../../schema/index.ts';
import { readDataset } from '../io.ts';
import type { CommandContext } from './types.ts';

/** Loads the dataset named by the first positional (or the bundled one); reports errors and returns undefined. */
export async function requireGraph(ctx: CommandContext, position = 0): Promise<StakeholderGraph | undefined> {
  const result = await readDataset(ctx.positionals[position]);
  if (result.graph) return result.graph;
  for (const issue of result.issues) if (issue.severity === 'error') ctx.err(formatIssue(issue));
  ctx.err(`${result.file}: ${countIssues(result.issues).errors} error(s); run \`validate\` for details`);
  return undefined;
}

/**
 * The records of the dataset named by the first positional, checked as for requireGraph but with
 * no graph built; errors reported and undefined returned as there.
 */
export async function requireDataset(ctx: CommandContext, position = 0): Promise<Dataset | undefined> {
  const result = await readDataset(ctx.positionals[position], { build: false });
  if (result.dataset !== undefined && !hasErrors(result.issues)) return result.dataset;
  for (const issue of result.issues) if (issue.severity === 'error') ctx.err(formatIssue(issue));
  ctx.err(`${result.file}: ${countIssues(result.issues).errors} error(s); run \`validate\` for details`);
  return undefined;
}
