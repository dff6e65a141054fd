/**
 * A pool of long-lived worker processes, modelled on Python's multiprocessing.Pool: tasks are
 * functions exported by a module, called by name (as pickle names a function by module and name),
 * and the same worker PIDs run task after task. Built on the shared WorkerSet with
 * `onLost: 'replace'`: where CPython hangs because a worker died mid-task, that task's result
 * rejects with WorkerLostError and a new worker takes over the rest.
 *
 * @example
 * const pool = new Pool({ processes: 3, module: new URL('./tasks.js', import.meta.url) });
 * const r = pool.applyAsync('foo', [1], { callback: (v) => console.log('done', v) });
 * pool.close();
 * await pool.join();
 * console.log(await r.get());
 */
import { availableParallelism } from 'node:os';
import type { OutputHandler } from '../workers/handle.js';
import { type WorkerObserver, WorkerSet } from '../workers/worker-set.js';
import { AsyncResult, type CallbackErrorHandler, type Callbacks } from './async-result.js';
import { PoolStateError, PoolTerminatedError } from './errors.js';
import { forget, Holds, track } from './keep-alive.js';
import { type ChunkOutcome, ResultStream } from './result-stream.js';

export interface PoolOptions {
  /** file: URL (or path URL string) of the module whose exported functions are the tasks. */
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

const defaultCallbackError: CallbackErrorHandler = (err, fn) => {
  const what = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`Pool: a callback for '${fn}' threw (the pool goes on): ${what}\n`);
};

