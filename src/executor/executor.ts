/**
 * Executor: what ProcessPoolExecutor and ThreadPoolExecutor share, as in Python's abstract
 * concurrent.futures.Executor. Both stand on the one worker machinery (src/workers/WorkerSet)
 * that the Pool uses too; an executor only adds Futures on top: each job becomes a Future that is
 * pending in the queue, running once a worker has it, and finished or cancelled at the end.
 */
import type { OutputHandler, WorkerKind } from '../workers/handle.js';
import { checkIterable, TaskModule } from '../workers/task-module.js';
import type { TaskArgs, TaskName, TaskResult, UntypedModule } from '../workers/task-types.js';
import { WorkerSet } from '../workers/worker-set.js';
import { Future, type FutureState, moved } from './future.js';

export interface ExecutorOptions {
  /**
   * How many workers. Must be at least 1.
   * @default ProcessPoolExecutor: the CPU count; ThreadPoolExecutor: min(32, CPUs + 4)
   */
  maxWorkers?: number;
  /**
   * The module whose exported functions tasks name: a file: URL (`new URL('./tasks.js',
   * import.meta.url)`) or a path, taken from the current directory when relative.
   */
  module: string | URL;
  /** An exported function each worker calls once before its first task. */
  initializer?: string;
  initargs?: unknown[];
  /** Receive what tasks print, line by line, instead of it going to stdout. */
  onOutput?: OutputHandler;
  /** Called on every state change of every future (pending, running, finished, cancelled). */
  onStateChange?: (future: Future, state: FutureState) => void;
}

export interface MapOptions {
  /** ms, counted from the call to map(): an item not ready by then rejects with TimeoutError. */
  timeout?: number;
  /** Items sent to a process worker per message (threads ignore it, as in Python). @default 1 */
  chunksize?: number;
}

export interface ShutdownOptions {
  /** Resolve only once every started and pending future is done and the workers have exited. @default true */
  wait?: boolean;
  /** Cancel the futures no worker has started yet. @default false */
  cancelFutures?: boolean;
}

interface Setup {
  kind: WorkerKind;
  defaultWorkers: number;
  brokenError: (cause: string) => Error;
  /** Whether map() sends items in chunks (process workers only, as in Python). */
  chunks: boolean;
  maxTasksPerWorker?: number;
  name: string;
}

const isIterable = (v: unknown): v is Iterable<unknown> =>
  typeof (v as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] === 'function';

/** Python's zip(): one argument list per position, as many as the shortest iterable has. */
function zip(iterables: Iterable<unknown>[]): unknown[][] {
  if (iterables.length === 0) return [];
  const its = iterables.map((i) => i[Symbol.iterator]());
  const out: unknown[][] = [];
  for (;;) {
    const row: unknown[] = [];
    for (const it of its) {
      const r = it.next();
      if (r.done) return out;
      row.push(r.value);
    }
    out.push(row);
  }
}

export abstract class Executor<M = UntypedModule> implements AsyncDisposable {
  readonly maxWorkers: number;
  readonly #tasks: TaskModule;
  #set: WorkerSet | undefined;
  #shutDown = false;
  /** The workers' end, once shutdown() has been called on a started executor. */
  #finished: Promise<void> | undefined;
  /** Futures no worker has taken yet: what cancelFutures cancels. */
  readonly #pending = new Set<Future>();
  /** Futures not done yet: while there are any, the workers keep the program alive. */
  #outstanding = 0;
  /**
   * Python joins its executors at interpreter exit: a program that never calls shutdown() still
   * waits for its futures and leaves no worker behind. Here: when the event loop runs dry (no
   * future outstanding, idle workers unref'd), shut down and reap the workers, then exit.
   */
  readonly #atExit = () => void this.shutdown();

  protected constructor(
    private readonly options: ExecutorOptions,
    private readonly setup: Setup,
  ) {
    const n = options.maxWorkers ?? setup.defaultWorkers;
    if (!Number.isInteger(n) || n < 1) {
      throw new RangeError(`maxWorkers must be a whole number greater than 0, got ${n}`);
    }
    this.maxWorkers = n;
    this.#tasks = new TaskModule(options.module, `new ${new.target.name}()`);
    if (options.initializer !== undefined) {
      this.#tasks.check(`new ${new.target.name}() initializer`, options.initializer);
    }
  }

  /** PIDs (and thread ids) of the workers now running; empty before the first submit. */
  get workers(): { pid: number; tid: number }[] {
    return this.#set?.workers ?? [];
  }

  /** Schedule `fn(...args)` in a worker; returns its Future at once. */
  submit<T = never, K extends TaskName<M> = TaskName<M>>(
    fn: K,
    ...args: TaskArgs<M, K>
  ): Future<TaskResult<T, M, K>> {
    this.#tasks.check(`${this.constructor.name}.submit()`, fn, this.#set?.exports);
    return this.#schedule(fn, args);
  }

