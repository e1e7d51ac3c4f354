// The name a load source goes by: shown in messages, and used to tell the file's format.
import type { LoadSource } from './messages.ts';

/** The file name shown in messages and used to tell the format. */
export function sourceName(source: LoadSource): string {
  if (source.kind === 'files') return source.files.map((f) => f.name).join(', ');
  if (source.kind !== 'url') return source.name;
  if (source.name !== undefined) return source.name;
  const path = new URL(source.url).pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || 'dataset';
}
