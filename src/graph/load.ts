// load(): parse -> validate -> integrity -> build. Pure: runs in Node, the browser and workers.
import type { Dataset, Evidence } from '../schema/index.ts';
import { checkIntegrity } from './integrity.ts';
import { hasErrors, type Issue } from './issues.ts';
import { parseJson } from './parseJson.ts';
import type { QuoteMatch } from './quotes.ts';
import type { StakeholderGraph } from './types.ts';
import { validateSchema } from './validate.ts';

export interface LoadOptions {
  /** A name for messages ("dataset.json"). */
  readonly name?: string;
  /** Build the graph even when only warnings were found (always true) or skip building (false). */
  readonly build?: boolean;
}

export interface LoadResult {
  /** The graph, when the dataset has no errors (warnings allowed). */
  readonly graph: StakeholderGraph | undefined;
  /** The validated records (those that passed the schema), for tools that want the data itself. */
  readonly dataset: Dataset | undefined;
  /** Every problem found, errors and warnings, in document order per check. */
  readonly issues: Issue[];
  /** Where each quote lies in its source's NFC text. */
  readonly quoteSpans: ReadonlyMap<Evidence, QuoteMatch>;
}

/** Loads a dataset given as JSON text or an already-parsed value. Never throws for bad data. */
export function load(input: string | unknown, options: LoadOptions = {}): LoadResult {
  const empty = { graph: undefined, dataset: undefined, quoteSpans: new Map<Evidence, QuoteMatch>() };
  let raw = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input, options.name);
    if (!parsed.ok) return { ...empty, issues: [parsed.issue] };
    raw = parsed.value;
  }
  const schema = validateSchema(raw);
  if (schema.dataset === undefined) return { ...empty, issues: schema.issues };
  const integrity = checkIntegrity({
    dataset: schema.dataset,
    rawNodeIds: schema.rawNodeIds,
    rawSourceIds: schema.rawSourceIds,
    positions: schema.positions,
    build: options.build !== false,
  });
  const issues = [...schema.issues, ...integrity.issues];
  // The integrity checks build the graph as they go (it holds the id indexes they need).
  const graph = hasErrors(issues) ? undefined : integrity.graph;
  return { graph, dataset: schema.dataset, issues, quoteSpans: integrity.quoteSpans };
}
