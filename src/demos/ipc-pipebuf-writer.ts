/**
 * A writer of the `pipebuf` part: one of several processes that share the write end of one pipe
 * (fd 4). Each record is written with a single write() call: `<pid> <seq> ` then the writer's own
 * letter repeated, then a newline, `size` bytes in all. POSIX promises that a write() of at most
 * PIPE_BUF bytes reaches the pipe whole, never mixed with another writer's bytes; a larger one
 * may be split by the kernel (it waits for room in the middle) and another writer's data can land
 * inside it.
 */
import { writeSync } from 'node:fs';
import { nextMessage, report } from '../runtime/child-side.js';

const FD = 4;
const size = Number(process.argv[2] ?? 4096);
const count = Number(process.argv[3] ?? 10);
const letter = process.argv[4] ?? 'A';

// NOTE: no SIGTERM handler: while writeSync() waits for room in the pipe, JavaScript cannot run,
// so a handler would never get to end us. The default action ends the process even mid-write.
process.on('disconnect', () => process.exit(0));

report({ type: 'ready', pid: process.pid, ppid: process.ppid });
await nextMessage('go');
const t0 = performance.now();
let calls = 0;
for (let seq = 0; seq < count; seq++) {
  const head = `${process.pid} ${seq} `;
  const record = Buffer.alloc(size, letter);
  record.write(head, 0, 'latin1');
  record[size - 1] = 0x0a;
  // A blocking pipe: write() returns only when all of it is in (or a signal ends us). The loop
  // is there for the rule, not the case: a short write would show up as extra calls.
  for (let off = 0; off < size; calls++) off += writeSync(FD, record, off, size - off);
}
report({ type: 'done', pid: process.pid, records: count, calls, ms: performance.now() - t0 });
await nextMessage('bye');
process.exit(0);

// Run alone (a shell gives it fd 4): node dist/demos/ipc-pipebuf-writer.js 4096 3 A 4>&1 | wc -c
