/**
 * The messages between the pool's host (the main process) and a worker. Tasks name a function
 * exported by a module, as Python's pickle names a function by module and name: code does not
 * travel, only the name and the arguments (as JSON for process workers, structured clone for
 * thread workers).
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

export interface TaskMessage {
  type: 'task';
  id: number;
  fn: string;
  args: unknown[];
  /** A chunk: call `fn` once per argument list, in order; the result is the array of results. */
  items?: unknown[][];
}

export interface ExitMessage {
  type: 'exit';
}

export type HostMessage = InitMessage | TaskMessage | ExitMessage;

export type WorkerMessage =
  | { type: 'ready'; pid: number; tid: number }
  | { type: 'init-error'; error: SerializedError }
  | { type: 'start'; id: number }
  | { type: 'done'; id: number; ok: true; value: unknown }
  | { type: 'done'; id: number; ok: false; error: SerializedError };
