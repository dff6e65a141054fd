/**
 * The messages between the pool's host (the main process) and a worker. Tasks name a function
 * exported by a module, as Python's pickle names a function by module and name: code does not
 * travel, only the name and the arguments, copied by the structured clone algorithm (Node's
 * `serialization: 'advanced'` for child processes, postMessage for threads), so NaN, undefined,
 * BigInt, Date, Map, Set and typed arrays arrive as they were sent, whichever kind of worker.
 *
 * Tasks travel in batches and results come back in batches: for very short tasks one message
 * then carries many, which is what keeps a pool of no-op tasks fast. A worker runs its tasks one
 * at a time in the order received; the host may send it a few ahead (only while tasks are very
 * short) and takes back, with `revoke`, those not started yet as soon as another worker is idle.
 */
import type { SerializedError } from './errors.js';

export interface InitMessage {
  type: 'init';
  /** file: URL of the module whose exports are the task functions */
  module: string;
  initializer?: string;
  initargs?: unknown[];
  /** Send a `start` message when each task begins (for timelines and observers). */
  reportStarts: boolean;
}

export interface Task {
  id: number;
  fn: string;
  args: unknown[];
  /** A chunk: call `fn` once per argument list, in order; the result is the array of results. */
  items?: unknown[][];
}

export type HostMessage =
  | InitMessage
  | { type: 'tasks'; tasks: Task[] }
  /** Give back every task not started yet (answered by `revoked`). */
  | { type: 'revoke' }
  /** Finish the tasks received, then exit. */
  | { type: 'exit' };

export type TaskResult =
  | { id: number; ok: true; value: unknown }
  /** `uncloneable`: the task's value could not be copied back (raised as a TypeError here). */
  | { id: number; ok: false; error: SerializedError; uncloneable?: true };

export type WorkerMessage =
  /** `exports`: the names of the functions the task module exports. */
  | { type: 'ready'; pid: number; tid: number; exports: string[] }
  | { type: 'init-error'; error: SerializedError }
  | { type: 'start'; id: number }
  | { type: 'done'; results: TaskResult[] }
  | { type: 'revoked'; ids: number[] }
  /** Sent last, before the worker exits: everything before it has been written. */
  | { type: 'bye' };
