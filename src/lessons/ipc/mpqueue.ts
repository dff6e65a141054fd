/**
 * Part `mpqueue`: one queue shared by many processes, as multiprocessing.Queue is (the `queue`
 * part gives each child a private channel instead). Node: producers and consumers, siblings, all
 * hold one pipe; each message is one PIPE_BUF write, so none is torn and each is taken once.
 * CPython beside it (./mpqueue-cpython.ts): the same with multiprocessing.Queue, its feeder thread,
 * and join() before get() shown with a timeout. Last, the same deadlock in Node: a producer whose
 * 1 MiB message nobody reads cannot end.
 */
import type { ChildProcess } from 'node:child_process';
import { closeSync, readFileSync } from 'node:fs';
import { type Bi, list } from '../../i18n/index.js';
import { MESSAGE } from '../../ipc/queue-message.js';
import { readStat } from '../../proctable/stat.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { bytes, ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { measure, numbers } from './events.js';
import { fdTarget, osPipe } from './fds.js';
import { stateGloss, text } from './mpqueue.text.js';
import { mpqueueInCpython } from './mpqueue-cpython.js';
import { messagesPerProducer, producers } from './options.js';

const CONSUMERS = 2;

interface Taken {
  pid: number;
  took: number;
  bytes: number;
  partial: number;
  from: Record<string, { took: number; seqSum: number }>;
}

/** Start children on one pipe end (their fd 4), then close our copy of it. */
function onPipe(fd: number, start: (stdio: unknown[]) => ChildProcess[]) {
  try {
    return start(['ignore', 'ignore', 'inherit', 'ipc', fd]);
  } finally {
    // NOTE: the children hold their own copies; ours must go, or the pipe never reaches EOF.
    closeSync(fd);
  }
}

async function shared(ctx: LessonContext, k: number, m: number): Promise<void> {
  const { out } = ctx;
  const { read, write } = await osPipe(ctx);
  const consumers = onPipe(read, (stdio) =>
    Array.from({ length: CONSUMERS }, () =>
      ctx.demo('ipc-mpqueue-consumer', ['messages'], { stdio: stdio as never }),
    ),
  );
  const makers = onPipe(write, (stdio) =>
    Array.from({ length: k }, () =>
      ctx.demo('ipc-mpqueue-producer', ['messages', String(m)], { stdio: stdio as never }),
    ),
  );
  const all = [...makers, ...consumers];
  await Promise.all(all.map((c) => waitMessage(c, 'ready')));
  const pipes = new Set(all.map((c) => fdTarget(c.pid!, 4)));
  out.say(text.intro, {
    k,
    m,
    c: CONSUMERS,
    producers: numbers(makers.map((p) => p.pid!)),
    consumers: numbers(consumers.map((p) => p.pid!)),
    size: MESSAGE,
  });
  if (pipes.size === 1 && !pipes.has(undefined)) out.fact(text.onePipe, { pipe: [...pipes][0]! });
  const taken = consumers.map((c) => waitMessage<Taken>(c, 'done'));
  const put = makers.map((p) => waitMessage(p, 'done'));
  for (const p of makers) p.send({ type: 'go' });
  await Promise.all(put);
  for (const p of makers) p.send({ type: 'bye' });
  const results = await Promise.all(taken);
  await Promise.all(all.map(waitExit));

  // Each message once: per producer, m taken in all and the sequence numbers summing to 0+…+(m-1).
  let total = 0;
  let partial = 0;
  let once = true;
  for (const p of makers) {
    const got = results.map((r) => r.from[p.pid!] ?? { took: 0, seqSum: 0 });
    const took = got.reduce((s, g) => s + g.took, 0);
    const sum = got.reduce((s, g) => s + g.seqSum, 0);
    if (took !== m || sum !== (m * (m - 1)) / 2) once = false;
  }
  for (const r of results) {
    total += r.took;
    partial += r.partial;
    out.event('mpqueue', { pid: r.pid, took: r.took, partial: r.partial, from: r.from });
    const parts: Bi[] = makers.map((p) => ({
      zh: `PID ${p.pid} 的 ${r.from[p.pid!]?.took ?? 0} 条`,
      en: `${r.from[p.pid!]?.took ?? 0} from PID ${p.pid}`,
    }));
    out.fact(text.took, { pid: r.pid, took: r.took, parts: list(parts) });
  }
  out.fact(text.total, { total, expected: k * m, partial, once: once ? text.yes : text.no });
  measure(out, 'mpqueue-taken', total, 'messages');
  measure(out, 'mpqueue-partial-reads', partial, 'reads');
  out.say(text.explainShared);
}

/** write() by its number on the two architectures Node mostly runs on (asm/unistd.h). */
const WRITE = process.arch === 'x64' ? 1 : process.arch === 'arm64' ? 64 : -1;

/** Is the process inside write() now? From /proc/<pid>/syscall's first field, where readable. */
function inWrite(pid: number): boolean {
  try {
    return Number(readFileSync(`/proc/${pid}/syscall`, 'utf8').split(' ')[0]) === WRITE;
  } catch {
    return false;
  }
}

async function blocked(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const waitMs = ctx.fast ? 500 : 2000;
  const { read, write } = await osPipe(ctx);
  const [big] = onPipe(write, (stdio) => [
    ctx.demo('ipc-mpqueue-producer', ['big'], { stdio: stdio as never }),
  ]);
  const pid = big!.pid!;
  // From the moment it is about to write: Node's own start-up is not part of the wait.
  await waitMessage(big!, 'writing');
  out.say(text.bigIntro, { pid, size: bytes(1024 * 1024), ms: ms(waitMs) });
  const exited = waitExit(big!);
  const t0 = performance.now();
  const first = await Promise.race([exited.then(() => true), ctx.sleep(waitMs).then(() => false)]);
  const waited = performance.now() - t0;
  const state = readStat(pid)?.state ?? '?';
  const writing = inWrite(pid);
  const [drain] = onPipe(read, (stdio) => [
    ctx.demo('ipc-mpqueue-consumer', ['bytes'], { stdio: stdio as never }),
  ]);
  const got = await waitMessage<Taken>(drain!, 'done');
  const end = await exited;
  await waitExit(drain!);
  out.event('mpqueue-blocked', {
    pid,
    endedBeforeDrain: first,
    waitedMs: Math.round(waited),
    state,
    inWrite: writing,
    drained: got.bytes,
    code: end.code,
  });
  if (first) {
    out.fact(text.bigEnded, { pid });
    return;
  }
  const gloss = stateGloss[state] ?? text.stateOther;
  out.fact(text.bigStuck, { pid, ms: ms(waited), state, gloss });
  if (writing) out.fact(text.inWrite, { pid });
  out.fact(text.bigDrained, {
    reader: drain!.pid!,
    size: bytes(got.bytes),
    pid,
    code: end.code ?? '—',
  });
}

export async function mpqueue(ctx: LessonContext): Promise<void> {
  const k = producers(ctx);
  const m = messagesPerProducer(ctx);
  await shared(ctx, k, m);
  await mpqueueInCpython(ctx, k, m);
  await blocked(ctx);
  ctx.out.say(text.explainDeadlock);
}
