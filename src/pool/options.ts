/** What a Pool is built with, and the options of its map family. */
import type { OutputHandler } from '../workers/handle.js';
import type { WorkerObserver } from '../workers/types.js';
import type { CallbackErrorHandler } from './async-result.js';

export interface PoolOptions {
  /**
   * The module whose exported functions are the tasks: a file: URL (`new URL('./tasks.js',
   * import.meta.url)`) or a path, taken from the current directory when relative.
   */
  module: string | URL;
  /** Number of worker processes. @default os.availableParallelism() */
  processes?: number;
  /** Name of an exported function each worker runs once before its first task. */
  initializer?: string;
  initargs?: unknown[];
  /** Replace a worker after it has run this many tasks (Python's maxtasksperchild). */
  maxtasksperchild?: number;
  /**
   * A callback or errorCallback threw. The pool carries on either way (CPython's result thread
   * would die and the pool hang). @default print the error to stderr
   */
  onCallbackError?: CallbackErrorHandler;
  /** Receive each line a task prints, instead of it going to this process's stdout. */
  onOutput?: OutputHandler;
  /** Worker and task life-cycle hooks (task ids are AsyncResult.id). */
  observer?: WorkerObserver;
  /** Name of the worker processes in proc-lab's registry. @default 'pool-worker' */
  name?: string;
}

export interface MapOptions {
  /** Items per message to a worker. @default map: ⌈items / (4 × processes)⌉; imap: 1 */
  chunksize?: number;
}

export const defaultCallbackError: CallbackErrorHandler = (err, fn) => {
  const what = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`Pool: a callback for '${fn}' threw (the pool goes on): ${what}\n`);
};
