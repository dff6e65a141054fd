/** The concurrent.futures-style API: executors, Future, and waiting on many futures. */
export {
  BrokenExecutor,
  BrokenProcessPool,
  BrokenThreadPool,
  CancelledError,
  InvalidStateError,
} from './errors.js';
export type { ExecutorOptions, MapOptions, ShutdownOptions } from './executor.js';
export { Executor } from './executor.js';
export { type DoneCallback, Future, type FutureState } from './future.js';
export { ProcessPoolExecutor, type ProcessPoolExecutorOptions } from './process-pool.js';
export { ThreadPoolExecutor } from './thread-pool.js';
export {
  ALL_COMPLETED,
  asCompleted,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  type ReturnWhen,
  type WaitOptions,
  type WaitResult,
  wait,
} from './waiting.js';
