// The load worker: one request in, progress and dataset slices out (see runLoad.ts). One load per worker.
import type { LoadRequest, WorkerMessage } from './messages.ts';
import { runLoad } from './runLoad.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LoadRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

scope.onmessage = (event) => {
  void runLoad(event.data, (message) => scope.postMessage(message));
};
