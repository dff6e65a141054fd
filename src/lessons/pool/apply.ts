/**
 * Parts 1 and 2 of the pool lesson: the material's program live (apply_async, callbacks, "end"
 * first, waves of N) and apply next to apply_async, both measured, with the material's swapped
 * words and its "at most 5 processes" comment corrected beside the numbers.
 */
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
  for (const mode of modes)
    runs.push(await runPool(ctx, { mode, workers: n, tasks: m, taskMs: t }));
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
  const started = runs[0]!.workerPids;
  out.correction(text.correctionFive, { n, count: started.length, pids: started.join(', ') });
}
