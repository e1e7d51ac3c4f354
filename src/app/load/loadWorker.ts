// The load worker: one request in, progress and dataset slices out (see runLoad.ts). One load per worker.
// This entry is small: a file at a URL starts downloading at once, while the parsing code (importers,
// schema, checks) loads as a chunk of its own.
import type { LoadRequest, WorkerMessage } from './messages.ts';
import { readProgress, readUrl } from './readSource.ts';
import { sourceName } from './sourceName.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LoadRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  const { source } = request;
  const post = (message: WorkerMessage): void => scope.postMessage(message);
  let started: Promise<Uint8Array> | undefined;
  if (source.kind === 'url' || source.kind === 'bundled') {
    started = readUrl(source.url, sourceName(source), request.maxBytes, readProgress(post));
    // runLoad reports a failed read; until it awaits the read, the rejection is handled here.
    started.catch(() => undefined);
  }
  import('./runLoad.ts').then(
    ({ runLoad }) => runLoad(request, post, started),
    (error: unknown) =>
      post({
        type: 'failed',
        report: {
          mapped: [],
          issues: [
            {
              severity: 'error',
              code: 'load-failed',
              path: [],
              message: `the loader could not start: ${String(error)}`,
            },
          ],
        },
      }),
  );
};
