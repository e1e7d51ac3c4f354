// Helpers shared by commands that need a valid graph.
import { countIssues, formatIssue, type StakeholderGraph } from '../../graph/index.ts';
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
