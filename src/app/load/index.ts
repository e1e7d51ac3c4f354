// Loading datasets off the main thread: the worker pipeline, the slice-by-slice graph builder, progress.
export type { GraphAssembler } from './graphAssembler.ts';
export { createGraphAssembler } from './graphAssembler.ts';
export type { LoadDatasetOptions, LoadedDataset } from './loadDataset.ts';
export { DEFAULT_SLICE_SIZE, isAbortError, loadDataset } from './loadDataset.ts';
export type { GraphHeader, LoadPhase, LoadRequest, LoadSource, WorkerMessage } from './messages.ts';
export type { LoadProgress } from './progress.ts';
export { progressFraction, progressText } from './progress.ts';
export { ReadError, readBlob, readUrl } from './readSource.ts';
export { runLoad, sourceName } from './runLoad.ts';
export { formatBytes, MAX_BYTES, sizeWarning, WARN_BYTES } from './sizeLimit.ts';
