// Where a source document may be kept: a relative path inside the dataset folder (zod-free, for readers).

/** No leading slash, no `..` anywhere, only plain characters (no `\`, `:` or `%` to smuggle either in). */
export const SOURCE_FILE_PATTERN = /^(?!\/)(?!.*\.\.)[A-Za-z0-9_./-]+$/;

/** Whether a source's `file` names a path inside its dataset folder, by its text alone (before any read). */
export function isSourceFilePath(path: string): boolean {
  return SOURCE_FILE_PATTERN.test(path);
}
