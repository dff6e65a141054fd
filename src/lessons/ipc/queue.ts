/**
 * Part `queue` (material §1.2 "进程 queue"): several producer children, one consumer (the lesson
 * process), over Node's IPC channel. Shows that each producer's order is kept while producers
 * interleave, and measures throughput, one-way latency under load and round-trip latency.
 */
import type { ChildProcess } from 'node:child_process';
import { wallMs } from '../../ipc/clock.js';
import { perSecond, summarize } from '../../measure/stats.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { measure, message, SAMPLE } from './events.js';
import { messagesPerProducer, producers } from './options.js';
import { text } from './queue.text.js';
import { record } from './results.js';

interface Msg {
  type: 'msg';
  from: number;
  seq: number;
  sentAt: number;
}

/** Keep at most this many one-way latencies (every k-th message beyond it) for the summary. */
const KEEP = 200_000;
/** Runs (consecutive messages from one sender) shown in the table. */
const RUNS = 10;

interface Run {
  from: number;
  count: number;
  first: number;
  last: number;
}

/** The consumer's view of the flood: order per sender, interleaving, latency. */
class Consumer {
  readonly lastSeq = new Map<number, number>();
  readonly sampled = new Map<number, number>();
  readonly runs: Run[] = [];
  readonly latencies: number[] = [];
  received = 0;
  bytes = 0;
  outOfOrder = 0;
  switches = 0;
  lastAt = 0;
  private prevFrom = 0;

  /** @param every keep one latency in `every` */
  constructor(
    private readonly ctx: LessonContext,
    private readonly every: number,
  ) {}

  take(m: Msg, bytes: number): void {
    const oneWay = Math.max(0, wallMs() - m.sentAt);
    this.lastAt = performance.now();
    this.bytes += bytes;
    if (m.seq !== (this.lastSeq.get(m.from) ?? -1) + 1) this.outOfOrder++;
    this.lastSeq.set(m.from, m.seq);
    if (m.from !== this.prevFrom) {
      if (this.prevFrom !== 0) this.switches++;
      if (this.runs.length < RUNS)
        this.runs.push({ from: m.from, count: 0, first: m.seq, last: 0 });
    }
    this.prevFrom = m.from;
    const run = this.runs.at(-1)!;
    if (run.from === m.from) {
      run.count++;
      run.last = m.seq;
    }
    if (this.received++ % this.every === 0) this.latencies.push(oneWay);
    const n = this.sampled.get(m.from) ?? 0;
    if (n < SAMPLE) {
      this.sampled.set(m.from, n + 1);
      const channel = 'ipc-queue';
      message(this.ctx.out, { from: m.from, to: process.pid, channel, bytes, ms: oneWay });
    }
  }
}

/** Round trips: the parent pings each child in turn and times the pong. */
async function roundTrips(kids: readonly ChildProcess[], k: number): Promise<number[]> {
  const rtts: number[] = [];
  for (const kid of kids) {
    for (let seq = 0; seq < k; seq++) {
      const t0 = performance.now();
      const pong = waitMessage(kid, 'pong');
      kid.send({ type: 'ping', seq });
      await pong;
      rtts.push(performance.now() - t0);
    }
  }
  return rtts;
}

export async function queue(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const n = producers(ctx);
  const m = messagesPerProducer(ctx);
  const kids = Array.from({ length: n }, () => ctx.demo('ipc-producer', [String(m)]));
  await Promise.all(kids.map((k) => waitMessage(k, 'ready')));
  out.say(text.intro, { pid: process.pid, n, m, pids: kids.map((k) => k.pid).join(', ') });

  const consumer = new Consumer(ctx, Math.max(1, Math.ceil((n * m) / KEEP)));
  for (const kid of kids) {
    kid.on('message', (msg: Msg) => {
      // The IPC channel sends JSON lines; this is the size of one on the wire.
      if (msg?.type === 'msg') consumer.take(msg, JSON.stringify(msg).length + 1);
    });
  }
  const t0 = performance.now();
  const sent = kids.map((k) => waitMessage(k, 'sent'));
  for (const kid of kids) kid.send({ type: 'go' });
  await Promise.all(sent);
  const floodMs = consumer.lastAt - t0;

  out.say(text.runs, { k: consumer.runs.length });
  out.table(
    [text.colRun, text.colFrom, text.colTo, text.colCount, text.colSeq],
    consumer.runs.map((r, i) => [i + 1, r.from, process.pid, r.count, `${r.first}–${r.last}`]),
  );
  const rate = perSecond(consumer.received, floodMs);
  const oneWay = summarize(consumer.latencies);
  out.fact(text.order, {
    received: consumer.received,
    expected: n * m,
    outOfOrder: consumer.outOfOrder,
    switches: consumer.switches,
  });
  out.fact(text.flood, {
    rate: Math.round(rate).toLocaleString('en'),
    ms: ms(floodMs),
    median: ms(oneWay.median),
    p99: ms(oneWay.p99),
  });

  const k = Math.min(m, ctx.fast ? 50 : 200);
  const rtt = summarize(await roundTrips(kids, k));
  out.fact(text.rtt, { k: k * n, median: ms(rtt.median), p99: ms(rtt.p99) });
  for (const kid of kids) kid.send({ type: 'bye' });
  await Promise.all(kids.map(waitExit));

  measure(out, 'queue-messages', consumer.received, 'messages');
  measure(out, 'queue-out-of-order', consumer.outOfOrder, 'messages');
  measure(out, 'queue-interleavings', consumer.switches, 'switches');
  measure(out, 'queue-throughput', rate, 'messages/s');
  measure(out, 'queue-one-way-median', oneWay.median, 'ms');
  measure(out, 'queue-one-way-p99', oneWay.p99, 'ms');
  measure(out, 'queue-rtt-median', rtt.median, 'ms');
  measure(out, 'queue-rtt-p99', rtt.p99, 'ms');
  record('queue', {
    latencyMs: rtt.median,
    perSecond: rate,
    bytes: Math.round(consumer.bytes / consumer.received),
  });
  out.say(text.explain);
  if (consumer.switches === 0 && n > 1) out.say(text.noInterleave);
}
