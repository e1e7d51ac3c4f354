// importAndOpen(files): the explorer's one import entry point (file picker and drop zone): read, import
// through the core, then open the graph and show the mapping report, or show the located issues.
import { countIssues, formatIssue, type Issue, type StakeholderGraph } from '../../graph/index.ts';
import type { ImportResult } from '../../import/index.ts';
import { isAbortError } from '../load/loadDataset.ts';
import { MAX_BYTES } from '../load/sizeLimit.ts';
import type { Notice } from './notices.ts';

/** Files larger than this are refused before they are read (they are read in the load worker). */
export const IMPORT_MAX_BYTES = MAX_BYTES;
export const IMPORT_ACCEPT = '.json,.gexf,.graphml,.csv,.ttl,.jsonld';

export interface ImportHost {
  /** Replaces the shown graph (main.ts openGraph). */
  open(
    graph: StakeholderGraph,
    info: { readonly name: string; readonly issues: readonly Issue[] },
  ): void | Promise<void>;
  notify(notice: Notice): void;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Resolves true when the files were opened; on any failure the current graph stays as it was. */
export async function importAndOpen(
  files: readonly File[],
  host: ImportHost,
  /** Reads and imports the files (main.ts: the load worker); rejects with an AbortError on cancel. */
  runImport: (files: readonly File[]) => Promise<ImportResult>,
): Promise<boolean> {
  if (files.length === 0) return false;
  const names = files.map((f) => f.name).join(', ');
  const tooLarge = files.filter((f) => f.size > IMPORT_MAX_BYTES);
  if (tooLarge.length > 0) {
    host.notify({
      kind: 'error',
      title: `Not opened: over the ${mb(IMPORT_MAX_BYTES)} limit`,
      lines: tooLarge.map(
        (f) => `${f.name} is ${mb(f.size)}; files up to ${mb(IMPORT_MAX_BYTES)} can be opened here.`,
      ),
    });
    return false;
  }
  let result: ImportResult;
  try {
    result = await runImport(files);
  } catch (error) {
    if (isAbortError(error)) {
      host.notify({
        kind: 'info',
        title: `Opening ${names} was cancelled. The current graph is unchanged.`,
        lines: [],
      });
      return false;
    }
    host.notify({ kind: 'error', title: `${names} could not be read`, lines: [String(error)] });
    return false;
  }
  const { issues, mapped } = result.report;
  if (!result.graph) {
    const { errors } = countIssues(issues);
    host.notify({
      kind: 'error',
      title: `${names} was not opened: ${errors} error${errors === 1 ? '' : 's'}. The current graph is unchanged.`,
      lines: issues.map(formatIssue),
    });
    return false;
  }
  try {
    await host.open(result.graph, { name: names, issues });
  } catch (error) {
    host.notify({ kind: 'error', title: `${names} could not be shown`, lines: [String(error)] });
    return false;
  }
  const { warnings } = countIssues(issues);
  host.notify({
    kind: 'info',
    title: `Opened ${names}: ${result.graph.order} nodes, ${result.graph.size} relations${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`,
    lines: [...mapped, ...issues.map(formatIssue)],
  });
  return true;
}
