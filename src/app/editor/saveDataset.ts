// Saving an edited dataset: a zip in our folder layout (dataset.json, sources/*.txt), the
// self-contained JSON, or back into a folder opened with the File System Access API.
import { strToU8, zipSync } from 'fflate';
import { toFolderLayout } from '../../edit/index.ts';
import { inlineSources } from '../../graph/index.ts';
import type { Dataset } from '../../schema/index.ts';
import { downloadBlob } from '../exchange/download.ts';

/** The dataset as a zip of its folder: `<id>/dataset.json` and `<id>/sources/*.txt`. */
function datasetZip(dataset: Dataset): Uint8Array {
  const layout = toFolderLayout(dataset);
  const entries: Record<string, Uint8Array> = { 'dataset.json': strToU8(layout.dataset) };
  for (const [path, text] of layout.files) entries[path] = strToU8(text);
  return zipSync(entries, { level: 6 });
}

export function downloadZip(dataset: Dataset): void {
  downloadBlob(new Blob([datasetZip(dataset) as BlobPart], { type: 'application/zip' }), `${dataset.id}.zip`);
}

export function downloadJson(dataset: Dataset): void {
  const text = `${JSON.stringify(inlineSources(dataset), null, 2)}\n`;
  downloadBlob(new Blob([text], { type: 'application/json' }), `${dataset.id}.json`);
}

/** The File System Access API's folder handle, where the browser has it (Chromium). */
interface DirectoryHandle {
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
  getFileHandle(
    name: string,
    options?: { create?: boolean },
  ): Promise<{
    createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
    getFile(): Promise<File>;
  }>;
}

type PickDirectory = (options?: { mode?: 'read' | 'readwrite' }) => Promise<DirectoryHandle>;

export function canUseFolders(): boolean {
  return typeof (window as unknown as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function';
}

export async function pickFolder(): Promise<DirectoryHandle> {
  const pick = (window as unknown as { showDirectoryPicker: PickDirectory }).showDirectoryPicker;
  return pick({ mode: 'readwrite' });
}

/** Reads dataset.json from a folder with its sources' texts inlined (relative paths inside it). */
export async function readFolder(dir: DirectoryHandle): Promise<unknown> {
  const read = async (path: string): Promise<string> => {
    const parts = path.split('/');
    let at = dir;
    for (const part of parts.slice(0, -1)) at = await at.getDirectoryHandle(part);
    return (await (await at.getFileHandle(parts.at(-1)!)).getFile()).text();
  };
  const raw = JSON.parse(await read('dataset.json')) as { sources?: { file?: string; text?: string }[] };
  for (const s of raw.sources ?? []) {
    if (s.file !== undefined && s.text === undefined)
      s.text = await read(s.file).catch(() => undefined as never);
  }
  return raw;
}

export async function writeFolder(dir: DirectoryHandle, dataset: Dataset): Promise<void> {
  const layout = toFolderLayout(dataset);
  const write = async (path: string, text: string): Promise<void> => {
    const parts = path.split('/');
    let at = dir;
    for (const part of parts.slice(0, -1)) at = await at.getDirectoryHandle(part, { create: true });
    const writable = await (await at.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  };
  for (const [path, text] of layout.files) await write(path, text);
  await write('dataset.json', layout.dataset);
}

export type { DirectoryHandle };
