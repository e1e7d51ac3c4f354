// The datasets bundled from graph-data/: their files as URLs, so sources load beside their dataset.
const files = import.meta.glob('../../graph-data/**/*.{json,txt}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface BundledDataset {
  readonly id: string;
  readonly url: string;
  /** Resolves a path relative to the dataset file to the URL it is served at. */
  resolve(relative: string): string | undefined;
  /** Every file beside the dataset: relative path -> URL (for the load worker, which cannot call resolve). */
  readonly files: Readonly<Record<string, string>>;
}

export const BUNDLED: readonly BundledDataset[] = Object.keys(files)
  .filter((path) => path.endsWith('/dataset.json'))
  .map((path) => {
    const dir = path.slice(0, -'dataset.json'.length);
    return {
      id: dir.split('/').filter(Boolean).pop() ?? 'dataset',
      url: files[path]!,
      resolve: (relative: string) => files[dir + relative],
      files: Object.fromEntries(
        Object.keys(files)
          .filter((p) => p.startsWith(dir))
          .map((p) => [p.slice(dir.length), files[p]!]),
      ),
    };
  });
