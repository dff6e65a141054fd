/**
 * Part `cross` (material §1.2: a Java and a Python project, RabbitMQ/Redis or HTTP): two separate
 * programs, a Node server and a Python client (Node when python3 is absent), exchange JSON over
 * HTTP on 127.0.0.1; with --redis the same exchange goes through a real Redis server (a list as
 * the work queue, answers by pub/sub). Both are proc-lab's children only so they can be cleaned
 * up; they talk to each other solely over the network.
 */
import type { ChildProcess } from 'node:child_process';
import { openRedis, safeUrl, serverInfo } from '../../ipc/redis.js';
import { perSecond } from '../../measure/stats.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { text } from './cross.text.js';
import { measure, message } from './events.js';
import { messagesPerProducer, redisUrl } from './options.js';
import { JsonLines, type Line, startClient } from './programs.js';
import { type Mechanism, record } from './results.js';

interface Hello extends Line {
  pid: number;
  lang: string;
}
interface Done extends Line {
  requests: number;
  ms: number;
  median: number;
  p99: number;
  samples: { to: number; bytes: number; ms: number }[];
}

/** Run one client against a started server until it is done; report what it measured. */
async function exchange(
  ctx: LessonContext,
  server: ChildProcess,
  args: readonly string[],
  transport: Mechanism,
): Promise<void> {
  const { out } = ctx;
  const client = startClient(ctx, args);
  const lines = new JsonLines(client);
  const hello = await lines.next<Hello>('hello');
  out.event('program', {
    pid: server.pid,
    role: 'server',
    lang: `Node ${process.version}`,
    transport,
  });
  out.event('program', { pid: hello.pid, role: 'client', lang: hello.lang, transport });
  out.fact(text.programs, { server: server.pid!, client: hello.pid, lang: hello.lang });
  const done = await lines.next<Done>('done');
  await waitExit(client);
  for (const [i, s] of done.samples.entries()) {
    message(out, { from: hello.pid, to: s.to, channel: transport, bytes: s.bytes, ms: s.ms });
    out.fact(text.sample, { i, from: hello.pid, to: s.to, bytes: s.bytes, ms: ms(s.ms) });
  }
  const rate = perSecond(done.requests, done.ms);
  out.fact(text.result, {
    requests: done.requests,
    ms: ms(done.ms),
    rate: Math.round(rate).toLocaleString('en'),
    median: ms(done.median),
    p99: ms(done.p99),
  });
  measure(out, `cross-${transport}-requests`, done.requests, 'requests');
  measure(out, `cross-${transport}-rtt-median`, done.median, 'ms');
  measure(out, `cross-${transport}-rtt-p99`, done.p99, 'ms');
  measure(out, `cross-${transport}-throughput`, rate, 'requests/s');
  record(transport, { latencyMs: done.median, perSecond: rate });
}

async function stopServer(server: ChildProcess): Promise<void> {
  server.send({ type: 'bye' });
  await waitExit(server);
}

async function overHttp(ctx: LessonContext, count: number): Promise<void> {
  const server = ctx.demo('ipc-server', ['http']);
  const { port } = await waitMessage<{ port: number }>(server, 'listening');
  ctx.out.say(text.httpIntro, { server: server.pid!, port });
  await exchange(ctx, server, ['http', String(port), String(count)], 'http');
  await stopServer(server);
  ctx.out.say(text.httpExplain);
}

async function overRedis(ctx: LessonContext, url: string, count: number): Promise<void> {
  const redis = await openRedis(url);
  const undo = ctx.children.onCleanup(() => redis.destroy());
  // A prefix of our own: several runs (or users) can share one Redis without mixing their jobs.
  const prefix = `proc-lab:${process.pid}:${Date.now()}`;
  try {
    const info = serverInfo(await redis.info('server'));
    ctx.out.event('broker', {
      url: safeUrl(url),
      version: info.version,
      brokerPid: Number(info.pid),
    });
    const server = ctx.demo('ipc-server', ['redis', url, prefix]);
    await waitMessage(server, 'listening');
    ctx.out.say(text.redisIntro, {
      url: safeUrl(url),
      version: info.version,
      redisPid: info.pid,
      server: server.pid!,
      queue: `${prefix}:jobs`,
    });
    await exchange(ctx, server, ['redis', url, prefix, String(count)], 'redis');
    await stopServer(server);
    const left = await redis.lLen(`${prefix}:jobs`);
    ctx.out.fact(text.redisLeft, { queue: `${prefix}:jobs`, left });
    ctx.out.say(text.redisExplain);
  } finally {
    await redis.del(`${prefix}:jobs`).catch(() => 0);
    undo();
    redis.destroy();
  }
}

export async function cross(ctx: LessonContext): Promise<void> {
  const count = messagesPerProducer(ctx);
  ctx.out.say(text.intro);
  await overHttp(ctx, count);
  const url = redisUrl(ctx);
  if (url) await overRedis(ctx, url, count);
  else ctx.out.say(text.noRedis);
  ctx.out.correction(text.brokers);
  ctx.out.say(text.explain);
}

/** Called before any part runs: a bad --redis URL fails at once, before any process starts. */
export async function preflight(ctx: LessonContext): Promise<void> {
  const url = redisUrl(ctx);
  if (url) (await openRedis(url)).destroy();
}
