// Reads Turtle into triples with the n3 parser, refusing what would make it explode: prefix or base
// IRIs longer than any real namespace (each use copies the whole IRI), and more triples than a limit
// (the input's size is limited before: importFile's maxBytes).
import { Parser, type Quad } from 'n3';
import type { Issue } from '../../graph/index.ts';

export interface RdfReadLimits {
  /** Longest IRI a @prefix or @base may declare. */
  readonly maxPrefixIri?: number;
  /** Most triples read before giving up. */
  readonly maxTriples?: number;
}

export const DEFAULT_RDF_LIMITS: Required<RdfReadLimits> = { maxPrefixIri: 2048, maxTriples: 50_000_000 };

export type QuadsResult = { ok: true; quads: Quad[] } | { ok: false; issues: Issue[] };

interface N3Token {
  readonly line?: number;
  readonly start?: number;
  readonly end?: number;
}

interface N3ErrorContext {
  readonly line?: number;
  readonly token?: N3Token;
  readonly previousToken?: N3Token;
}

const located = (name: string, line: number, column: number | undefined, message: string): Issue => ({
  severity: 'error',
  code: 'rdf-syntax',
  path: [],
  message: `${name}:${line}${column === undefined ? '' : `:${column}`}: ${message}`,
});

/**
 * The n3 parser names the line; the column is that of the token it stopped at, or of the first
 * character after the last token it accepted (an unterminated literal is no token at all).
 */
function syntaxIssue(text: string, name: string, error: Error): Issue {
  const ctx = (error as Error & { context?: N3ErrorContext }).context;
  const line = ctx?.line ?? ctx?.token?.line ?? 1;
  let column: number | undefined;
  if (ctx?.token?.start !== undefined) column = ctx.token.start + 1;
  else if (ctx?.previousToken?.end !== undefined) {
    const lineText = lineAt(text, ctx.previousToken.line ?? line);
    let at = ctx.previousToken.end;
    while (at < lineText.length && /\s/.test(lineText[at]!)) at++;
    column = at + 1;
  }
  const message = error.message.replace(/ on line \d+\.?$/, '');
  return located(name, line, column, message.length > 300 ? `${message.slice(0, 300)}…` : message);
}

/** The text of a line (1-based), found without splitting a big file into lines. */
function lineAt(text: string, line: number): string {
  let start = 0;
  for (let n = 1; n < line && start >= 0; n++) {
    start = text.indexOf('\n', start);
    if (start >= 0) start++;
  }
  if (start < 0) return '';
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Line and column of an offset in a text (1-based). */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Long @prefix / @base / PREFIX / BASE IRIs, all of them, located. */
function longPrefixes(text: string, name: string, max: number): Issue[] {
  const issues: Issue[] = [];
  const re = /(@prefix|@base|PREFIX|BASE)\s+(?:[^\s:]*:\s*)?<([^>]*)>/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[2]!.length <= max) continue;
    const at = position(text, m.index);
    issues.push(
      located(
        name,
        at.line,
        at.column,
        `${m[1]} declares an IRI of ${m[2]!.length.toLocaleString('en-GB')} characters, over the limit of ${max}`,
      ),
    );
    if (issues.length >= 20) break;
  }
  return issues;
}

/** Parses Turtle; never throws: a syntax error comes back located (file:line:column). */
export function readTurtleQuads(text: string, name: string, limits: RdfReadLimits = {}): QuadsResult {
  const { maxPrefixIri, maxTriples } = { ...DEFAULT_RDF_LIMITS, ...limits };
  const long = longPrefixes(text, name, maxPrefixIri);
  if (long.length > 0) return { ok: false, issues: long };
  let quads: Quad[];
  try {
    // The array form parses synchronously (given a callback, n3 reads on later ticks).
    quads = new Parser({ format: 'text/turtle' }).parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [syntaxIssue(text, name, error instanceof Error ? error : new Error(String(error)))],
    };
  }
  const failure =
    quads.length > maxTriples
      ? located(name, 1, undefined, `more than ${maxTriples.toLocaleString('en-GB')} triples`)
      : undefined;
  return failure === undefined ? { ok: true, quads } : { ok: false, issues: [failure] };
}
