/**
 * ProcessPoolExecutor: futures run in worker processes (real PIDs of their own, arguments and
 * results copied by the structured clone algorithm), like Python's. A worker that dies abruptly breaks the executor:
 * every unfinished future fails with BrokenProcessPool, and so does every later submit.
 */
import { availableParallelism } from 'node:os';
import type { UntypedModule } from '../workers/task-types.js';
import { BrokenProcessPool } from './errors.js';
import { Executor, type ExecutorOptions } from './executor.js';

export interface ProcessPoolExecutorOptions extends ExecutorOptions {
  /** Replace a worker process after it has run this many tasks (Python's max_tasks_per_child). */
  maxTasksPerChild?: number;
}

export class ProcessPoolExecutor<M = UntypedModule> extends Executor<M> {
  constructor(options: ProcessPoolExecutorOptions) {
    super(options, {
      kind: 'process',
      defaultWorkers: availableParallelism(),
      brokenError: (cause) =>
        new BrokenProcessPool(
          `A process in the process pool was terminated abruptly while the future was running or pending: ${cause}`,
        ),
      chunks: true,
      maxTasksPerWorker: options.maxTasksPerChild,
      name: 'executor-worker',
    });
  }
}
