// A load under way, started before anything shows its progress: the page's entry (boot.ts) starts
// the `?file=` load while the app's own code is still downloading, and main.ts picks it up.
import { type LoadedDataset, loadDataset } from './loadDataset.ts';
import type { LoadSource } from './messages.ts';
import type { LoadProgress } from './progress.ts';

export interface StartedLoad {
  readonly source: LoadSource;
  readonly promise: Promise<LoadedDataset>;
  readonly controller: AbortController;
  /** Progress from now on, starting with the latest report so far. */
  watch(onProgress: (progress: LoadProgress) => void): void;
}

export function startLoad(source: LoadSource): StartedLoad {
  const controller = new AbortController();
  let latest: LoadProgress | undefined;
  let watcher: ((progress: LoadProgress) => void) | undefined;
  const promise = loadDataset(source, {
    signal: controller.signal,
    onProgress: (progress) => {
      latest = progress;
      watcher?.(progress);
    },
  });
  // Until main.ts awaits it, a failure must not count as unhandled.
  promise.catch(() => undefined);
  return {
    source,
    promise,
    controller,
    watch(onProgress) {
      watcher = onProgress;
      if (latest !== undefined) onProgress(latest);
    },
  };
}

let early: StartedLoad | undefined;

/** boot.ts: the load it started, for main.ts. */
export function setEarlyLoad(load: StartedLoad): void {
  early = load;
}

/** main.ts: the load boot.ts started, once. */
export function takeEarlyLoad(): StartedLoad | undefined {
  const load = early;
  early = undefined;
  return load;
}
