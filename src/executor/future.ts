/**
 * A Future: a result that will arrive later. An executor hands one back from submit() at once;
 * the caller keeps working and asks for the value when it needs it. Modelled on Python's
 * concurrent.futures.Future: the same states (pending → running → finished, or pending →
 * cancelled), the same rules for cancel(), the same done-callbacks. Waiting returns a Promise
 * instead of blocking a thread, since Node has one event loop per thread.
 */

import { TimeoutError } from '../workers/errors.js';
import type { WorkerRef } from '../workers/worker-set.js';
import { CancelledError, InvalidStateError } from './errors.js';

export type FutureState = 'pending' | 'running' | 'cancelled' | 'finished';

export type DoneCallback<T> = (future: Future<T>) => void;

/** Used by wait() and asCompleted(): be told once when a future is done; returns an undo. */
export const onDone = Symbol('onDone');
/** Used by executors: a running future's job was taken back and handed to another worker. */
export const moved = Symbol('moved');
/** True when a future finished by raising (read synchronously by wait()'s FIRST_EXCEPTION). */
export const failed = Symbol('failed');

let lastId = 0;

/**
 * A callback that throws must not stop the others (Python logs it and goes on): here it becomes
 * a process warning, which Node prints to stderr and programs can observe with
 * `process.on('warning')`.
 */
function reportCallbackError(err: unknown, future: Future<unknown>): void {
  const warning = new Error(
    `a done-callback of ${future} threw: ${err instanceof Error ? err.message : String(err)}`,
    { cause: err },
  );
  warning.name = 'FutureCallbackError';
  process.emitWarning(warning);
}

export class Future<T = unknown> {
  /** Unique in this process, in creation order: handy for logs and events. */
  readonly id = ++lastId;
  #state: FutureState = 'pending';
  #value: T | undefined;
  #error: unknown;
  #failed = false;
  #worker: WorkerRef | undefined;
  // Typed loosely on purpose: with DoneCallback<T>[] a Future<number> would not be a
  // Future<unknown>, and lists of mixed futures could not be passed to wait() or asCompleted().
  #callbacks: ((future: never) => void)[] = [];
  readonly #waiters = new Set<() => void>();

  /** The state now: pending, running, cancelled or finished (with a result or an error). */
  get state(): FutureState {
    return this.#state;
  }

  /** The worker (its PID, and thread id for threads) it was dispatched to; unset while pending. */
  get worker(): WorkerRef | undefined {
    return this.#worker;
  }

  get [failed](): boolean {
    return this.#failed;
  }

  /** Cancel it if it has not started: true if it is (now) cancelled, false once running or done. */
  cancel(): boolean {
    if (this.#state === 'running' || this.#state === 'finished') return false;
    if (this.#state === 'cancelled') return true;
    this.#state = 'cancelled';
    this.#notify();
    return true;
  }

  cancelled(): boolean {
    return this.#state === 'cancelled';
  }

  running(): boolean {
    return this.#state === 'running';
  }

  /** Finished or cancelled. */
  done(): boolean {
    return this.#state === 'finished' || this.#state === 'cancelled';
  }

  /**
   * The value, once there is one. Rejects with the task's own error if it threw, with
   * CancelledError if it was cancelled, and with TimeoutError if it is not done within
   * `timeoutMs` (no timeout: wait as long as it takes).
   */
  async result(timeoutMs?: number): Promise<T> {
    await this.#waitDone(timeoutMs);
    if (this.#failed) throw this.#error;
    return this.#value as T;
  }

  /** The error the task raised, or undefined if it succeeded. Same timeout and cancel rules. */
  async exception(timeoutMs?: number): Promise<unknown> {
    await this.#waitDone(timeoutMs);
    return this.#failed ? this.#error : undefined;
  }

  /**
   * Call `fn(future)` when it is done (finished or cancelled), in the order the callbacks were
   * added; at once if it is already done. A callback that throws is reported as a process
   * warning and the others still run.
   */
  addDoneCallback(fn: DoneCallback<T>): void {
    if (this.done()) this.#call(fn);
    else this.#callbacks.push(fn);
  }

  // --- For executors (and tests), as in Python: the side that produces the result. ---

  /**
   * Called when the job is handed to a worker. Returns false if the future was cancelled
   * (the job must then not run); otherwise it becomes running.
   */
  setRunningOrNotifyCancel(worker?: WorkerRef): boolean {
    if (this.#state === 'cancelled') return false;
    if (this.#state !== 'pending') throw new InvalidStateError(`cannot start ${this}`);
    this.#state = 'running';
    this.#worker = worker;
    return true;
  }

  [moved](worker: WorkerRef): void {
    this.#worker = worker;
  }

  setResult(value: T): void {
    this.#finish();
    this.#value = value;
    this.#notify();
  }

  setException(error: unknown): void {
    this.#finish();
    this.#failed = true;
    this.#error = error;
    this.#notify();
  }

  [onDone](fn: () => void): () => void {
    if (this.done()) {
      fn();
      return () => {};
    }
    this.#waiters.add(fn);
    return () => this.#waiters.delete(fn);
  }

  toString(): string {
    const what = this.#failed
      ? ` raised ${(this.#error as Error)?.name ?? 'error'}`
      : this.#state === 'finished'
        ? ` returned ${typeof this.#value}`
        : '';
    return `<Future #${this.id} ${this.#state}${what}>`;
  }

  #finish(): void {
    if (this.done()) throw new InvalidStateError(`${this.#state}: ${this}`);
    this.#state = 'finished';
  }

  #notify(): void {
    for (const w of [...this.#waiters]) w();
    this.#waiters.clear();
    const callbacks = this.#callbacks;
    this.#callbacks = [];
    for (const fn of callbacks) this.#call(fn as DoneCallback<T>);
  }

  #call(fn: DoneCallback<T>): void {
    try {
      fn(this);
    } catch (err) {
      reportCallbackError(err, this as Future<unknown>);
    }
  }

  /** Resolves once done; rejects with CancelledError or TimeoutError. */
  async #waitDone(timeoutMs?: number): Promise<void> {
    if (!this.done()) {
      let timer: NodeJS.Timeout | undefined;
      const inTime = await new Promise<boolean>((resolve) => {
        const off = this[onDone](() => resolve(true));
        if (timeoutMs !== undefined) {
          timer = setTimeout(
            () => {
              off();
              resolve(false);
            },
            Math.max(0, timeoutMs),
          );
        }
      });
      clearTimeout(timer);
      if (!inTime) throw new TimeoutError(`${this} was not done within ${timeoutMs} ms`);
    }
    if (this.#state === 'cancelled') throw new CancelledError(`${this} was cancelled`);
  }
}
