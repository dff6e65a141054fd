/**
 * The reading end of the `pipe` part: it reads 64 KiB records from its stdin (a sibling's stdout)
 * and reports how many bytes arrived, how fast, and the first few record headers (the writer's
 * PID is in the data). With a delay it reads slowly, one record per delay, so the writer has to wait.
 */

import { wallMs } from '../ipc/clock.js';
import { HEADER, HeaderScanner, RECORD } from '../ipc/records.js';
import { exitWithParent, nextMessage, report } from '../runtime/child-side.js';

const total = Number(process.argv[2] ?? 8 * RECORD);
const delayMs = Number(process.argv[3] ?? 0);
const SAMPLE = 3;

exitWithParent();
const scanner = new HeaderScanner(SAMPLE);
let bytes = 0;
let first = 0;
const samples = () =>
  scanner.headers.map((h) => ({ from: h.from, seq: h.seq, ms: h.at - h.sentAt }));

const finish = async () => {
  const ms = performance.now() - first;
  report({ type: 'done', pid: process.pid, bytes, ms, samples: samples() });
  await nextMessage('bye');
  process.exit(0);
};

const take = (chunk: Buffer) => {
  if (bytes === 0) first = performance.now();
  bytes += chunk.length;
  scanner.push(chunk, wallMs());
};

report({ type: 'ready', pid: process.pid, ppid: process.ppid, header: HEADER });
if (delayMs === 0) {
  process.stdin.on('data', (chunk: Buffer) => {
    take(chunk);
    if (bytes >= total) {
      process.stdin.pause();
      void finish();
    }
  });
} else {
  // Slow: one record per delay, read only when the timer fires; the rest waits in the pipe.
  let records = 0;
  const tick = () => {
    const chunk = process.stdin.read(RECORD) as Buffer | null;
    if (chunk) {
      take(chunk);
      records++;
      report({ type: 'progress', pid: process.pid, records, bytes, samples: samples() });
    }
    if (bytes >= total) void finish();
    else setTimeout(tick, delayMs);
  };
  process.stdin.pause();
  setTimeout(tick, delayMs);
}

// Run alone: node dist/demos/ipc-pipe-writer.js 1048576 | node dist/demos/ipc-pipe-reader.js 1048576
