// "Open…" buttons: a button that opens the browser's file picker for the formats we import.
import { button, el } from '../dom.ts';
import { IMPORT_ACCEPT } from './importAndOpen.ts';

/**
 * The button and its hidden file input (both to be placed): picked files go to `onFiles`. The
 * input is left out of the tab order; the button is what keyboard users reach.
 */
export function filePicker(
  label: string,
  onFiles: (files: File[]) => void,
  ids: { readonly button: string; readonly input?: string },
  title?: string,
): [HTMLButtonElement, HTMLInputElement] {
  const attrs: Record<string, string> = {
    type: 'file',
    accept: IMPORT_ACCEPT,
    multiple: '',
    tabindex: '-1',
    'aria-hidden': 'true',
  };
  if (ids.input !== undefined) attrs.id = ids.input;
  const input = el('input', { className: 'visually-hidden', attrs });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) onFiles(files);
  });
  const open = button(label, () => input.click(), {
    attrs: title === undefined ? { id: ids.button } : { id: ids.button, title },
  });
  return [open, input];
}
