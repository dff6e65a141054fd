// shm-counter, a reference solution: 2 processes share one file's counter, each addition under
// a lock file.
//
// Node cannot share memory between processes (a SharedArrayBuffer is shared by threads only).
// The nearest thing: one file that every process reads and writes at offset 0. The kernel keeps
// one copy of its bytes (in the page cache), which is what each process sees.
import { fork } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const N = 10_000;
const me = fileURLToPath(import.meta.url);

function readCount(fd) {
  const b = Buffer.alloc(4);
  readSync(fd, b, 0, 4, 0);
  return b.readInt32LE(0);
}

function writeCount(fd, n) {
  const b = Buffer.alloc(4);
  b.writeInt32LE(n);
  writeSync(fd, b, 0, 4, 0);
}

// A lock between processes: only one of them can create the lock file (the 'wx' flag fails with
// EEXIST while it exists); the others try again until its holder removes it.
function lock(path) {
  for (;;) {
    try {
      closeSync(openSync(path, 'wx'));
      return;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
  }
}

function unlock(path) {
  unlinkSync(path);
}

function work(dir) {
  const fd = openSync(join(dir, 'count'), 'r+');
  const lockPath = join(dir, 'lock');
  for (let i = 0; i < N; i++) {
    lock(lockPath); // one process at a time between the read and the write
    const value = readCount(fd);
    writeCount(fd, value + 1);
    unlock(lockPath);
  }
  closeSync(fd);
  console.log(`worker pid ${process.pid} added ${N}`);
}

const exited = (child) => new Promise((resolve) => child.once('exit', resolve));
const message = (child) => new Promise((resolve) => child.once('message', resolve));

if (process.argv[2] === 'worker') {
  process.once('message', () => {
    work(process.argv[3]);
    process.disconnect();
  });
  process.send('ready');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'shm-counter-'));
  writeCount(openSync(join(dir, 'count'), 'w+'), 0);
  const workers = [0, 1].map(() => fork(me, ['worker', dir]));
  await Promise.all(workers.map(message)); // both started: now they begin together
  for (const w of workers) w.send('go');
  await Promise.all(workers.map(exited));
  const fd = openSync(join(dir, 'count'), 'r');
  console.log(`final count ${readCount(fd)}`);
  closeSync(fd);
  rmSync(dir, { recursive: true });
}
