/**
 * The Node client of the `cross` part, used when python3 is absent: the same exchange as
 * ipc-client.py (numbered JSON messages, each answer timed) over HTTP on 127.0.0.1 or through
 * Redis (LPUSH onto the server's list, answers by pub/sub). It is started without an IPC channel,
 * like the Python one, and reports JSON lines on stdout.
 */
import { Agent, request } from 'node:http';
import { openRedis } from '../ipc/redis.js';
import { summarize } from '../measure/stats.js';

const SAMPLE = 3;
const emit = (m: Record<string, unknown>) => console.log(JSON.stringify(m));
const rtts: number[] = [];
const samples: { to: number; bytes: number; ms: number }[] = [];

/** Time one exchange: `send` resolves with the answer's sender PID. */
async function timed(bytes: number, send: () => Promise<number>): Promise<void> {
  const t0 = performance.now();
  const to = await send();
  const ms = performance.now() - t0;
  rtts.push(ms);
  if (samples.length < SAMPLE) samples.push({ to, bytes, ms });
}

function post(agent: Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/message', method: 'POST', agent },
      (res) => {
        let data = '';
        res.setEncoding('utf8').on('data', (c: string) => {
          data += c;
        });
        res.on('end', () => resolve((JSON.parse(data) as { from: number }).from));
      },
    );
    req.on('error', reject).setHeader('content-type', 'application/json');
    req.end(body);
  });
}

async function overHttp(port: number, count: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  for (let seq = 0; seq < count; seq++) {
    const body = JSON.stringify({ from: process.pid, seq });
    await timed(body.length, () => post(agent, port, body));
  }
  agent.destroy();
}

async function overRedis(url: string, prefix: string, count: number): Promise<void> {
  const pub = await openRedis(url);
  const sub = pub.duplicate();
  sub.on('error', () => {});
  await sub.connect();
  const channel = `${prefix}:replies:${process.pid}`;
  let answered: ((from: number) => void) | undefined;
  await sub.subscribe(channel, (data) => answered?.((JSON.parse(data) as { from: number }).from));
  try {
    for (let seq = 0; seq < count; seq++) {
      const job = JSON.stringify({ from: process.pid, seq, replyTo: channel });
      await timed(job.length, async () => {
        const reply = new Promise<number>((resolve) => {
          answered = resolve;
        });
        await pub.lPush(`${prefix}:jobs`, job);
        return reply;
      });
    }
  } finally {
    pub.destroy();
    sub.destroy();
  }
}

emit({ type: 'hello', pid: process.pid, ppid: process.ppid, lang: `Node ${process.version}` });
const [mode = 'http', ...rest] = process.argv.slice(2);
const t0 = performance.now();
try {
  if (mode === 'redis') await overRedis(rest[0]!, rest[1]!, Number(rest[2] ?? 10));
  else await overHttp(Number(rest[0] ?? 8080), Number(rest[1] ?? 10));
  const ms = performance.now() - t0;
  emit({ type: 'done', pid: process.pid, requests: rtts.length, ms, ...summarize(rtts), samples });
} catch (err) {
  emit({
    type: 'error',
    pid: process.pid,
    message: err instanceof Error ? err.message : String(err),
  });
  process.exitCode = 1;
}

// Run alone: node dist/demos/ipc-client.js http PORT 10   (with node dist/demos/ipc-server.js http)
