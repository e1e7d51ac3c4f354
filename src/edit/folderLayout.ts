// A new dataset, and the folder layout a dataset is saved in: dataset.json with each document's text
// in sources/<id>.txt (the layout of graph-data/ and of `stakeholder-graph init`).
import { type Dataset, SCHEMA_VERSION, type Source, toKebabId } from '../schema/index.ts';

/** An empty dataset, ready for sources, stakeholders and relations. */
export function newDataset(title: string, id: string = toKebabId(title)): Dataset {
  return { schemaVersion: SCHEMA_VERSION, id, title, sources: [], nodes: [], edges: [] };
}

export interface FolderFiles {
  /** dataset.json, formatted. */
  readonly dataset: string;
  /** Each document's text by its path in the folder ("sources/article.txt"). */
  readonly files: ReadonlyMap<string, string>;
}

/** The folder form: texts out of dataset.json into files that the sources name. */
export function toFolderLayout(dataset: Dataset): FolderFiles {
  const files = new Map<string, string>();
  const sources = dataset.sources.map((s): Source => {
    if (s.text === undefined) return s;
    const { text, ...rest } = s;
    // A file named by the source already (opened from a folder) keeps its name; ids are unique.
    const file = s.file?.endsWith('.txt') ? s.file : `sources/${s.id}.txt`;
    files.set(file, text);
    return { ...rest, file };
  });
  return { dataset: `${JSON.stringify({ ...dataset, sources }, null, 2)}\n`, files };
}
