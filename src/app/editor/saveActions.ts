// The editor's save buttons: a zip, the JSON, or into a folder; each says what it saved and which
// problems are left to fix before the files validate.
import { formatIssue } from '../../graph/index.ts';
import type { EditorHost } from './host.ts';
import { type DirectoryHandle, downloadJson, downloadZip, pickFolder, writeFolder } from './saveDataset.ts';

export type SaveHow = 'zip' | 'json' | 'folder';

export function saveAs(
  host: EditorHost,
  options: { folder?: DirectoryHandle | undefined },
  how: SaveHow,
): void {
  const d = host.session.dataset;
  const issues = host.session.issues();
  const errors = issues.filter((i) => i.severity === 'error');
  const finish = (where: string): void => {
    host.session.markSaved();
    host.say(
      errors.length === 0
        ? `Saved ${where}.`
        : `Saved ${where} with ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix before it validates: ${errors.map(formatIssue).join('; ')}`,
    );
  };
  if (how === 'zip') {
    downloadZip(d);
    finish(`${d.id}.zip`);
  } else if (how === 'json') {
    downloadJson(d);
    finish(`${d.id}.json`);
  } else {
    void (async () => {
      try {
        options.folder ??= await pickFolder();
        await writeFolder(options.folder, d);
        finish('to the folder');
      } catch (error) {
        host.say(`Not saved to a folder: ${String(error)}`);
      }
    })();
  }
}
