// The page's side of nameWorker.ts: one worker for the editor's life, answers kept per text so a
// document shown again (after an edit elsewhere) is not tagged again.
import type { Mention } from './mentions.ts';
import type { NameAnswer, NameRequest } from './nameWorker.ts';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (mentions: readonly Mention[]) => void>();
const known = new Map<string, Promise<readonly Mention[]>>();
/** Texts kept: the documents of a session are few; an edited text replaces its old answer soon. */
const KEPT = 20;

function start(): Worker {
  const w = new Worker(new URL('./nameWorker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<NameAnswer>) => {
    waiting.get(event.data.id)?.(event.data.mentions);
    waiting.delete(event.data.id);
  };
  // No suggestions rather than a broken editor: known names are still marked.
  w.onerror = () => {
    for (const resolve of waiting.values()) resolve([]);
    waiting.clear();
  };
  return w;
}

/** Likely new names in `text`, found off the page. */
export function suggestedNames(text: string): Promise<readonly Mention[]> {
  const kept = known.get(text);
  if (kept) return kept;
  worker ??= start();
  const id = nextId++;
  const answer = new Promise<readonly Mention[]>((resolve) => waiting.set(id, resolve));
  worker.postMessage({ id, text } satisfies NameRequest);
  known.set(text, answer);
  if (known.size > KEPT) known.delete(known.keys().next().value!);
  return answer;
}
