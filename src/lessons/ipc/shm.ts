/**
 * Part `shm` (material §1.1 "共享内存" and "信号量"): threads increment one counter in a
 * SharedArrayBuffer without a lock (updates are lost, and counted), with an Atomics-based
 * semaphore (exact) and with Atomics.add. First, evidence that Node processes cannot share it.
 */
import { Worker } from 'node:worker_threads';
import { Semaphore, type ShmMode, SLOT, SLOTS } from '../../ipc/semaphore.js';
import { watchMachine } from '../../measure/machine.js';
import { verdict } from '../../measure/verdict.js';
import { demo } from '../../runtime/demo.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { measure } from './events.js';
import { producers } from './options.js';
import { record } from './results.js';
import { text } from './shm.text.js';

interface Done {
  pid: number;
  tid: number;
  ms: number;
}

/** Try to hand a SharedArrayBuffer to a child process; return why it cannot be done. */
export async function tryProcess(ctx: LessonContext): Promise<{ pid: number; error: string }> {
  const child = ctx.demo('report', [], { serialization: 'advanced' });
  await waitMessage(child, 'hello');
  let error = '';
  try {
    child.send({ type: 'shared', buffer: new SharedArrayBuffer(4) });
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  child.send({ type: 'bye' });
  await waitExit(child);
  return { pid: child.pid!, error };
}

/** Run `threads` workers that each add 1 `n` times; return the final count and each thread. */
export async function race(ctx: LessonContext, threads: number, n: number, mode: ShmMode) {
  const shared = new SharedArrayBuffer(SLOTS * 4);
  new Semaphore(shared, SLOT.lock).init(1);
  const where = demo('ipc-shm-thread');
  const workers = Array.from(
    { length: threads },
    () => new Worker(where.path, { execArgv: where.execArgv, workerData: { shared, mode, n } }),
  );
  const undo = ctx.children.onCleanup(async () => {
    await Promise.all(workers.map((w) => w.terminate()));
  });
  try {
    const next = (w: Worker) =>
      new Promise<Done>((resolve, reject) => {
        w.once('message', resolve).once('error', reject);
      });
    await Promise.all(workers.map(next));
    const done = workers.map(next);
    const cells = new Int32Array(shared);
    const t0 = performance.now();
    Atomics.store(cells, SLOT.go, 1);
    Atomics.notify(cells, SLOT.go);
    const each = await Promise.all(done);
    return { actual: Atomics.load(cells, SLOT.counter), ms: performance.now() - t0, each };
  } finally {
    undo();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export async function shm(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const refused = await tryProcess(ctx);
  out.say(text.processesIntro);
  out.fact(text.processesRefused, { pid: refused.pid, error: refused.error || '—' });
  out.event('shared-memory', {
    pid: refused.pid,
    shared: refused.error === '',
    error: refused.error,
  });

  // A race needs at least two threads.
  const threads = Math.max(2, producers(ctx));
  const n = ctx.fast ? 200_000 : 1_000_000;
  const expected = threads * n;
  out.say(text.threadsIntro, { threads, n: n.toLocaleString('en'), pid: process.pid });

  const runs: { mode: ShmMode; label: typeof text.modeNone }[] = [
    { mode: 'none', label: text.modeNone },
    { mode: 'semaphore', label: text.modeSemaphore },
    { mode: 'atomics-add', label: text.modeAdd },
  ];
  const rows: (string | number)[][] = [];
  const busy = watchMachine();
  let unlockedLost = 0;
  /** Each run's thread ids: every run starts threads of its own. */
  const threadIds: number[][] = [];
  const pids = new Set<number>();
  for (const { mode, label } of runs) {
    let r = await race(ctx, threads, n, mode);
    // On a busy machine the threads may by chance not overlap; try twice more before saying so.
    for (let again = 0; mode === 'none' && r.actual === expected && again < 2; again++) {
      r = await race(ctx, threads, n, mode);
    }
    threadIds.push(r.each.map((e) => e.tid));
    for (const e of r.each) pids.add(e.pid);
    if (mode === 'none') unlockedLost = expected - r.actual;
    out.event('lost-updates', {
      mode,
      expected,
      actual: r.actual,
      lost: expected - r.actual,
      pids: [...new Set(r.each.map((e) => e.pid))],
      tids: r.each.map((e) => e.tid),
      ms: Math.round(r.ms * 10) / 10,
    });
    measure(out, `shm-${mode}-ns-per-increment`, (r.ms * 1e6) / expected, 'ns');
    rows.push([
      out.text(label),
      expected.toLocaleString('en'),
      r.actual.toLocaleString('en'),
      (expected - r.actual).toLocaleString('en'),
      ms(r.ms),
    ]);
    // Increments per second of wall time, all threads together: nothing travels and nothing is
    // answered, so this is a rate, not a latency (and increments, not messages).
    if (mode === 'semaphore')
      record('shm', { perSecond: (expected * 1000) / r.ms, threads, bytes: 4 });
  }
  out.table([text.colMode, text.colExpected, text.colActual, text.colLost, text.colTime], rows);
  out.fact(text.threadsSame, {
    runs: runs.length,
    threads,
    pid: [...pids].join(', '),
    tids: threadIds.map((ids) => ids.join(', ')).join('; '),
  });
  // The race is a chance, not a certainty: say what this run showed.
  verdict(
    out,
    {
      name: 'shm-race',
      holds: unlockedLost > 0,
      values: { expected, lost: unlockedLost, threads },
      busy: busy(),
    },
    { holds: text.raceHolds, fails: text.raceFails },
    { lost: unlockedLost.toLocaleString('en'), expected: expected.toLocaleString('en') },
  );
  out.say(text.explainRace);
  out.correction(text.correction);
  out.say(text.explainProcesses);
}
