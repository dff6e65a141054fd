/**
 * Part 2 of the pool lesson: apply next to apply_async, both measured, with the material's
 * swapped words and its "at most 5 processes" comment corrected beside the numbers, and the
 * `async-faster` verdict saying whether this run's numbers bear the correction out.
 */
import { type Busy, watchMachine } from '../../measure/machine.js';
import { verdict } from '../../measure/verdict.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { type Mode, type PoolRun, runPool } from './runner.js';
import { text } from './text.js';

/** --workers, --tasks and --task-ms, the last scaled to this run's pace. */
export function sizes(ctx: LessonContext) {
  return {
    n: ctx.options.workers as number,
    m: ctx.options.tasks as number,
    t: ctx.scale(ctx.options.taskMs as number),
  };
}

/** How many tasks each worker PID ran, e.g. "4242×4, 4243×3". */
export function perWorker(run: PoolRun): string {
  const counts = new Map<number, number>();
  for (const r of run.records) if (r.pid) counts.set(r.pid, (counts.get(r.pid) ?? 0) + 1);
  return [...counts].map(([pid, k]) => `${pid}×${k}`).join(', ');
}

export async function apply(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const { n, m, t } = sizes(ctx);
  const chosen = ctx.options.mode as Mode | 'both';
  const modes: Mode[] = chosen === 'both' ? ['sync', 'async'] : [chosen];
  out.say(text.applyIntro, { n, m });
  const runs: PoolRun[] = [];
  const watch = watchMachine();
  for (const mode of modes)
    runs.push(await runPool(ctx, { mode, workers: n, tasks: m, taskMs: t }));
  const busy = watch();
  out.table(
    [text.usage, text.measured, text.expected, text.mostAtOnce, text.workerPids, text.endAfter],
    runs.map((r) => [
      out.text(r.spec.mode === 'sync' ? text.syncLabel : text.asyncLabel),
      ms(r.ms),
      ms(r.expectedMs),
      r.maxRunning,
      r.taskPids.length,
      ms(r.endAt),
    ]),
  );
  out.bars(
    runs.map((r) => ({
      label: out.text(r.spec.mode === 'sync' ? text.syncLabel : text.asyncLabel),
      value: r.ms,
      text: ms(r.ms),
    })),
  );
  for (const r of runs) {
    const why = r.spec.mode === 'sync' ? text.applySyncWhy : text.applyAsyncWhy;
    out.say(why, { m, n, t: ms(t), idle: n - 1, expected: ms(r.expectedMs) });
  }
  out.correction(text.correctionSwap);
  const sync = runs.find((r) => r.spec.mode === 'sync');
  const async = runs.find((r) => r.spec.mode === 'async');
  if (sync && async) asyncFaster(ctx, sync, async, busy);
  const started = runs[0]!.workerPids;
  out.correction(text.correctionFive, { n, count: started.length, pids: started.join(', ') });
}

/**
 * Does this run show apply_async finishing sooner than apply? Only when the expected gap exists
 * (more than one worker and more than one task) and at least half of it was measured.
 */
function asyncFaster(ctx: LessonContext, sync: PoolRun, async: PoolRun, busy: Busy): void {
  const { n, m } = sizes(ctx);
  const gap = sync.expectedMs - async.expectedMs;
  const values = {
    syncMs: Math.round(sync.ms),
    asyncMs: Math.round(async.ms),
    syncExpectedMs: sync.expectedMs,
    asyncExpectedMs: async.expectedMs,
  };
  const holds = gap > 0 && async.ms < sync.ms - gap / 2;
  verdict(
    ctx.out,
    // Without an expected gap the machine's load explains nothing: no busy figures then.
    { name: 'async-faster', holds, values, busy: gap > 0 ? busy : undefined },
    { holds: text.asyncFaster, fails: gap > 0 ? text.asyncNotFaster : text.asyncNoGap },
    {
      n,
      m,
      syncMs: ms(sync.ms),
      asyncMs: ms(async.ms),
      syncExpectedMs: ms(sync.expectedMs),
      asyncExpectedMs: ms(async.expectedMs),
    },
  );
}
