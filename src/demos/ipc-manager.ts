/**
 * The manager of the `manager` part: one process owns the shared state (a dict of counters and a
 * list) and serves requests from other processes over a Unix domain socket, one JSON line each,
 * applying them one at a time on its one thread. Each update is one whole request ("incr"), so
 * none is lost. CPython's multiprocessing.Manager differs: a thread per connection, and `+=` on a
 * proxy is a read request and then a write request (see ipc-manager.py).
 */
import { rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitWithParent, nextMessage, report } from '../runtime/child-side.js';
import { eachLine } from '../runtime/lines.js';

interface Request {
  id: number;
  from: number;
  op: 'incr' | 'append';
  key?: string;
  value?: string;
}

const path = process.argv[2] ?? join(tmpdir(), `proc-lab-manager-${process.pid}.sock`);
const dict = new Map<string, number>();
const list: string[] = [];

function apply(r: Request): number {
  if (r.op === 'incr') {
    const v = (dict.get(r.key ?? '') ?? 0) + 1;
    dict.set(r.key ?? '', v);
    return v;
  }
  return list.push(r.value ?? '');
}

function serve(socket: Socket): void {
  eachLine(socket, (line) => {
    const r = JSON.parse(line) as Request;
    socket.write(`${JSON.stringify({ id: r.id, to: process.pid, value: apply(r) })}\n`);
  });
  socket.on('error', () => socket.destroy());
}

/** Is each sender's part of the list in the order it appended (items are `pid:seq`)? */
function ordered(): boolean {
  const last = new Map<string, number>();
  for (const item of list) {
    const [pid, seq] = item.split(':');
    if (Number(seq) <= (last.get(pid!) ?? -1)) return false;
    last.set(pid!, Number(seq));
  }
  return true;
}

rmSync(path, { force: true });
const server = createServer(serve);
exitWithParent(() => {
  server.close();
  rmSync(path, { force: true });
});
server.listen(path, () => report({ type: 'listening', pid: process.pid, path }));
await nextMessage('state');
report({
  type: 'state',
  pid: process.pid,
  dict: Object.fromEntries(dict),
  listLength: list.length,
  head: list.slice(0, 6),
  ordered: ordered(),
});
if (process.send) {
  await nextMessage('bye');
  server.close();
  rmSync(path, { force: true });
  process.exit(0);
}

// Run alone: node dist/demos/ipc-manager.js /tmp/m.sock   (then, in another terminal:
//   node dist/demos/ipc-manager-client.js /tmp/m.sock 100; stop the manager with Ctrl-C)
