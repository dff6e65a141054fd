/**
 * A result that arrives later (Python's AsyncResult). It never holds a rejected promise of its
 * own, so a failed task whose result nobody asks for cannot crash the program with an unhandled
 * rejection: the error waits here until get() is called, and goes to `errorCallback` at once.
 */
import { TimeoutError } from '../workers/errors.js';
import { PoolStateError } from './errors.js';
import type { Holds } from './keep-alive.js';

export interface Callbacks<T> {
  /** Called in the main process with the value, in the order tasks complete. */
  callback?: (value: T) => void;
  /** Called in the main process with the task's error (RemoteError, WorkerLostError, ...). */
  errorCallback?: (error: Error) => void;
}

/** Where a throwing callback is reported; the pool itself carries on. */
export type CallbackErrorHandler = (error: unknown, fn: string) => void;

type State<T> =
  | { done: false }
  | { done: true; ok: true; value: T }
  | { done: true; ok: false; error: Error };

export class AsyncResult<T = unknown> {
  private state: State<T> = { done: false };
  private waiters: (() => void)[] = [];
  /** PID of the worker that ran the task, once it has finished (undefined if it never ran). */
  pid: number | undefined;

  /** @internal created by Pool */
  constructor(
    /** The task function's name. */
    readonly fn: string,
    private readonly holds: Holds,
    private readonly callbacks: Callbacks<T>,
    private readonly onCallbackError: CallbackErrorHandler,
  ) {}

  /** True once the task has finished, successfully or not. */
  ready(): boolean {
    return this.state.done;
  }

  /** Whether the task succeeded; like Python, asking before it is ready is an error. */
  successful(): boolean {
    if (!this.state.done) throw new PoolStateError(`the result of '${this.fn}' is not ready yet`);
    return this.state.ok;
  }

  /** Resolves when the result is ready, or after `timeoutMs`, whichever comes first. */
  async wait(timeoutMs?: number): Promise<void> {
    if (this.state.done) return;
    let timer: NodeJS.Timeout | undefined;
    let wake: (() => void) | undefined;
    const arrived = new Promise<void>((resolve) => {
      wake = resolve;
      this.waiters.push(resolve);
    });
    const timedOut =
      timeoutMs === undefined
        ? arrived
        : new Promise<void>((resolve) => {
            timer = setTimeout(resolve, timeoutMs);
          });
    try {
      await this.holds.during(Promise.race([arrived, timedOut]));
    } finally {
      clearTimeout(timer);
      this.waiters = this.waiters.filter((w) => w !== wake);
    }
  }

  /**
   * The value; rejects with the task's error, or with TimeoutError if it is not ready within
   * `timeoutMs` (the task goes on running, as in Python).
   */
  async get(timeoutMs?: number): Promise<T> {
    await this.wait(timeoutMs);
    const s = this.state;
    if (!s.done) throw new TimeoutError(`'${this.fn}' was not ready within ${timeoutMs} ms`);
    if (s.ok) return s.value;
    throw s.error;
  }

  /** @internal the pool settles the result once; callbacks run before waiters wake, as in CPython. */
  settle(outcome: { ok: true; value: T } | { ok: false; error: Error }, pid?: number): void {
    if (this.state.done) return;
    this.pid = pid;
    this.state = { done: true, ...outcome };
    try {
      if (outcome.ok) this.callbacks.callback?.(outcome.value);
      else this.callbacks.errorCallback?.(outcome.error);
    } catch (err) {
      this.onCallbackError(err, this.fn);
    }
    for (const w of this.waiters.splice(0)) w();
  }
}
