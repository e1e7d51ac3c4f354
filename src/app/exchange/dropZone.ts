// Drag and drop of graph files anywhere on the page, with a visible drop zone while files are dragged over.
import { el } from '../dom.ts';
import { IMPORT_ACCEPT, IMPORT_MAX_BYTES } from './importAndOpen.ts';

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

export function installDropZone(
  page: HTMLElement,
  importFiles: (files: readonly File[]) => Promise<unknown>,
): void {
  const zone = el(
    'div',
    { className: 'drop-zone', attrs: { id: 'drop-zone', 'aria-hidden': 'true' } },
    el(
      'p',
      {},
      el('strong', { text: 'Drop to open' }),
      el('span', {
        text: `${IMPORT_ACCEPT.replaceAll(',', ' ')} (several CSV files for a set), up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB`,
      }),
    ),
  );
  zone.hidden = true;
  page.append(zone);
  // dragenter/dragleave fire for every child crossed: count them to know when the drag left the page.
  let depth = 0;
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth++;
    zone.hidden = false;
  });
  window.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.hidden = true;
  });
  window.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    zone.hidden = true;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) void importFiles(files);
  });
}
