/**
 * Part `material`: the material's Pool(3) program live, its measured time against ⌈M/N⌉ × T, and
 * which thread runs a callback: the main thread here, CPython's result-handler thread there.
 */

import { traceHint } from '../../material/hint.text.js';
import { ms } from '../../ui/format.js';
import { BEFORE_WORK, watchWhileAlive } from '../../ui/watch-hint.js';
import { beside } from '../beside.js';
import type { LessonContext } from '../types.js';
import { perWorker, sizes } from './apply.js';
import { runPool } from './runner.js';
import { text } from './text.js';

export async function material(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const { n, m, t } = sizes(ctx);
  out.say(text.materialIntro, { n, m, t: ms(t) });
  const run = await runPool(ctx, {
    mode: 'async',
    workers: n,
    tasks: m,
    taskMs: t,
    echo: true,
    // As soon as the workers exist: how to see them from a second terminal, and time to do it.
    ready: (started) => watchWhileAlive(ctx, started.workerPids, BEFORE_WORK),
  });
  const first = Math.min(...run.callbacks.map((c) => c.at));
  out.fact(text.materialEnd, { end: ms(run.endAt), first: ms(first) });
  const cbPids = [...new Set(run.callbacks.map((c) => c.pid))];
  out.fact(text.materialCallbacks, { count: run.callbacks.length, main: cbPids.join(', ') });
  out.fact(text.materialWorkers, {
    n: run.taskPids.length,
    pids: run.taskPids.join(', '),
    counts: perWorker(run),
  });
  const waves = Math.ceil(m / n);
  out.fact(text.materialTotal, {
    ms: ms(run.ms),
    m,
    n,
    t: ms(t),
    waves,
    expected: ms(run.expectedMs),
  });
  out.say(text.materialWhy, { m, n, t: ms(t) });
  await callbackThread(ctx);
  out.say(text.cpythonApi);
  out.say(traceHint.pool);
}

/** CPython's callbacks run on the pool's result-handler thread: name it and time a slow one. */
async function callbackThread(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  out.fact(text.callbackHere, { pid: process.pid });
  const slow = ctx.scale(1000);
  const py = await beside<{
    thread: string;
    mainThread: string;
    pid: number;
    secondDelayMs: number;
    tasksApartMs: number;
  }>(ctx, 'callback-thread', { demo: 'pool-callback-thread', args: [String(slow)] });
  if (!py) out.say(text.callbackCpythonAbsent);
  else {
    out.fact(text.callbackCpython, {
      ...py,
      slowMs: ms(slow),
      secondDelayMs: ms(py.secondDelayMs),
      tasksApartMs: ms(py.tasksApartMs),
    });
  }
}
