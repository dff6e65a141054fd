/**
 * Two threads, one SharedArrayBuffer: what one thread writes the other reads, because the buffer's
 * memory is shared. An ordinary object handed over beside it is copied (structured clone), so a
 * write to it stays in the worker. As a worker it writes or reads slot 0 of the buffer it is given
 * (and, writing, sets `plain.value` on its copy of the object); run alone it starts a writer and
 * a reader itself and prints what they and the main thread saw.
 */
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, threadId, Worker, workerData } from 'node:worker_threads';

interface Job {
  shared: SharedArrayBuffer;
  action: 'write' | 'read';
  value?: number;
  /** An ordinary object: the worker gets a copy of it. */
  plain?: { value: number };
}

if (!isMainThread) {
  const { shared, action, value = 0, plain } = workerData as Job;
  const cell = new Int32Array(shared);
  if (action === 'write') {
    Atomics.store(cell, 0, value);
    if (plain) plain.value = value;
  }
  parentPort!.postMessage({
    pid: process.pid,
    tid: threadId,
    action,
    value: Atomics.load(cell, 0),
  });
} else {
  const shared = new SharedArrayBuffer(4);
  const plain = { value: 0 };
  const run = (job: Omit<Job, 'shared'>) =>
    new Promise((resolve) => {
      const w = new Worker(fileURLToPath(import.meta.url), { workerData: { shared, ...job } });
      w.once('message', resolve);
    });
  console.log(await run({ action: 'write', value: 42, plain }));
  console.log(await run({ action: 'read' }));
  console.log({ main: Atomics.load(new Int32Array(shared), 0), plain: plain.value });
}

// Run alone: node dist/demos/shared-thread.js