function positive(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a whole number of at least 1, got ${value}`);
  }
  return value;
}

export class Pool {
  /** How many workers the pool keeps. */
  readonly processes: number;
  private readonly set: WorkerSet;
  private readonly holds: Holds;
  private readonly onCallbackError: CallbackErrorHandler;
  private state: 'run' | 'close' | 'terminate' = 'run';
  private closing: Promise<void> | undefined;
  private terminating: Promise<void> | undefined;
  /** Jobs submitted and not yet settled (for the warning when the program ends without join). */
  private unfinished = 0;

  constructor(o: PoolOptions) {
    this.processes = positive('processes', o.processes ?? availableParallelism());
    if (o.maxtasksperchild !== undefined) positive('maxtasksperchild', o.maxtasksperchild);
    this.onCallbackError = o.onCallbackError ?? defaultCallbackError;
    this.set = new WorkerSet({
      kind: 'process',
      size: this.processes,
      module: o.module,
      initializer: o.initializer,
      initargs: o.initargs,
      maxTasksPerWorker: o.maxtasksperchild,
      onLost: 'replace',
      reportStarts: o.observer?.taskStart !== undefined,
      observer: o.observer,
      onOutput: o.onOutput,
      name: o.name,
    });
    this.holds = new Holds(this.set);
    track(this);
  }

  /** PIDs of the current workers (they change only when a worker is replaced). */
  get pids(): number[] {
    return this.set.workers.map((w) => w.pid);
  }

  /** Tasks waiting in the main process for a free worker. */
  get queued(): number {
    return this.set.queued;
  }

  private checkRunning(what: string): void {
    if (this.state !== 'run') {
      const how = this.state === 'close' ? 'closed' : 'terminated';
      throw new PoolStateError(`Pool not running: it was ${how}, so ${what} is refused`);
    }
  }

  /** Start one task and return at once; the result arrives later. */
  applyAsync<T = unknown>(
    fn: string,
    args: unknown[] = [],
    callbacks: Callbacks<T> = {},
  ): AsyncResult<T> & { readonly id: number } {
    this.checkRunning(`applyAsync('${fn}')`);
    const result = new AsyncResult<T>(fn, this.holds, callbacks, this.onCallbackError);
    this.unfinished++;
    const id = this.set.submit({
      fn,
      args,
      resolve: (value, w) => {
        this.unfinished--;
        result.settle({ ok: true, value: value as T }, w.pid);
      },
      reject: (error) => {
        this.unfinished--;
        result.settle({ ok: false, error }, pidOf(error));
      },
    });
    return Object.assign(result, { id });
  }

  /** Run one task and wait for it: a loop of apply() runs tasks one after another. */
  apply<T = unknown>(fn: string, args: unknown[] = []): Promise<T> {
    try {
      return this.applyAsync<T>(fn, args).get();
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** fn(item) for every item, in chunks; one AsyncResult holding the results in input order. */
  mapAsync<T = unknown>(
    fn: string,
    items: Iterable<unknown>,
    options: MapOptions & Callbacks<T[]> = {},
  ): AsyncResult<T[]> {
    this.checkRunning(`mapAsync('${fn}')`);
    const list = [...items];
    const size = this.chunksize(list.length, options.chunksize);
    const result = new AsyncResult<T[]>(fn, this.holds, options, this.onCallbackError);
    const values = new Array<T>(list.length);
    let left = Math.ceil(list.length / size);
    let firstError: Error | undefined;
    // Like CPython, the result is ready only when every chunk is back, holding the first error.
    const chunkDone = (o: ChunkOutcome<T>, at: number) => {
      if (o.ok) for (let i = 0; i < o.values.length; i++) values[at + i] = o.values[i]!;
      else firstError ??= o.error;
      if (--left > 0) return;
      result.settle(firstError ? { ok: false, error: firstError } : { ok: true, value: values });
    };
    if (left === 0) result.settle({ ok: true, value: [] });
    this.submitChunks<T>(fn, list, size, (o, c) => chunkDone(o, c * size));
    return result;
  }

  /** fn(item) for every item; resolves with the results in input order ([] for no items). */
  map<T = unknown>(fn: string, items: Iterable<unknown>, options: MapOptions = {}): Promise<T[]> {
    try {
      return this.mapAsync<T>(fn, items, { chunksize: options.chunksize }).get();
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Results in input order, each as soon as it and all before it are back. @default chunksize 1 */
  imap<T = unknown>(fn: string, items: Iterable<unknown>, options: MapOptions = {}) {
    return this.stream<T>(true, fn, items, options);
  }

  /** Results in the order tasks complete. @default chunksize 1 */
  imapUnordered<T = unknown>(fn: string, items: Iterable<unknown>, options: MapOptions = {}) {
    return this.stream<T>(false, fn, items, options);
  }

  private stream<T>(ordered: boolean, fn: string, items: Iterable<unknown>, o: MapOptions) {
    this.checkRunning(`${ordered ? 'imap' : 'imapUnordered'}('${fn}')`);
    const list = [...items];
    const size = positive('chunksize', o.chunksize ?? 1);
    const stream = new ResultStream<T>(ordered, Math.ceil(list.length / size), this.holds);
    this.submitChunks<T>(fn, list, size, (outcome, c) => stream.push(c, outcome));
    return stream as AsyncIterableIterator<T>;
  }

  private chunksize(n: number, asked: number | undefined): number {
    if (asked !== undefined) return positive('chunksize', asked);
    // CPython's choice: about four chunks per worker, so the load evens out.
    return Math.max(1, Math.ceil(n / (this.processes * 4)));
  }

  private submitChunks<T>(
    fn: string,
    list: unknown[],
    size: number,
    done: (o: ChunkOutcome<T>, chunk: number) => void,
  ): void {
    for (let c = 0; c * size < list.length; c++) {
      // A chunk of one is sent as a plain call: less to encode and decode on both sides.
      const one = size === 1;
      const items = one ? [[list[c]]] : list.slice(c * size, (c + 1) * size).map((x) => [x]);
      this.unfinished += items.length;
      this.set.submit({
        fn,
        args: one ? items[0]! : [],
        items: one ? undefined : items,
        resolve: (values) => {
          this.unfinished -= items.length;
          done({ ok: true, values: (one ? [values] : values) as T[] }, c);
        },
        reject: (error) => {
          this.unfinished -= items.length;
          done({ ok: false, error }, c);
        },
      });
    }
  }

  /** No new tasks; the workers exit once every submitted task has finished. */
  close(): void {
    if (this.state !== 'run') return;
    this.state = 'close';
    this.closing = this.set.shutdown();
  }

  /** Wait for the workers to exit; only after close() or terminate(), as in Python. */
  async join(): Promise<void> {
    if (this.state === 'run') {
      throw new PoolStateError('Pool is still running: call close() or terminate() before join()');
    }
    await this.holds.during((this.terminating ?? this.closing)!);
    forget(this);
  }

  /** @internal the program ran out of things to do while this pool was alive (see keep-alive.ts) */
  atExit(): void {
    if (this.unfinished > 0) {
      process.stderr.write(
        `Pool: the program ended with ${this.unfinished} unfinished task(s); they are lost (call close() and await join() to wait for them)\n`,
      );
    }
    void this.terminate();
  }

  /** Stop the workers now (SIGKILL); unfinished tasks reject with PoolTerminatedError. */
  terminate(): Promise<void> {
    if (!this.terminating) {
      this.state = 'terminate';
      this.holds.stop();
      this.terminating = this.set.terminate(new PoolTerminatedError()).finally(() => forget(this));
    }
    return this.terminating;
  }
}

function pidOf(error: Error): number | undefined {
  const pid = (error as { pid?: unknown }).pid;
  return typeof pid === 'number' ? pid : undefined;
}
