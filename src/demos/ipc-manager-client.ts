/**
 * A client of the `manager` part: it updates the shared state through requests to the manager
 * (increment dict["counter"], append "pid:seq" to the list), waiting for each reply and timing
 * the round trip. It also keeps a counter of its own, updated without the manager, to show that
 * such a copy never sees the other processes' updates.
 */
import { connect } from 'node:net';
import { summarize } from '../measure/stats.js';
import { exitWithParent, nextMessage, report } from '../runtime/child-side.js';
import { eachLine } from '../runtime/lines.js';

const path = process.argv[2] ?? '/tmp/m.sock';
const updates = Number(process.argv[3] ?? 100);
const SAMPLE = 3;

exitWithParent();
const socket = connect(path);
await new Promise<void>((resolve, reject) => {
  socket.once('connect', resolve).once('error', reject);
});
const waiting = new Map<number, (reply: { to: number; value: number }) => void>();
eachLine(socket, (line) => {
  const reply = JSON.parse(line) as { id: number; to: number; value: number };
  waiting.get(reply.id)?.(reply);
  waiting.delete(reply.id);
});

let id = 0;
const rtts: number[] = [];
const samples: { to: number; bytes: number; ms: number }[] = [];
async function request(body: Record<string, unknown>) {
  const line = `${JSON.stringify({ id: ++id, from: process.pid, ...body })}\n`;
  const t0 = performance.now();
  const reply = await new Promise<{ to: number }>((resolve) => {
    waiting.set(id, resolve);
    socket.write(line);
  });
  const ms = performance.now() - t0;
  rtts.push(ms);
  if (samples.length < SAMPLE) samples.push({ to: reply.to, bytes: line.length, ms });
}

report({ type: 'ready', pid: process.pid, ppid: process.ppid });
await nextMessage('go');
let local = 0;
const t0 = performance.now();
for (let seq = 0; seq < updates; seq++) {
  local++;
  await request({ op: 'incr', key: 'counter' });
  await request({ op: 'append', value: `${process.pid}:${seq}` });
}
const s = summarize(rtts);
const ms = performance.now() - t0;
report({ type: 'done', pid: process.pid, local, requests: rtts.length, ms, ...s, samples });
socket.end();
await nextMessage('bye');
process.exit(0);

// Run alone: node dist/demos/ipc-manager-client.js /tmp/m.sock 100   (with ipc-manager running)
