/**
 * The program every pool worker runs, as a child process (forked) or as a worker thread. It loads
 * the task module once, runs the initializer, then runs tasks one at a time in arrival order: the
 * host may send a few ahead (prefetch), but a worker never runs two at once.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { serializeError } from './errors.js';
import type { HostMessage, InitMessage, TaskMessage, WorkerMessage } from './protocol.js';

type Fn = (...args: unknown[]) => unknown;

const send = (m: WorkerMessage) => {
  if (parentPort) parentPort.postMessage(m);
  else process.send?.(m);
};

let tasks: Record<string, unknown> = {};
let reportStarts = false;
// Tasks run strictly one after another: each waits for the previous one.
let chain: Promise<void> = Promise.resolve();

function lookup(name: string): Fn {
  const fn = tasks[name];
  if (typeof fn !== 'function') {
    const names = Object.keys(tasks).filter((k) => typeof tasks[k] === 'function');
    throw new TypeError(
      `the task module exports no function '${name}' (it exports: ${names.join(', ') || 'none'})`,
    );
  }
  return fn as Fn;
}

async function init(m: InitMessage): Promise<void> {
  try {
    tasks = (await import(m.module)) as Record<string, unknown>;
    reportStarts = m.reportStarts;
    if (m.initializer) await lookup(m.initializer)(...(m.initargs ?? []));
    send({ type: 'ready', pid: process.pid, tid: threadId });
  } catch (err) {
    send({ type: 'init-error', error: serializeError(err) });
  }
}

async function runTask(m: TaskMessage): Promise<void> {
  if (reportStarts) send({ type: 'start', id: m.id });
  try {
    const fn = lookup(m.fn);
    let value: unknown;
    if (m.items) {
      const results: unknown[] = [];
      for (const args of m.items) results.push(await fn(...args));
      value = results;
    } else {
      value = await fn(...m.args);
    }
    send({ type: 'done', id: m.id, ok: true, value });
  } catch (err) {
    send({ type: 'done', id: m.id, ok: false, error: serializeError(err) });
  }
}

function onMessage(m: HostMessage): void {
  if (m.type === 'init') chain = chain.then(() => init(m));
  else if (m.type === 'task') chain = chain.then(() => runTask(m));
  else if (m.type === 'exit') chain = chain.then(() => process.exit(0));
}

if (parentPort) {
  parentPort.on('message', onMessage);
} else {
  process.on('message', onMessage);
  // The host went away (even by SIGKILL): a worker never outlives its pool.
  process.on('disconnect', () => process.exit(0));
}
