// Downloads from memory: a Blob, an object URL and a clicked <a download>; several files one after another.
import type { ExportFile } from '../../export/index.ts';

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has the URL once the click is handled; revoke later so slow starts still work.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Gap between downloads of a multi-file export, so browsers start each one. */
const DOWNLOAD_GAP_MS = 250;

/**
 * Multi-file formats (CSV set, neo4j-admin) download as separate files, one after another,
 * not as an archive: each file stays usable as is (`neo4j-admin import --nodes=...`), and no
 * zip library is needed. The first starts at once, in the click's user gesture.
 */
export async function downloadFiles(files: readonly ExportFile[]): Promise<void> {
  for (const [i, file] of files.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, DOWNLOAD_GAP_MS));
    downloadBlob(new Blob([file.content], { type: file.mediaType }), file.name);
  }
}
