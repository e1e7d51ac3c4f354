// The load progress bar: a <progress> with the phase in words and a Cancel button, announced politely.
import { type LoadProgress, progressFraction, progressText } from '../load/progress.ts';

export interface ProgressView {
  readonly element: HTMLElement;
  update(progress: LoadProgress): void;
  /** Shows a final message (kept for screen readers) and removes the bar and the button. */
  finish(message: string): void;
}

/** `onCancel` is called once, when the user presses Cancel (or Escape while the button has focus). */
export function createProgress(onCancel: () => void): ProgressView {
  const element = document.createElement('div');
  element.className = 'load-progress';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  const text = document.createElement('span');
  text.className = 'load-progress-text';
  text.textContent = 'Loading…';
  const bar = document.createElement('progress');
  bar.max = 1;
  bar.setAttribute('aria-label', 'Loading progress');
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = 'Cancel';
  cancel.addEventListener('click', () => {
    cancel.disabled = true;
    onCancel();
  });
  element.append(text, bar, cancel);
  let lastText = '';
  return {
    element,
    update(progress) {
      const fraction = progressFraction(progress);
      if (fraction === undefined) bar.removeAttribute('value');
      else bar.value = fraction;
      element.dataset.phase = progress.phase;
      // Drawing is the last step and cannot be undone half way: no Cancel then.
      cancel.hidden = progress.phase === 'draw';
      // Only a new sentence is written, so the live region is not flooded with byte counts.
      const next = progressText(progress);
      if (next !== lastText) {
        lastText = next;
        text.textContent = next;
      }
    },
    finish(message) {
      text.textContent = message;
      bar.remove();
      cancel.remove();
      element.dataset.phase = 'done';
    },
  };
}
