/**
 * proc-lab as a library: the same machinery the lessons use, for learners' own programs.
 * Modelled on Python's multiprocessing.Pool and concurrent.futures.
 */

export * from './executor/index.js';
export {
  AsyncResult,
  type Callbacks,
  type MapOptions as PoolMapOptions,
  Pool,
  type PoolOptions,
  PoolStateError,
  PoolTerminatedError,
} from './pool/index.js';
export { RemoteError, TimeoutError, WorkerLostError } from './workers/errors.js';
export type { TaskArgs, TaskName, TaskResult, UntypedModule } from './workers/task-types.js';
