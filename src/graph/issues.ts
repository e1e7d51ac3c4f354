// Validation issues: located, plain-language problems found in a dataset.

export type IssuePath = readonly (string | number)[];

export interface Issue {
  readonly severity: 'error' | 'warning';
  /** A stable code for tests and tools: unknown-type, duplicate-id, dangling-edge, quote-not-found... */
  readonly code: string;
  readonly path: IssuePath;
  readonly message: string;
  /** A suggestion or context: the nearest id, the closest passage. */
  readonly hint?: string;
}

/** `["edges", 3, "target"]` -> `edges[3].target`. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** One line per issue: `error  edges[3].target: edge "x" points to unknown node "y" (did you mean "z"?)`. */
export function formatIssue(issue: Issue): string {
  const head = `${issue.severity === 'error' ? 'error' : 'warning'} ${formatPath(issue.path)}: ${issue.message}`;
  return issue.hint === undefined ? head : `${head}\n    ${issue.hint.replace(/\n/g, '\n    ')}`;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const i of issues) if (i.severity === 'error') errors++;
  return { errors, warnings: issues.length - errors };
}
