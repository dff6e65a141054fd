/**
 * Part `pipe` (material §1.2 "pipe"): two sibling children joined by one OS pipe, the writer's
 * stdout into the reader's stdin; proc-lab only wires them and then closes its own copy. First
 * full speed (MB/s), then a slow reader (the writer waits: back-pressure), then the reader is
 * killed (the writer's next write fails with EPIPE).
 */
import type { ChildProcess } from 'node:child_process';
import { closeSync } from 'node:fs';
import { wallMs } from '../../ipc/clock.js';
import { RECORD } from '../../ipc/records.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { bytes, ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { measure, message } from './events.js';
import { fdTarget, osPipe, ownFdsOn } from './fds.js';
import { text } from './pipe.text.js';
import { record } from './results.js';

interface Sample {
  from: number;
  seq: number;
  ms: number;
}
interface ReaderDone {
  pid: number;
  bytes: number;
  ms: number;
  samples: Sample[];
}
interface WriterDone {
  written: number;
  ms: number;
  waitedMs: number;
  waits: number;
  firstWaitAt: number;
  /** The writer's stdout writableHighWaterMark, in bytes. */
  hwm: number;
}
interface Epipe extends WriterDone {
  code: string;
  at: number;
}

const MB = 1e6;

/** Start a writer and a reader joined by an OS pipe that proc-lab itself does not hold. */
async function pair(ctx: LessonContext, total: number, delayMs: number) {
  const { read, write } = await osPipe(ctx);
  try {
    const writer = ctx.demo('ipc-pipe-writer', [String(total)], {
      stdio: ['ignore', write, 'inherit', 'ipc'],
    });
    const reader = ctx.demo('ipc-pipe-reader', [String(total), String(delayMs)], {
      stdio: [read, 'ignore', 'inherit', 'ipc'],
    });
    await Promise.all([waitMessage(writer, 'ready'), waitMessage(reader, 'ready')]);
    return { writer, reader };
  } finally {
    // NOTE: each child has its own copy of its end now. proc-lab must close its copies, or the
    // pipe would keep a reader after the real one dies and the writer would never see EPIPE.
    closeSync(read);
    closeSync(write);
  }
}

function showSamples(ctx: LessonContext, reader: ChildProcess, samples: readonly Sample[]) {
  for (const s of samples) {
    const m = { from: s.from, to: reader.pid!, channel: 'pipe', bytes: RECORD, ms: s.ms };
    message(ctx.out, m);
    ctx.out.fact(text.record, { ...m, seq: s.seq, size: bytes(RECORD), ms: ms(s.ms) });
  }
}

async function fullSpeed(ctx: LessonContext): Promise<number> {
  const { out } = ctx;
  const total = (ctx.fast ? 16 : 128) * 1024 * 1024;
  const { writer, reader } = await pair(ctx, total, 0);
  const w = fdTarget(writer.pid!, 1);
  const r = fdTarget(reader.pid!, 0);
  out.say(text.wired, { parent: process.pid, writer: writer.pid!, reader: reader.pid! });
  if (w && r)
    out.fact(text.fds, { writer: writer.pid!, reader: reader.pid!, w, r, own: ownFdsOn(w) });
  const done = waitMessage<ReaderDone>(reader, 'done');
  const wrote = waitMessage<WriterDone>(writer, 'done');
  writer.send({ type: 'go' });
  const [got] = await Promise.all([done, wrote]);
  showSamples(ctx, reader, got.samples);
  const mbs = got.bytes / MB / (got.ms / 1000);
  out.fact(text.throughput, {
    bytes: bytes(got.bytes),
    writer: writer.pid!,
    reader: reader.pid!,
    ms: ms(got.ms),
    mbs: mbs.toFixed(0),
  });
  for (const c of [writer, reader]) c.send({ type: 'bye' });
  await Promise.all([writer, reader].map(waitExit));
  measure(out, 'pipe-bytes', got.bytes, 'bytes');
  measure(out, 'pipe-throughput', mbs, 'MB/s');
  return mbs;
}

async function slowThenDead(ctx: LessonContext): Promise<Epipe> {
  const { out } = ctx;
  const delay = ctx.fast ? 5 : 20;
  const reads = ctx.fast ? 15 : 25;
  // The writer aims far beyond what the slow reader will take: it stops only at EPIPE.
  const { writer, reader } = await pair(ctx, 1024 * 1024 * 1024, delay);
  out.say(text.slowIntro, { reader: reader.pid!, delay, size: bytes(RECORD) });
  const epipe = waitMessage<Epipe>(writer, 'epipe');
  // NOTE: awaited only later; if proc-lab is stopped meanwhile, its rejection must not be unhandled.
  epipe.catch(() => {});
  const enough = new Promise<{ bytes: number }>((resolve) => {
    reader.on('message', (m: { type?: string; records?: number; bytes?: number }) => {
      if (m?.type === 'progress' && (m.records ?? 0) >= reads) resolve({ bytes: m.bytes ?? 0 });
    });
  });
  const t0 = performance.now();
  writer.send({ type: 'go' });
  const read = await Promise.race([enough, waitExit(reader).then(() => ({ bytes: 0 }))]);
  const slowMs = performance.now() - t0;
  const killedAt = wallMs();
  reader.kill('SIGKILL');
  const e = await epipe;
  await Promise.all([writer, reader].map(waitExit));

  const readerMbs = read.bytes / MB / (slowMs / 1000);
  const share = e.waitedMs / e.ms;
  out.fact(text.backPressure, {
    writer: writer.pid!,
    first: bytes(e.firstWaitAt),
    written: bytes(e.written),
    ms: ms(e.ms),
    waited: ms(e.waitedMs),
    waits: e.waits,
    share: (share * 100).toFixed(0),
    readerMbs: readerMbs.toFixed(1),
  });
  const after = e.at - killedAt;
  out.event('epipe', {
    pid: writer.pid,
    reader: reader.pid,
    code: e.code,
    written: e.written,
    ms: Math.round(after * 10) / 10,
  });
  out.fact(text.epipe, {
    reader: reader.pid!,
    writer: writer.pid!,
    code: e.code,
    ms: ms(after),
    written: bytes(e.written),
  });
  measure(out, 'pipe-first-wait-after', e.firstWaitAt, 'bytes');
  measure(out, 'pipe-writer-waited', e.waitedMs, 'ms');
  measure(out, 'pipe-writer-wait-share', share, 'ratio');
  measure(out, 'pipe-slow-reader', readerMbs, 'MB/s');
  measure(out, 'pipe-epipe-after', after, 'ms');
  measure(out, 'pipe-high-water-mark', e.hwm, 'bytes');
  return e;
}

export async function pipe(ctx: LessonContext): Promise<void> {
  const mbs = await fullSpeed(ctx);
  ctx.out.say(text.explainFlow);
  const e = await slowThenDead(ctx);
  ctx.out.say(text.explainEnds, { first: bytes(e.firstWaitAt), hwm: bytes(e.hwm) });
  record('pipe', { mbPerSecond: mbs, perSecond: (mbs * MB) / RECORD, bytes: RECORD });
}
