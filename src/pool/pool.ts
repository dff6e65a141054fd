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
export type { MapOptions, PoolOptions } from './options.js';

import { availableParallelism } from 'node:os';
import { checkArgs, checkIterable, TaskModule } from '../workers/task-module.js';
import type { TaskArgs, TaskName, TaskResult, UntypedModule } from '../workers/task-types.js';
import type { Job } from '../workers/types.js';
import { WorkerSet } from '../workers/worker-set.js';
import { AsyncResult, type CallbackErrorHandler, type Callbacks } from './async-result.js';
import { chunkJobs, collect, defaultChunksize, positive } from './chunks.js';
import { PoolStateError, PoolTerminatedError } from './errors.js';
import { forget, Holds, track } from './keep-alive.js';
import { defaultCallbackError, type MapOptions, type PoolOptions } from './options.js';
import { ResultStream } from './result-stream.js';

/** The arguments of task K, and what a call of it resolves to (see task-types.ts). */
type A<M, K extends TaskName<M>> = TaskArgs<M, K>;
type R<T, M, K extends TaskName<M>> = TaskResult<T, M, K>;

export class Pool<M = UntypedModule> implements AsyncDisposable {
  /** How many workers the pool keeps. */
  readonly processes: number;
  private readonly set: WorkerSet;
  private readonly tasks: TaskModule;
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
    this.tasks = new TaskModule(o.module, 'new Pool()');
    if (o.initializer !== undefined) this.tasks.check('new Pool() initializer', o.initializer);
    if (o.initargs !== undefined) checkArgs('new Pool() initargs', o.initargs);
    this.set = new WorkerSet({
      kind: 'process',
      size: this.processes,
      module: this.tasks.url,
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

  /** Refuse a call on a closed pool, or one naming no exported function: at the call. */
  private checkCall(method: string, fn: unknown): asserts fn is string {
    const what = `${method}(${typeof fn === 'string' ? `'${fn}'` : '...'})`;
    if (this.state !== 'run') {
      const how = this.state === 'close' ? 'closed' : 'terminated';
      throw new PoolStateError(`Pool not running: it was ${how}, so ${what} is refused`);
    }
    this.tasks.check(`Pool.${method}()`, fn, this.set.exports);
  }

  /** Start one task and return at once; the result arrives later. */
  applyAsync<T = never, K extends TaskName<M> = TaskName<M>>(
    fn: K,
    args: A<M, K> | [] = [],
    callbacks: Callbacks<R<T, M, K>> = {},
  ): AsyncResult<R<T, M, K>> & { readonly id: number } {
    this.checkCall('applyAsync', fn);
    checkArgs(`Pool.applyAsync('${fn}', args)`, args);
    const result = new AsyncResult<R<T, M, K>>(fn, this.holds, callbacks, this.onCallbackError);
    this.unfinished++;
    const id = this.set.submit({
      fn,
      args,
      resolve: (value, w) => {
        this.unfinished--;
        result.settle({ ok: true, value: value as R<T, M, K> }, w.pid);
      },
      reject: (error) => {
        this.unfinished--;
        result.settle({ ok: false, error }, pidOf(error));
      },
    });
    return Object.assign(result, { id });
  }

  /** Run one task and wait for it: a loop of apply() runs tasks one after another. */
  apply<T = never, K extends TaskName<M> = TaskName<M>>(
    fn: K,
    args: A<M, K> | [] = [],
  ): Promise<R<T, M, K>> {
    return promised(() => {
      this.checkCall('apply', fn);
      return this.applyAsync<T, K>(fn, args).get();
    });
  }

  /** fn(item) for every item, in chunks; one AsyncResult holding the results in input order. */
  mapAsync<T = never, K extends TaskName<M> = TaskName<M>>(
    fn: K,
    items: Iterable<A<M, K>[0]>,
    options: MapOptions & Callbacks<R<T, M, K>[]> = {},
  ): AsyncResult<R<T, M, K>[]> {
    return this.gather<R<T, M, K>>('mapAsync', fn, items, false, options);
  }

  /** fn(item) for every item; resolves with the results in input order ([] for no items). */
  map<T = never, K extends TaskName<M> = TaskName<M>>(
    fn: K,
    items: Iterable<A<M, K>[0]>,
    options: MapOptions = {},
  ): Promise<R<T, M, K>[]> {
    const { chunksize } = options;
    return promised(() => this.gather<R<T, M, K>>('map', fn, items, false, { chunksize }).get());
  }

  /** fn(...args) for every argument list, like Python's starmap_async: `[[1, 2], [3, 4]]`. */
  starmapAsync<T = never, K extends TaskName<M> = TaskName<M>>(
    fn: K,
    items: Iterable<A<M, K>>,
    options: MapOptions & Callbacks<R<T, M, K>[]> = {},
  ): AsyncResult<R<T, M, K>[]> {
    return this.gather<R<T, M, K>>('starmapAsync', fn, items, true, options);
  }

  /** fn(...args) for every argument list; resolves with the results in input order. */
  starmap<T = never, K extends TaskName<M> = TaskName<M>>(
    fn: K,
    items: Iterable<A<M, K>>,
    options: MapOptions = {},
  ): Promise<R<T, M, K>[]> {
    const { chunksize } = options;
    return promised(() => this.gather<R<T, M, K>>('starmap', fn, items, true, { chunksize }).get());
  }

  /** Results in input order, each as soon as it and all before it are back. @default chunksize 1 */
  imap<T = never, K extends TaskName<M> = TaskName<M>>(
    fn: K,
    items: Iterable<A<M, K>[0]>,
    options: MapOptions = {},
  ): AsyncIterableIterator<R<T, M, K>> {
    return this.stream<R<T, M, K>>(true, fn, items, options);
  }

  /** Results in the order tasks complete. @default chunksize 1 */
  imapUnordered<T = never, K extends TaskName<M> = TaskName<M>>(
    fn: K,
    items: Iterable<A<M, K>[0]>,
    options: MapOptions = {},
  ): AsyncIterableIterator<R<T, M, K>> {
    return this.stream<R<T, M, K>>(false, fn, items, options);
  }

  /** Check a map-family call; its items as argument lists. */
  private calls(method: string, fn: unknown, items: unknown, star: boolean): unknown[][] {
    this.checkCall(method, fn);
    checkIterable(`Pool.${method}('${fn}', items)`, items);
    const calls: unknown[][] = [];
    for (const item of items) {
      if (star) checkIterable(`Pool.${method}('${fn}', items): each item`, item);
      calls.push(star ? [...(item as Iterable<unknown>)] : [item]);
    }
    return calls;
  }

  private gather<V>(
    method: string,
    fn: string,
    items: Iterable<unknown>,
    star: boolean,
    options: MapOptions & Callbacks<V[]>,
  ): AsyncResult<V[]> {
    const calls = this.calls(method, fn, items, star);
    const size = defaultChunksize(calls.length, this.processes, options.chunksize);
    const result = new AsyncResult<V[]>(fn, this.holds, options, this.onCallbackError);
    this.submitAll(
      chunkJobs<V>(
        fn,
        calls,
        size,
        collect<V>(calls.length, size, (o) => result.settle(o)),
      ),
      calls.length,
    );
    return result;
  }

  private stream<V>(ordered: boolean, fn: string, items: Iterable<unknown>, o: MapOptions) {
    const calls = this.calls(ordered ? 'imap' : 'imapUnordered', fn, items, false);
    const size = positive('chunksize', o.chunksize ?? 1);
    const stream = new ResultStream<V>(ordered, Math.ceil(calls.length / size), this.holds);
    this.submitAll(
      chunkJobs<V>(fn, calls, size, (outcome, c) => stream.push(c, outcome)),
      calls.length,
    );
    return stream as AsyncIterableIterator<V>;
  }

  /** Submit a map's jobs, counting their items as unfinished until each chunk is back. */
  private submitAll(jobs: Job[], items: number): void {
    this.unfinished += items;
    for (const job of jobs) {
      const { resolve, reject } = job;
      const count = job.items?.length ?? 1;
      this.set.submit({
        ...job,
        resolve: (v, w) => {
          this.unfinished -= count;
          resolve(v, w);
        },
        reject: (e) => {
          this.unfinished -= count;
          reject(e);
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

  /**
   * `await using pool = new Pool(...)`: at the end of the block, close() and join(), so every
   * task submitted finishes first. (Python's `with Pool()` calls terminate() instead.)
   */
  async [Symbol.asyncDispose](): Promise<void> {
    if (this.state === 'run') this.close();
    await this.join();
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

/** A call that throws (a mistake caught at the call) as a rejected promise, for the awaiting forms. */
function promised<V>(f: () => Promise<V>): Promise<V> {
  try {
    return f();
  } catch (err) {
    return Promise.reject(err);
  }
}

function pidOf(error: Error): number | undefined {
  const pid = (error as { pid?: unknown }).pid;
  return typeof pid === 'number' ? pid : undefined;
}
