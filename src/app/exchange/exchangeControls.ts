// The toolbar's file controls: "Open…" (a file picker for the import formats) and the Export menu.
import type { AppContext } from '../context.ts';
import { el } from '../dom.ts';
import { createExportMenu, type ExportHost } from './exportMenu.ts';
import { filePicker } from './filePicker.ts';
import { IMPORT_ACCEPT, IMPORT_MAX_BYTES } from './importAndOpen.ts';

export interface ExchangeHost extends ExportHost {
  importFiles(files: readonly File[]): Promise<unknown>;
}

export function createExchangeControls(ctx: AppContext, host: ExchangeHost): HTMLElement {
  const [open, input] = filePicker(
    'Open…',
    (files) => void host.importFiles(files),
    { button: 'open-button', input: 'open-file' },
    `Open a graph file: ${IMPORT_ACCEPT.replaceAll(',', ' ')} (several CSV files for a set), up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Or drop files on the page.`,
  );
  return el(
    'div',
    { className: 'exchange', attrs: { role: 'group', 'aria-label': 'Files' } },
    open,
    input,
    createExportMenu(ctx, host),
  );
}