  /**
   * `fn(a, b, ...)` for each a of the first iterable, b of the second, ..., as Python's
   * `map(fn, *iterables)`: the shortest iterable ends it. Options may follow the iterables. All
   * are submitted now; the results come back in input order. A task's error surfaces when its
   * item is reached; leaving the loop early cancels what has not started.
   */
  map<T = never, K extends TaskName<M> = TaskName<M>>(
    fn: K,
    ...rest: Iterable<unknown>[] | [...Iterable<unknown>[], MapOptions]
  ): AsyncGenerator<TaskResult<T, M, K>, void, undefined> {
    const call = `${this.constructor.name}.map('${String(fn)}', ...)`;
    this.#tasks.check(`${this.constructor.name}.map()`, fn, this.#set?.exports);
    const last = rest.at(-1);
    const isOptions = typeof last === 'object' && last !== null && !isIterable(last);
    const options = isOptions ? (rest.pop() as MapOptions) : {};
    const { timeout, chunksize = 1 } = options;
    if (!Number.isInteger(chunksize) || chunksize < 1) {
      throw new RangeError(`chunksize must be a whole number >= 1, got ${chunksize}`);
    }
    for (const it of rest) checkIterable(call, it);
    const deadline = timeout === undefined ? undefined : performance.now() + timeout;
    const calls = zip(rest as Iterable<unknown>[]);
    if (!this.setup.chunks || chunksize === 1) {
      return results(
        calls.map((args) => this.#schedule(fn, args)),
        deadline,
        false,
      );
    }
    const chunks: unknown[][][] = [];
    for (let i = 0; i < calls.length; i += chunksize) chunks.push(calls.slice(i, i + chunksize));
    return results(
      chunks.map((items) => this.#schedule(fn, [], items)),
      deadline,
      true,
    );
  }

  /** `await using ex = new ProcessPoolExecutor(...)`: shutdown({ wait: true }) at the block's end, as Python's `with`. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.shutdown();
  }

  /**
   * Accept no new tasks. With `cancelFutures`, cancel those not yet started. With `wait` (the
   * default), resolve only after every remaining future is done and every worker has exited;
   * without, resolve at once while the work goes on.
   */
  async shutdown({ wait = true, cancelFutures = false }: ShutdownOptions = {}): Promise<void> {
    this.#shutDown = true;
    process.off('beforeExit', this.#atExit);
    if (cancelFutures) for (const f of [...this.#pending]) f.cancel();
    // Hold the program open until every worker has exited and been reaped by us (not PID 1).
    this.#set?.keepAlive(true);
    if (this.#set) this.#finished ??= this.#set.shutdown();
    if (wait) await this.#finished;
  }

  #schedule<T>(fn: string, args: readonly unknown[], items?: unknown[][]): Future<T> {
    const broken = this.#set?.broken;
    if (broken) throw broken;
    if (this.#shutDown) throw new Error('cannot schedule new futures after shutdown');
    const set = this.#workers();
    const future = new Future<T>();
    const observe = (state: FutureState) => this.options.onStateChange?.(future, state);
    observe('pending');
    this.#pending.add(future);
    if (this.#outstanding++ === 0) set.keepAlive(true);
    // A worker may take the job inside submit() (onDispatch): 'pending' is reported before that.
    const id = set.submit({
      fn,
      args: [...args],
      items,
      onDispatch: (w) => {
        // Taken back from a busy worker and sent to an idle one: still running, elsewhere now.
        if (future.running()) return future[moved](w);
        this.#pending.delete(future);
        // Cancelling takes a job out of the queue, so a dispatched future is never cancelled.
        if (future.setRunningOrNotifyCancel(w)) observe('running');
      },
      resolve: (value) => future.setResult(value as T),
      reject: (err) => {
        // After a cancel() or shutdown the job may still be failed by the set: ignore that.
        if (!future.done()) future.setException(err);
      },
    });
    future.addDoneCallback((f) => {
      this.#pending.delete(future);
      if (--this.#outstanding === 0 && !this.#shutDown) set.keepAlive(false);
      if (f.cancelled()) set.cancel(id);
      observe(f.state);
    });
    return future;
  }

  /** Workers start with the first task, as in Python, so an unused executor costs nothing. */
  #workers(): WorkerSet {
    if (this.#set) return this.#set;
    process.on('beforeExit', this.#atExit);
    this.#set = new WorkerSet({
      kind: this.setup.kind,
      size: this.maxWorkers,
      module: this.#tasks.url,
      initializer: this.options.initializer,
      initargs: this.options.initargs,
      maxTasksPerWorker: this.setup.maxTasksPerWorker,
      onLost: 'break',
      brokenError: this.setup.brokenError,
      onOutput: this.options.onOutput,
      name: this.setup.name,
    });
    return this.#set;
  }
}

async function* results<T>(
  futures: readonly Future<unknown>[],
  deadline: number | undefined,
  chunked: boolean,
): AsyncGenerator<T, void, undefined> {
  try {
    for (const f of futures) {
      const value = await f.result(
        deadline === undefined ? undefined : deadline - performance.now(),
      );
      if (chunked) yield* value as T[];
      else yield value as T;
    }
  } finally {
    // Left early (an error, a timeout, a break): what has not started is not wanted any more.
    for (const f of futures) f.cancel();
  }
}
