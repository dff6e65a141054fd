/**
 * The server of the `cross` part, a separate program from its client: over HTTP on 127.0.0.1
 * (POST /message with JSON, answered with JSON), or as a Redis worker that takes jobs from a list
 * (BRPOP) and publishes each answer on the channel the job names (PUBLISH). Either way it knows
 * its client only through the network, never through proc-lab.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openRedis } from '../ipc/redis.js';
import { exitWithParent, nextMessage, report } from '../runtime/child-side.js';

const [mode = 'http', url = 'redis://127.0.0.1:6379', prefix = 'proc-lab:demo'] =
  process.argv.slice(2);
let served = 0;

/** The answer to one message: who answered, to whom, which one. */
const answer = (job: { from?: number; seq?: number }) =>
  JSON.stringify({ to: job.from, from: process.pid, seq: job.seq, served: ++served });

async function overHttp(): Promise<() => void> {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => {
      body += c;
    });
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(answer(JSON.parse(body || '{}') as { from?: number; seq?: number }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  report({ type: 'listening', pid: process.pid, mode, port });
  return () => {
    server.closeAllConnections();
    server.close();
  };
}

async function overRedis(): Promise<() => void> {
  const redis = await openRedis(url);
  const publisher = redis.duplicate();
  publisher.on('error', () => {});
  await publisher.connect();
  let running = true;
  report({ type: 'listening', pid: process.pid, mode, queue: `${prefix}:jobs` });
  void (async () => {
    // BRPOP blocks this connection until a job arrives (or 1 s passes, to notice a stop).
    while (running) {
      const got = await redis.brPop(`${prefix}:jobs`, 1).catch(() => null);
      if (!got) continue;
      const job = JSON.parse(String(got.element)) as { from: number; seq: number; replyTo: string };
      // The reply goes through a second connection: this one is kept for the blocking pop.
      await publisher.publish(job.replyTo, answer(job));
    }
  })();
  return () => {
    running = false;
    redis.destroy();
    publisher.destroy();
  };
}

const stop = mode === 'redis' ? await overRedis() : await overHttp();
exitWithParent(stop);
// Run alone, it serves until Ctrl-C; started by proc-lab, until told to stop.
if (process.send) {
  await nextMessage('bye');
  stop();
  report({ type: 'served', pid: process.pid, served });
  process.exit(0);
}

// Run alone: node dist/demos/ipc-server.js http   (or: redis redis://127.0.0.1:6379 proc-lab:demo);
// then point a client at it: python3 src/demos/ipc-client.py http PORT 10
