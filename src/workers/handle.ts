/**
 * One worker, process or thread, behind one small interface, so the scheduling in WorkerSet is
 * written once for both. Process workers go through the registry (they are cleaned up with every
 * other child); thread workers are terminated by a registry cleanup hook.
 */
import type { Socket } from 'node:net';
import { Worker } from 'node:worker_threads';
import { children } from '../runtime/children.js';
import { locate } from '../runtime/demo.js';
import { eachLine } from '../runtime/lines.js';
import type { HostMessage, WorkerMessage } from './protocol.js';

export type WorkerKind = 'process' | 'thread';

export interface WorkerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface WorkerHandle {
  readonly kind: WorkerKind;
  /** The process that runs it: the worker's own PID, or the main PID for a thread. */
  readonly pid: number;
  /** worker_threads id (0 for a process worker). */
  readonly tid: number;
  send(m: HostMessage): void;
  onMessage(fn: (m: WorkerMessage) => void): void;
  readonly exited: Promise<WorkerExit>;
  /** End it now: SIGKILL for a process, terminate() for a thread. */
  kill(): void;
  /** Whether this worker keeps the host's event loop alive (the default: it does). */
  ref(on: boolean): void;
}

const ignoreSendError = () => {};

// From the folder above, so the path holds in dist/lib/index.js (the library bundle) as well.
const main = () => locate('../workers/worker-main', import.meta.url);

/** Receives what a worker prints, line by line; without it, workers print to our stdout. */
export type OutputHandler = (line: string, worker: { pid: number; tid: number }) => void;

export function startWorker(
  kind: WorkerKind,
  name = 'pool-worker',
  onOutput?: OutputHandler,
  /** The task module's URL: the worker starts loading it as soon as it runs (see worker-main). */
  module?: string,
): WorkerHandle {
  const argv = module ? [module] : [];
  const where = main();
  if (kind === 'process') {
    const child = children.fork(name, where.path, argv, {
      execArgv: where.execArgv,
      serialization: 'advanced',
      stdio: ['ignore', onOutput ? 'pipe' : 'inherit', 'inherit', 'ipc'],
    });
    if (child.pid === undefined) throw new Error(`could not start a ${name} process`);
    const pid = child.pid;
    if (onOutput && child.stdout) eachLine(child.stdout, (l) => onOutput(l, { pid, tid: 0 }));
    const exited = new Promise<WorkerExit>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    return {
      kind,
      pid: child.pid,
      tid: 0,
      send: (m) => {
        // A worker that has just died cannot take messages; its exit is handled separately.
        // NOTE: `connected` is still true until we notice the death, so a write can fail with
        // EPIPE; without a callback that error would be thrown as an unhandled 'error' event.
        if (child.connected) child.send(m, ignoreSendError);
      },
      onMessage: (fn) => child.on('message', fn),
      exited,
      kill: () => child.kill('SIGKILL'),
      ref: (on) => {
        // The process, its IPC channel and a piped stdout each hold the loop open on their own.
        for (const h of [child, child.channel, child.stdout as Socket | null]) {
          if (on) h?.ref();
          else h?.unref();
        }
      },
    };
  }
  const worker = new Worker(where.path, {
    argv,
    execArgv: where.execArgv,
    stdout: onOutput !== undefined,
  });
  if (onOutput)
    eachLine(worker.stdout, (l) => onOutput(l, { pid: process.pid, tid: worker.threadId }));
  const undo = children.onCleanup(() => worker.terminate().then(() => undefined));
  const exited = new Promise<WorkerExit>((resolve) =>
    worker.once('exit', (code) => {
      undo();
      resolve({ code, signal: null });
    }),
  );
  // An uncaught error in a thread ends it; the 'exit' event reports that, so only swallow here.
  worker.on('error', () => {});
  return {
    kind,
    pid: process.pid,
    tid: worker.threadId,
    send: (m) => worker.postMessage(m),
    onMessage: (fn) => worker.on('message', fn),
    exited,
    kill: () => void worker.terminate(),
    ref: (on) => (on ? worker.ref() : worker.unref()),
  };
}
