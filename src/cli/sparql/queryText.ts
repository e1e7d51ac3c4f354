// What a SPARQL query asks for (its form), and our well-known prefixes added where a query uses them
// without declaring them, so that `sg:funds` works in a one-line query.
import { NS } from '../../export/index.ts';

export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

/** Comments and IRIs blanked out, so that keywords inside them are not mistaken for the query's. */
function code(query: string): string {
  return query.replace(/<[^<>\s]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*/g, (m) =>
    ' '.repeat(m.length),
  );
}

/** The query form from the first keyword after the prologue; undefined for an update or nonsense. */
export function queryForm(query: string): QueryForm | undefined {
  const m = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(code(query));
  return m === null ? undefined : (m[1]!.toLowerCase() as QueryForm);
}

export interface PrefixedQuery {
  readonly query: string;
  /** Lines added at the top: error positions are given back in the user's lines. */
  readonly added: number;
}

/** Declares our prefixes (sg:, rdfs:, oa:, schema:... and `:`, `rel:`, `src:` when given) that the query uses but does not declare. */
export function withPrefixes(query: string, extra: Readonly<Record<string, string>> = {}): PrefixedQuery {
  const body = code(query);
  const declared = new Set([...body.matchAll(/\bPREFIX\s+([A-Za-z][\w-]*)?:/gi)].map((m) => m[1] ?? ''));
  const known: Record<string, string> = { ...NS, ...extra };
  const lines: string[] = [];
  for (const [prefix, iri] of Object.entries(known)) {
    if (declared.has(prefix)) continue;
    const used = new RegExp(`(^|[\\s(){}\\[\\],;/^|!=<>])${prefix}:`, 'm').test(body);
    if (used) lines.push(`PREFIX ${prefix}: <${iri}>`);
  }
  return lines.length === 0
    ? { query, added: 0 }
    : { query: `${lines.join('\n')}\n${query}`, added: lines.length };
}

/** Prefixes used in prefixed names (`b:c`) that the query does not declare. */
function undeclaredPrefixes(query: string): string[] {
  const body = code(query);
  const declared = new Set([...body.matchAll(/\bPREFIX\s+([A-Za-z][\w-]*)?:/gi)].map((m) => m[1] ?? ''));
  const used = [...body.matchAll(/(?:^|[\s(){}[\],;/^|!=])([A-Za-z][\w-]*)?:(?=[\w-])/gm)].map(
    (m) => m[1] ?? '',
  );
  return [...new Set(used)].filter((p) => !declared.has(p) && !/^(PREFIX|BASE)$/i.test(p));
}

/** Turns Oxigraph's `error at 2:10: ...` into the user's line, with the line and a caret under the place. */
export function explainQueryError(message: string, sent: string, added: number): string {
  const m = /^error at (\d+):(\d+): (.*)$/s.exec(message.trim());
  if (m === null) return message;
  const line = Number(m[1]) - added;
  const column = Number(m[2]);
  const text = sent.split('\n')[line - 1 + added] ?? '';
  const missing = undeclaredPrefixes(sent);
  // The parser lists every character it could have accepted; a reader needs the gist.
  let detail = m[3]!.replace(/\s+/g, ' ');
  if (/Prefix not found/.test(detail) || missing.length > 0) {
    detail =
      missing.length > 0
        ? `undeclared prefix ${missing.map((p) => `"${p}:"`).join(', ')}: add a PREFIX line`
        : 'undeclared prefix';
  } else if (detail.length > 160) detail = `${detail.slice(0, 159)}…`;
  return `query line ${line}, column ${column}: ${detail}\n  ${text}\n  ${' '.repeat(Math.max(0, column - 1))}^`;
}
