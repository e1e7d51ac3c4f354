// Several files as one zip download (fflate); loaded with the exporters on the first data export.
import { strToU8, zipSync } from 'fflate';
import type { ExportFile } from '../../export/index.ts';
import { downloadBlob } from './download.ts';

/** The files in one zip archive (fflate), each under its own name. */
function zipFiles(files: readonly ExportFile[]): Uint8Array<ArrayBuffer> {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) entries[file.name] = strToU8(file.content);
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}

/**
 * One file downloads as itself; a multi-file export (CSV set, neo4j-admin) as one zip called
 * `archiveName`: separate downloads collide in a downloads folder (two formats both write
 * `nodes.csv`) and browsers ask about or block the second and third. Inside the zip the files keep
 * their names, so `neo4j-admin import --nodes=nodes.csv` works after unzipping.
 */
export function downloadFiles(files: readonly ExportFile[], archiveName: string): void {
  const [first] = files;
  if (files.length === 1 && first) {
    downloadBlob(new Blob([first.content], { type: first.mediaType }), first.name);
    return;
  }
  if (files.length > 1) downloadBlob(new Blob([zipFiles(files)], { type: 'application/zip' }), archiveName);
}
