/**
 * What ends a Node Worker thread, and what ends the whole program. This process starts one Worker
 * that fails in one way, reports how the Worker ended, and then reports `main-after` if its main
 * thread is still running 50 ms later:
 *   throw-listened    the Worker throws; the main thread listens for its 'error' event: only the
 *                     Worker ends (exit code 1), the program goes on
 *   throw-unlistened  the same throw, but nobody listens for 'error': an unhandled 'error' event
 *                     is rethrown in the main thread, and the whole program ends with code 1
 *   exit              process.exit(3) inside a Worker ends only that Worker (exit code 3)
 */
import { Worker } from 'node:worker_threads';
import { report } from '../runtime/child-side.js';

const mode = process.argv[2] ?? 'throw-listened';
const code = mode === 'exit' ? 'process.exit(3)' : 'throw new Error("worker crashed on purpose")';
const worker = new Worker(code, { eval: true });
if (mode === 'throw-listened') worker.on('error', () => {});
worker.once('exit', (exitCode) => {
  report({ type: 'worker-exit', pid: process.pid, code: exitCode });
  setTimeout(() => {
    report({ type: 'main-after', pid: process.pid });
    process.disconnect?.();
  }, 50);
});

// Run alone: node dist/demos/thread-crash.js throw-unlistened   (or throw-listened, exit)
