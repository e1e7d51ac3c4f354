// Queries over a loaded graph: statistics, search, paths.
export type { GraphStats } from './stats.ts';
export { graphStats } from './stats.ts';
