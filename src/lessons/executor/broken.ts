/**
 * Part 6 of `executor`: one worker killed. The same tasks, one of which SIGKILLs its own worker,
 * on proc-lab's ProcessPoolExecutor (every unfinished future fails with BrokenProcessPool), on
 * proc-lab's Pool (only that task fails, with WorkerLostError) and on CPython's two (the executor
 * breaks the same way; the Pool never completes that task's result). Then the deadlock the
 * material says executors spare you, run in CPython with a timeout.
 */
import { pathToFileURL } from 'node:url';
import type { Bi } from '../../i18n/index.js';
import { Pool } from '../../pool/index.js';
import { demo } from '../../runtime/demo.js';
import { ms } from '../../ui/format.js';
import { beside } from '../beside.js';
import type { LessonContext } from '../types.js';
import { broken as words } from './broken.text.js';
import { Tracker, warmUp, workerCount } from './kit.js';

/** Which task kills its worker (1-based, as the table labels them). */
const DIE = 2;

/** A task's outcome: 'ok' or the name of the error it ended with. */
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof Error ? e.name : String(e)),
  );

export async function broken(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const workers = Math.min(workerCount(ctx), 4);
  const tasks = workers + 2;
  const d = ctx.scale(1000);
  out.say(words.intro, { tasks, workers, die: DIE, ms: ms(d) });
  const job = (i: number) =>
    i + 1 === DIE ? { fn: 'dieJob', args: [] } : { fn: 'waitJob', args: [d] };

  // 1. proc-lab's ProcessPoolExecutor: workers started first, so the kill comes mid-batch.
  const tracker = new Tracker(ctx);
  const ex = tracker.executor('process', workers);
  await warmUp(tracker, ex, workers);
  const futures = Array.from({ length: tasks }, (_, i) =>
    tracker.submit(ex, job(i).fn, `#${i + 1}`, ...job(i).args),
  );
  const onExecutor = await Promise.all(futures.map((f) => outcome(f.result())));
  let after = 'ok';
  try {
    ex.submit('waitJob', 0);
  } catch (e) {
    after = e instanceof Error ? e.name : String(e);
  }
  await ex.shutdown();
  out.event('broken', { api: 'executor', outcomes: onExecutor, submitAfter: after });

  // 2. proc-lab's Pool on the same tasks.
  const replaced: { old: number; new: number }[] = [];
  const pool = new Pool({
    processes: workers,
    module: pathToFileURL(demo('executor-tasks').path),
    observer: { workerReplace: (o, n) => replaced.push({ old: o.pid, new: n.pid }) },
  });
  const onPool = await Promise.all(
    Array.from({ length: tasks }, (_, i) => outcome(pool.applyAsync(job(i).fn, job(i).args).get())),
  );
  pool.close();
  await pool.join();
  out.event('broken', { api: 'pool', outcomes: onPool, replaced });

  // 3. CPython's ProcessPoolExecutor and Pool.
  const py = await beside<{
    executor: string[];
    submitAfter: string;
    pool: string[];
    poolTimeoutMs: number;
  }>(ctx, 'broken', { demo: 'executor-broken', args: [workers, tasks, d, DIE].map(String) });
  // An error's name reads the same in both languages.
  const cell = (o: string | undefined): Bi =>
    o === undefined
      ? words.notRun
      : o === 'ok'
        ? words.ok
        : o === 'timeout'
          ? words.never
          : { zh: o, en: o };
  out.table(
    [words.colTask, words.colExecutor, words.colPyExecutor, words.colPool, words.colPyPool],
    onExecutor.map((o, i) => [
      `#${i + 1}`,
      out.text(cell(o)),
      out.text(cell(py?.executor[i])),
      out.text(cell(onPool[i])),
      out.text(cell(py?.pool[i])),
    ]),
  );
  const failed = (xs: readonly string[]) => xs.filter((o) => o === 'BrokenProcessPool').length;
  out.fact(words.executorFact, { failed: failed(onExecutor), tasks, after });
  const others = onPool.filter((_, i) => i + 1 !== DIE);
  out.fact(words.poolFact, {
    die: DIE,
    error: onPool[DIE - 1]!,
    ok: others.filter((o) => o === 'ok').length,
    others: others.length,
    old: replaced[0]?.old ?? '?',
    new: replaced[0]?.new ?? '?',
  });
  if (py) {
    const pyOthers = py.pool.filter((_, i) => i + 1 !== DIE);
    out.fact(words.cpythonFact, {
      failed: failed(py.executor),
      tasks,
      after: py.submitAfter,
      ok: pyOthers.filter((o) => o === 'ok').length,
      others: pyOthers.length,
      die: DIE,
      timeout: ms(py.poolTimeoutMs),
    });
  }
  out.say(words.explain);
  await deadlock(ctx);
}

/** CPython's documented executor deadlock, with a timeout so that it ends. */
async function deadlock(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const wait = ctx.scale(3000);
  out.say(words.deadlockIntro, { wait: ms(wait) });
  const py = await beside<{ waitedMs: number; outcome: string; bState: string; bAfter: string }>(
    ctx,
    'deadlock',
    { demo: 'executor-deadlock', args: [String(wait)] },
  );
  if (py) out.fact(words.deadlockFact, { ...py, waitedMs: ms(py.waitedMs) });
  else out.say(words.deadlockAbsent, { wait: ms(wait) });
  out.correction(words.correction8);
  out.say(words.deadlockHere);
}
