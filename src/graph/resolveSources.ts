// Inlines the text of document sources kept as files beside a dataset (I/O injected by the caller).
import type { Issue } from './issues.ts';

export type ReadText = (relativePath: string) => Promise<string | undefined>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Returns a copy of the raw dataset in which every source with a `file` and no `text` has its
 * text read through `read`. Files that cannot be read become located issues.
 */
export async function resolveSourceFiles(
  raw: unknown,
  read: ReadText,
): Promise<{ raw: unknown; issues: Issue[] }> {
  const issues: Issue[] = [];
  if (!isRecord(raw) || !Array.isArray(raw.sources)) return { raw, issues };
  const sources = await Promise.all(
    raw.sources.map(async (s: unknown, i: number) => {
      if (!isRecord(s) || typeof s.file !== 'string' || s.text !== undefined) return s;
      let text: string | undefined;
      try {
        text = await read(s.file);
      } catch {
        text = undefined;
      }
      if (text === undefined) {
        issues.push({
          severity: 'error',
          code: 'missing-file',
          path: ['sources', i, 'file'],
          message: `cannot read source file "${s.file}"`,
        });
        return s;
      }
      return { ...s, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
    }),
  );
  return { raw: { ...raw, sources }, issues };
}

/** The self-contained form of a dataset: texts inline, no file references. */
export function inlineSources<
  T extends { sources: readonly { file?: string | undefined; text?: string | undefined }[] },
>(dataset: T): T {
  return {
    ...dataset,
    sources: dataset.sources.map((s) => {
      if (s.text === undefined) return s;
      const { file: _file, ...rest } = s;
      return rest;
    }),
  };
}
