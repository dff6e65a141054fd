// shm-counter: at least 2 processes add 1 to one shared counter 10,000 times each; the total is exact.
// Statement and hints: proc-lab exercises shm-counter / proc-lab hint shm-counter
// Check it: proc-lab verify shm-counter
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
  for (let i = 0; i < N; i++) {
    // Read, then write back: another process can run between the read and the write.
    const value = readCount(fd);
    writeCount(fd, value + 1);
  }
  closeSync(fd);
  console.log(`worker pid ${process.pid} added ${N}`);
}

if (process.argv[2] === 'worker') {
  // A worker (this file started with fork): begin when the main process says go.
  process.once('message', () => {
    work(process.argv[3]);
    process.disconnect();
  });
  process.send('ready');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'shm-counter-'));
  writeCount(openSync(join(dir, 'count'), 'w+'), 0);
  // TODO: fork 2 workers (this file with 'worker' and dir), wait for both to send 'ready', send
  // each one 'go', wait for both to exit, and make each addition safe with lock() and unlock()
  // (the lock file: join(dir, 'lock')). As it is, the main process does all the work alone.
  work(dir);
  const fd = openSync(join(dir, 'count'), 'r');
  console.log(`final count ${readCount(fd)}`);
  closeSync(fd);
  rmSync(dir, { recursive: true });
}
