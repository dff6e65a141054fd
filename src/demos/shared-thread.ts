/**
 * Two threads, one SharedArrayBuffer: what one thread writes the other reads, because threads
 * share their process's memory. As a worker it writes or reads slot 0 of the buffer it is given;
 * run alone it starts a writer and a reader itself and prints what they saw.
 */
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, threadId, Worker, workerData } from 'node:worker_threads';

interface Job {
  shared: SharedArrayBuffer;
  action: 'write' | 'read';
  value?: number;
}

if (!isMainThread) {
  const { shared, action, value = 0 } = workerData as Job;
  const cell = new Int32Array(shared);
  if (action === 'write') Atomics.store(cell, 0, value);
  parentPort!.postMessage({
    pid: process.pid,
    tid: threadId,
    action,
    value: Atomics.load(cell, 0),
  });
} else {
  const shared = new SharedArrayBuffer(4);
  const run = (job: Omit<Job, 'shared'>) =>
    new Promise((resolve) => {
      const w = new Worker(fileURLToPath(import.meta.url), { workerData: { shared, ...job } });
      w.once('message', resolve);
    });
  console.log(await run({ action: 'write', value: 42 }));
  console.log(await run({ action: 'read' }));
}

// Run alone: node dist/demos/shared-thread.js
