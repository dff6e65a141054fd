/** What the users of WorkerSet (Pool, the executors) hand it and hear back from it. */
import type { OutputHandler, WorkerExit, WorkerKind } from './handle.js';

export interface WorkerRef {
  pid: number;
  tid: number;
}

export interface WorkerObserver {
  workerStart?(w: WorkerRef): void;
  /** Called when the worker reports the job has begun (needs `reportStarts`). */
  taskStart?(id: number, w: WorkerRef): void;
  taskEnd?(id: number, w: WorkerRef, ok: boolean, ms: number): void;
  workerExit?(w: WorkerRef, exit: WorkerExit): void;
  workerReplace?(old: WorkerRef, replacement: WorkerRef): void;
}

export interface Job {
  fn: string;
  args: unknown[];
  items?: unknown[][];
  resolve(value: unknown, w: WorkerRef): void;
  reject(err: Error): void;
  /**
   * The job went to a worker (it can no longer be cancelled). Called again with the new worker
   * if it is taken back unstarted from a busy worker and sent to an idle one.
   */
  onDispatch?(w: WorkerRef): void;
}

export interface WorkerSetOptions {
  kind: WorkerKind;
  size: number;
  module: string | URL;
  initializer?: string;
  initargs?: unknown[];
  /** Replace a worker after it has run this many jobs (Python's maxtasksperchild). */
  maxTasksPerWorker?: number;
  /**
   * What a worker dying mid-job means. 'replace': that job fails with WorkerLostError and a new
   * worker takes over the rest. 'break': every unfinished job fails with `brokenError` and the set
   * stops (concurrent.futures' BrokenProcessPool).
   */
  onLost: 'replace' | 'break';
  brokenError?: (cause: string) => Error;
  reportStarts?: boolean;
  observer?: WorkerObserver;
  onOutput?: OutputHandler;
  /** Name in the process registry (and in `spawn` events). */
  name?: string;
}
