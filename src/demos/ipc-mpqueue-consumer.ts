/**
 * A consumer of the `mpqueue` part: one of the processes that take from the shared queue, the
 * read end of one pipe (fd 4). It reads PIPE_BUF bytes at a time, which is one whole message
 * (each went in with one write() of exactly that size), until the pipe reports end of file:
 * every producer has closed its end. What it took, by producer, goes back to the lesson.
 */
import { readSync } from 'node:fs';
import { MESSAGE } from '../ipc/queue-message.js';
import { report } from '../runtime/child-side.js';

const FD = 4;
/** `messages`: parse and count each message; `bytes`: only count bytes (the 1 MiB one). */
const mode = process.argv[2] ?? 'messages';
const buf = Buffer.alloc(MESSAGE);
/** Per producer: messages taken and the sum of their sequence numbers (each once: a known sum). */
const from: Record<string, { took: number; seqSum: number }> = {};
let took = 0;
let bytes = 0;
let partial = 0;

// NOTE: reads block the event loop, so no message can reach us meanwhile; proc-lab ends us by
// ending the producers (end of file) or by a signal, whose default action works even mid-read.
report({ type: 'ready', pid: process.pid, ppid: process.ppid });
for (;;) {
  const n = readSync(FD, buf, 0, MESSAGE, null);
  if (n === 0) break;
  bytes += n;
  if (mode === 'bytes') continue;
  if (n !== MESSAGE) {
    partial++;
    continue;
  }
  const m = JSON.parse(buf.toString('latin1').trim()) as { from: number; seq: number };
  const f = from[m.from] ?? { took: 0, seqSum: 0 };
  from[m.from] = f;
  f.took++;
  f.seqSum += m.seq;
  took++;
}
const done = { type: 'done', pid: process.pid, took, bytes, partial, from };
if (process.send) process.send(done, () => process.exit(0));
else console.log(JSON.stringify(done));

// Run alone: node dist/demos/ipc-mpqueue-producer.js messages 3 4>&1 | node dist/demos/ipc-mpqueue-consumer.js 4<&0
