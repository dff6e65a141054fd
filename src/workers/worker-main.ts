/**
 * The program every pool worker runs, as a child process (forked) or as a worker thread. It loads
 * the task module once, runs the initializer, then runs tasks one at a time in arrival order.
 * It imports nothing but the error helper, so a new worker can take its first task as soon as
 * Node has started and the task module is loaded.
 *
 * Results are sent in batches: a run of tasks that finish without waiting (a burst of tiny tasks)
 * goes back as one message; before the worker waits on a task's promise, and when it has nothing
 * left to run, whatever is finished is sent at once, so a result never waits behind a slow task.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { uncloneableResult } from './clone.js';
import { serializeError } from './errors.js';
import type { HostMessage, InitMessage, Task, TaskResult, WorkerMessage } from './protocol.js';

type Fn = (...args: unknown[]) => unknown;

const send = (m: WorkerMessage, done?: () => void): void => {
  if (parentPort) {
    parentPort.postMessage(m);
    done?.();
  } else {
    // NOTE: the host may already be gone (Ctrl-C ended it while this worker was starting).
    // Without a callback, Node 24 throws that EPIPE as an unhandled 'error'; the 'disconnect'
    // handler below ends this worker anyway, so a failed send needs no more than a callback.
    process.send?.(m, undefined, {}, done ?? (() => {}));
  }
};

// The host names the task module on the command line too, so loading it starts at once, while
// the IPC channel delivers the init message (whose module is the same).
const preloaded = process.argv[2]?.startsWith('file:') ? import(process.argv[2]) : undefined;
preloaded?.catch(() => {}); // a failure is reported by init(), which awaits it

let tasks: Record<string, unknown> = {};
let reportStarts = false;
let ready: Promise<void> = Promise.resolve();
const queue: Task[] = [];
let draining = false;
let exiting = false;
/** Finished results not sent yet, with the task's name (for an error about an uncloneable one). */
let outbox: { r: TaskResult; fn: string }[] = [];
let outboxSince = 0;
let flushQueued = false;

const exported = () => Object.keys(tasks).filter((k) => typeof tasks[k] === 'function');

function lookup(name: string): Fn {
  const fn = tasks[name];
  if (typeof fn !== 'function') {
    throw new TypeError(
      `the task module exports no function '${name}' (it exports: ${exported().join(', ') || 'none'})`,
    );
  }
  return fn as Fn;
}

async function init(m: InitMessage): Promise<void> {
  try {
    const load = process.argv[2] === m.module && preloaded ? preloaded : import(m.module);
    tasks = (await load) as Record<string, unknown>;
    reportStarts = m.reportStarts;
    if (m.initializer) await lookup(m.initializer)(...(m.initargs ?? []));
    send({ type: 'ready', pid: process.pid, tid: threadId, exports: exported() });
  } catch (err) {
    send({ type: 'init-error', error: serializeError(err) });
  }
}

const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  typeof (v as { then?: unknown } | null)?.then === 'function';

function flush(): void {
  flushQueued = false;
  if (outbox.length === 0) return;
  const batch = outbox;
  outbox = [];
  try {
    send({ type: 'done', results: batch.map((o) => o.r) });
  } catch {
    // One value in the batch cannot be cloned: send them one by one, that one as a TypeError.
    for (const { r, fn } of batch) {
      try {
        send({ type: 'done', results: [r] });
      } catch {
        const value = r.ok ? r.value : undefined;
        const why = uncloneableResult(fn, value);
        const error = serializeError(why);
        send({ type: 'done', results: [{ id: r.id, ok: false, error, uncloneable: true }] });
      }
    }
  }
}

function post(r: TaskResult, fn: string): void {
  if (outbox.length === 0) outboxSince = performance.now();
  outbox.push({ r, fn });
  // A long run of short tasks still reports back every millisecond or so.
  if (performance.now() - outboxSince > 1) flush();
}

/** Call the task: its value at once when it does not wait, else a promise of it. */
function call(t: Task): unknown {
  const fn = lookup(t.fn);
  if (!t.items) return fn(...t.args);
  const items = t.items;
  return (async () => {
    const out: unknown[] = [];
    for (const args of items) out.push(await fn(...args));
    return out;
  })();
}

async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  await ready;
  for (let t = queue.shift(); t; t = queue.shift()) {
    if (reportStarts) send({ type: 'start', id: t.id });
    try {
      let value = call(t);
      if (isThenable(value)) {
        // If the promise is not settled within this turn, what is finished goes out meanwhile.
        if (outbox.length > 0 && !flushQueued) {
          flushQueued = true;
          setImmediate(flush);
        }
        value = await value;
      }
      post({ id: t.id, ok: true, value }, t.fn);
    } catch (err) {
      post({ id: t.id, ok: false, error: serializeError(err) }, t.fn);
    }
  }
  draining = false;
  flush();
  if (exiting) finish();
}

function finish(): void {
  // `bye` goes after every result; exit once it has been written, so nothing is lost.
  send({ type: 'bye' }, () => process.exit(0));
}

function onMessage(m: HostMessage): void {
  switch (m.type) {
    case 'init':
      ready = init(m);
      return;
    case 'tasks':
      queue.push(...m.tasks);
      void drain();
      return;
    case 'revoke': {
      const ids = queue.splice(0).map((t) => t.id);
      flush();
      send({ type: 'revoked', ids });
      return;
    }
    case 'exit':
      exiting = true;
      if (!draining) finish();
      return;
  }
}

if (parentPort) {
  parentPort.on('message', onMessage);
} else {
  process.on('message', onMessage);
  // The host went away (even by SIGKILL): a worker never outlives its pool.
  process.on('disconnect', () => process.exit(0));
}
