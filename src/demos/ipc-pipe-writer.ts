/**
 * The writing end of the `pipe` part: it writes 64 KiB records to its stdout, an OS pipe whose
 * other end is a sibling's stdin (proc-lab wired them like a shell's `writer | reader`). When the pipe is full, write() returns false and the writer waits
 * for 'drain' (back-pressure; the time spent waiting is measured). When the reader dies, the
 * next write fails with EPIPE, which it reports.
 */
import { once } from 'node:events';
import { wallMs } from '../ipc/clock.js';
import { RECORD, RecordWriter } from '../ipc/records.js';
import { exitWithParent, nextMessage } from '../runtime/child-side.js';

const total = Number(process.argv[2] ?? 8 * RECORD);

/** stdout is the data stream, so run alone our reports go to stderr. */
const tell = (m: Record<string, unknown> & { type: string }) =>
  process.send ? process.send(m) : console.error(JSON.stringify(m));

exitWithParent();
let written = 0;
let waitedMs = 0;
let waits = 0;
let firstWaitAt = -1;
let t0 = performance.now();
// How much may wait in Node's own buffer before write() returns false (16 KiB in Node 20).
const hwm = process.stdout.writableHighWaterMark;
const stats = (ms: number) => ({ written, ms, waitedMs, waits, firstWaitAt, hwm });

let failed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (failed) return;
  failed = true;
  const ms = performance.now() - t0;
  tell({ type: 'epipe', pid: process.pid, code: err.code, at: wallMs(), ...stats(ms) });
  // The reader is gone for good: nothing more to write.
  setImmediate(() => process.exit(0));
});

tell({ type: 'ready', pid: process.pid, ppid: process.ppid });
await nextMessage('go');
t0 = performance.now();
const records = new RecordWriter();
for (let seq = 0; written < total; seq++) {
  written += RECORD;
  if (!process.stdout.write(records.make({ from: process.pid, seq, sentAt: wallMs() }))) {
    if (firstWaitAt < 0) firstWaitAt = written;
    const w0 = performance.now();
    try {
      await once(process.stdout, 'drain');
    } catch {
      break; // the 'error' listener above reports it and ends the process
    }
    waitedMs += performance.now() - w0;
    waits++;
  }
}
if (failed) await new Promise(() => {}); // ending: see the 'error' listener
tell({ type: 'done', pid: process.pid, ...stats(performance.now() - t0) });
await nextMessage('bye');
process.exit(0);

// Run alone: node dist/demos/ipc-pipe-writer.js 1048576 | node dist/demos/ipc-pipe-reader.js 1048576
