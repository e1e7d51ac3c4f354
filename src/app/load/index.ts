// Loading datasets off the main thread: the worker pipeline, the slice-by-slice graph builder, progress.
// The page needs only loadDataset; the other modules import each other directly.
export type { LoadedDataset } from './loadDataset.ts';
export { isAbortError } from './loadDataset.ts';
export type { LoadSource } from './messages.ts';
export type { StartedLoad } from './startLoad.ts';
export { setEarlyLoad, startLoad, takeEarlyLoad } from './startLoad.ts';
