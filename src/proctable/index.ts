/**
 * The process table: what `ps` shows (PID, PPID, command) plus each process's state letter from
 * the kernel, as a flat list or a tree, and watched over time. Used by the zombie lesson; small
 * enough for any lesson that needs to count or show live processes.
 */
export { closeQueries } from './inflight.js';
export { isZombie, type ProcRow, snapshot } from './list.js';
export { type Pid1, pid1 } from './pid1.js';
export { procfsRow, quickSnapshot } from './procfs.js';
export {
  allPids,
  countAlive,
  entries,
  hasProcfs,
  type KernelEntry,
  parseStat,
  readStat,
} from './stat.js';
export { subtree, type TreeRow } from './tree.js';
export { DEFAULT_POLL_MS, GONE, type Observed, StateWatch } from './watch.js';
