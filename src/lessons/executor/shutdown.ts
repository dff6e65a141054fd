/**
 * Part 5 of `executor`: shutdown with wait true and false, and with cancelFutures, on the same
 * queued tasks: when the main program continues, which futures finish and which are cancelled;
 * then the same cancel_futures run on CPython's two executors, whose ProcessPoolExecutor marks
 * queued futures RUNNING once they enter its call queue, so it cancels fewer.
 */

import type { Ran } from '../../demos/executor-tasks.js';
import type { ShutdownOptions } from '../../executor/index.js';
import { ms } from '../../ui/format.js';
import { beside } from '../beside.js';
import type { LessonContext } from '../types.js';
import { kindName, kinds, Tracker, unitName, warmUp, workerCount } from './kit.js';
import { more } from './more.text.js';
import { text } from './text.js';

const RUNS: readonly Required<ShutdownOptions>[] = [
  { wait: true, cancelFutures: false },
  { wait: false, cancelFutures: false },
  { wait: true, cancelFutures: true },
];

/** The arguments of one run, under a `shutdown(…) with` header (so the table fits 80 columns). */
const call = (o: Required<ShutdownOptions>) =>
  `wait=${o.wait}${o.cancelFutures ? ', cancelFutures=true' : ''}`;

export async function shutdown(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const kind = kinds(ctx)[0]!;
  // A few workers and two more tasks than workers, so there is always a queue to cancel.
  const workers = Math.min(workerCount(ctx), 4);
  const n = workers + 2;
  const d = ctx.scale(1000);
  const unit = unitName(kind);
  out.say(more.shutdownIntro, { n, ms: ms(d), workers, kind: kindName(kind), unit });
  const rows: (string | number)[][] = [];
  let lastError: Error | undefined;
  for (const o of RUNS) {
    const tracker = new Tracker(ctx);
    const ex = tracker.executor(kind, workers);
    await warmUp(tracker, ex, workers);
    const futures = Array.from({ length: n }, (_, i) =>
      tracker.submit<Ran>(ex, 'waitJob', `#${i + 1}`, d),
    );
    const label = (f: (typeof futures)[number]) => tracker.get(f)!.label;
    // Call shutdown once the first tasks run, as the intro says (a worker takes a task a moment
    // after submit, not inside it): then the rest are the queue that cancelFutures can drop.
    const deadline = performance.now() + 10_000;
    while (futures.filter((f) => f.running()).length < workers && performance.now() < deadline)
      await ctx.sleep(2);
    const t0 = performance.now();
    await ex.shutdown(o);
    const continues = performance.now() - t0;
    const cancelled = futures.filter((f) => f.cancelled());
    const notDone = futures.filter((f) => !f.done()).length;
    out.event('shutdown', {
      wait: o.wait,
      cancelFutures: o.cancelFutures,
      cancelled: cancelled.map((f) => f.id),
      ms: Math.round(continues),
    });
    await Promise.allSettled(futures.map((f) => f.result()));
    const ended = performance.now() - t0;
    const finished = futures.filter((f) => f.state === 'finished');
    rows.push([
      call(o),
      ms(continues),
      finished.length,
      cancelled.map(label).join(' ') || out.text(text.none),
      ms(ended),
    ]);
    if (!o.wait) {
      out.fact(more.noWaitFact, { ms: ms(continues), left: notDone, end: ms(ended), unit });
    }
    if (o.cancelFutures) {
      out.fact(more.cancelFact, {
        ids: cancelled.map(label).join(' ') || text.none,
        running: finished.map(label).join(' ') || text.none,
        ms: ms(continues),
      });
    }
    try {
      ex.submit('waitJob', 0);
    } catch (err) {
      lastError = err as Error;
    }
  }
  out.table(
    [more.colCall, more.colContinues, more.colDone, more.colCancelled, more.colAllEnded],
    rows,
  );
  if (lastError) out.fact(more.submitAfter, { name: lastError.name });
  await cancelInCpython(ctx, { workers, n, d });
  out.say(more.shutdownExplain);
}

interface CancelRun {
  running: number[];
  cancelled: number[];
}

/** The same cancel_futures run on CPython's ProcessPoolExecutor and ThreadPoolExecutor. */
async function cancelInCpython(
  ctx: LessonContext,
  { workers, n, d }: { workers: number; n: number; d: number },
): Promise<void> {
  const py = await beside<{ process: CancelRun; thread: CancelRun; callQueue: number }>(
    ctx,
    'cancel',
    { demo: 'executor-cancel', args: [workers, n, d].map(String) },
  );
  if (!py) {
    ctx.out.say(more.cancelCpythonAbsent);
    return;
  }
  const labels = (xs: number[]) => (xs.length ? xs.map((i) => `#${i}`).join(' ') : text.none);
  ctx.out.fact(more.cancelCpython, {
    n,
    workers,
    process: labels(py.process.cancelled),
    thread: labels(py.thread.cancelled),
  });
  const extra = py.process.running.length - workers;
  if (extra > 0) {
    ctx.out.say(more.cancelCpythonQueue, {
      processRunning: labels(py.process.running),
      threadRunning: labels(py.thread.running),
      extra,
      callQueue: py.callQueue,
    });
  }
}
