/**
 * A worker thread of the `shm` part: it waits for the start signal in shared memory, then adds 1
 * to a counter in a SharedArrayBuffer many times, with no lock, with a semaphore, or with
 * Atomics.add. Run alone, it starts two threads without a lock and prints the lost updates.
 */
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, threadId, Worker, workerData } from 'node:worker_threads';
import { increment, type ShmMode, SLOT, SLOTS } from '../ipc/semaphore.js';

interface Job {
  shared: SharedArrayBuffer;
  mode: ShmMode;
  n: number;
}

if (!isMainThread) {
  const { shared, mode, n } = workerData as Job;
  const cells = new Int32Array(shared);
  parentPort!.postMessage({ type: 'ready', tid: threadId });
  // Every thread starts at the same moment, so their loops really overlap.
  while (Atomics.load(cells, SLOT.go) === 0) Atomics.wait(cells, SLOT.go, 0);
  const t0 = performance.now();
  increment(shared, mode, n);
  parentPort!.postMessage({
    type: 'done',
    pid: process.pid,
    tid: threadId,
    ms: performance.now() - t0,
  });
} else {
  const shared = new SharedArrayBuffer(SLOTS * 4);
  const n = Number(process.argv[2] ?? 1_000_000);
  const threads = [1, 2].map(
    () => new Worker(fileURLToPath(import.meta.url), { workerData: { shared, mode: 'none', n } }),
  );
  await Promise.all(threads.map((t) => new Promise((r) => t.once('message', r))));
  const done = threads.map((t) => new Promise((r) => t.once('message', r)));
  Atomics.store(new Int32Array(shared), SLOT.go, 1);
  Atomics.notify(new Int32Array(shared), SLOT.go);
  console.log(await Promise.all(done));
  const actual = new Int32Array(shared)[SLOT.counter]!;
  console.log({ expected: 2 * n, actual, lost: 2 * n - actual });
}

// Run alone: node dist/demos/ipc-shm-thread.js 1000000
