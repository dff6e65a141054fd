/**
 * A producer for the `queue` part: it sends numbered messages to its parent over Node's IPC
 * channel (the parent is the one consumer), then answers pings so the parent can time a round
 * trip. Each message carries its sender's PID, its sequence number and when it was sent.
 */
import { wallMs } from '../ipc/clock.js';
import { exitWithParent, nextMessage, report } from '../runtime/child-side.js';

const count = Number(process.argv[2] ?? 10);

/** Send one message; when the channel's buffer is full, wait until it has drained (back-pressure). */
function send(message: Record<string, unknown> & { type: string }): Promise<void> {
  if (!process.send) {
    report(message);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    if (process.send!(message, undefined, {}, () => resolve())) resolve();
  });
}

exitWithParent();
process.on('message', (m: { type?: string; seq?: number }) => {
  if (m?.type === 'ping') void send({ type: 'pong', seq: m.seq, from: process.pid });
});
report({ type: 'ready', pid: process.pid, ppid: process.ppid });
await nextMessage('go');
const t0 = performance.now();
for (let seq = 0; seq < count; seq++) {
  if (process.send && !process.connected) break;
  await send({ type: 'msg', from: process.pid, seq, sentAt: wallMs() });
}
report({ type: 'sent', pid: process.pid, count, ms: performance.now() - t0 });
await nextMessage('bye');
process.exit(0);

// Run alone: node dist/demos/ipc-producer.js 5
