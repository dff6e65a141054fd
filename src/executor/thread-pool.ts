/**
 * ThreadPoolExecutor: futures run on worker threads inside this same process (same PID). Unlike
 * Python's threads there is no GIL: each Node worker thread has its own event loop and its own
 * JavaScript heap, so CPU-bound tasks really run in parallel, and values are copied between
 * threads (structured clone) rather than shared.
 */
import { availableParallelism } from 'node:os';
import type { UntypedModule } from '../workers/task-types.js';
import { BrokenThreadPool } from './errors.js';
import { Executor, type ExecutorOptions } from './executor.js';

export class ThreadPoolExecutor<M = UntypedModule> extends Executor<M> {
  constructor(options: ExecutorOptions) {
    super(options, {
      kind: 'thread',
      // Python's default since 3.8: enough threads for I/O-bound work, at most 32.
      defaultWorkers: Math.min(32, availableParallelism() + 4),
      brokenError: (cause) => new BrokenThreadPool(`A worker thread ended abruptly: ${cause}`),
      chunks: false,
      name: 'executor-thread',
    });
  }
}
