// Inlines the text of document sources kept as files beside a dataset (I/O injected by the caller).
import { isSourceFilePath } from '../schema/index.ts';
import type { Issue } from './issues.ts';

/** A reader's refusal: the file exists but must not be read (it leads outside the dataset folder). */
export interface ReadRefusal {
  readonly refused: string;
}

/** Text read with notes on how it was decoded (bad bytes, another encoding). */
export interface ReadNotes {
  readonly text: string;
  readonly warnings: readonly string[];
}

/** The text of a file named relative to the dataset, undefined when it cannot be read. */
export type ReadText = (relativePath: string) => Promise<string | undefined | ReadRefusal | ReadNotes>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Returns a copy of the raw dataset in which every source with a `file` and no `text` has its
 * text read through `read`. Files that cannot be read, or that the reader refuses, become located
 * issues. A path that is not plainly inside the dataset folder (absolute, with `..`) is never
 * passed to `read`: the schema reports it.
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
      if (!isSourceFilePath(s.file)) return s;
      const path = ['sources', i, 'file'];
      let got: Awaited<ReturnType<ReadText>>;
      try {
        got = await read(s.file);
      } catch {
        got = undefined;
      }
      if (got === undefined) {
        const message = `cannot read source file "${s.file}"`;
        issues.push({ severity: 'error', code: 'missing-file', path, message });
        return s;
      }
      if (typeof got === 'object' && 'refused' in got) {
        issues.push({ severity: 'error', code: 'file-outside', path, message: got.refused });
        return s;
      }
      const text = typeof got === 'string' ? got : got.text;
      if (typeof got === 'object')
        for (const message of got.warnings)
          issues.push({ severity: 'warning', code: 'encoding', path, message });
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
