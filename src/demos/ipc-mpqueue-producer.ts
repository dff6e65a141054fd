/**
 * A producer of the `mpqueue` part: one of several processes that put messages into one shared
 * queue, the write end of one pipe (fd 4), as multiprocessing.Queue is a pipe underneath. Each
 * message is exactly PIPE_BUF bytes (a JSON header padded with spaces, then a newline) and goes
 * out in one write(), so the kernel keeps every message whole although several producers write
 * at once, and a consumer reading PIPE_BUF bytes gets exactly one.
 *
 * `big` mode puts one 1 MiB message instead and then wants to end: with nobody reading, its
 * write() waits for room that never comes, so it cannot end, the deadlock of joining a process
 * before draining its queue.
 */
import { writeSync } from 'node:fs';
import { MESSAGE } from '../ipc/queue-message.js';
import { nextMessage, report } from '../runtime/child-side.js';

const FD = 4;
const mode = process.argv[2] ?? 'messages';
const count = Number(process.argv[3] ?? 10);

// NOTE: no SIGTERM handler: while writeSync() waits for room, JavaScript cannot run, so a handler
// would never end us; the default action does, even mid-write.
process.on('disconnect', () => process.exit(0));

/** One write() for the whole buffer on a blocking pipe (the loop only guards the rule). */
function put(buf: Buffer): void {
  for (let off = 0; off < buf.length; ) off += writeSync(FD, buf, off, buf.length - off);
}

if (mode === 'big') {
  // Tell the lesson first (once the message is out), then write: the write blocks our event loop.
  const big = Buffer.alloc(1024 * 1024, 'x');
  const write = () => {
    put(big);
    process.exit(0);
  };
  if (process.send) process.send({ type: 'writing', pid: process.pid }, write);
  else write();
}
if (mode !== 'big') {
  report({ type: 'ready', pid: process.pid, ppid: process.ppid });
  await nextMessage('go');
  for (let seq = 0; seq < count; seq++) {
    const msg = Buffer.alloc(MESSAGE, ' ');
    msg.write(JSON.stringify({ from: process.pid, seq }), 'latin1');
    msg[MESSAGE - 1] = 0x0a;
    put(msg);
  }
  report({ type: 'done', pid: process.pid, put: count });
  await nextMessage('bye');
  process.exit(0);
}

// Run alone (a shell gives it fd 4): node dist/demos/ipc-mpqueue-producer.js messages 3 4>&1
