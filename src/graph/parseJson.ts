// JSON.parse with a located, readable error instead of an exception.
import type { Issue } from './issues.ts';
import { jsonErrorOffset } from './jsonErrorOffset.ts';

export type JsonResult = { ok: true; value: unknown } | { ok: false; issue: Issue };

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function parseJson(text: string, name = 'input'): JsonResult {
  // A byte-order mark is legal at the start of a UTF-8 file but not in JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, issue: { severity: 'error', code: 'empty', path: [], message: `${name} is empty` } };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(body);
    let where: string;
    if (offset >= body.length) where = ' at the end (the file looks truncated)';
    else {
      const { line, column } = lineColumn(body, offset);
      const near = JSON.stringify(body.slice(offset, offset + 20));
      where = ` at line ${line}, column ${column} (near ${near})`;
    }
    const detail = raw.replace(/, "[\s\S]*$/, '');
    const message = `${name} is not valid JSON${where}: ${detail}`;
    return { ok: false, issue: { severity: 'error', code: 'malformed-json', path: [], message } };
  }
}
