/**
 * Part 3 of the pool lesson: the tasks on a time axis, one row per worker PID and a last row for
 * the queue in the main process, redrawn while the tasks run (in a terminal) or printed once.
 */

import { LiveRegion } from '../../ui/live.js';
import type { Output } from '../../ui/output.js';
import { type Block, renderTimeline, type TimelineRow } from '../../ui/timeline.js';
import type { LessonContext } from '../types.js';
import { sizes } from './apply.js';
import { type PoolRun, runPool } from './runner.js';
import { text } from './text.js';

/** Blocks for the queue row: one per stretch of time in which the number waiting is constant. */
function queueBlocks(run: PoolRun, now: number): Block[] {
  const times = [
    ...new Set(
      run.records.flatMap((r) => [r.submitted, ...(r.start === undefined ? [] : [r.start])]),
    ),
  ].sort((a, b) => a - b);
  const waitingAt = (t: number) =>
    run.records.filter((r) => r.submitted <= t && (r.start === undefined || r.start > t)).length;
  const blocks: Block[] = [];
  for (const [i, start] of times.entries()) {
    const count = waitingAt(start);
    if (count === 0) continue;
    const end = times[i + 1];
    // Merge with the previous block when the count did not change (several submits at once).
    const last = blocks.at(-1);
    if (last && last.label === String(count) && last.end === start) last.end = end;
    else blocks.push({ start, end, label: String(count) });
  }
  const tail = blocks.at(-1);
  if (tail && tail.end === undefined && waitingAt(now) === 0) tail.end = now;
  return blocks;
}

export function picture(out: Output, run: PoolRun): string[] {
  const now = run.now();
  const pids = [...new Set([...run.workerPids, ...run.replaced.map((r) => r.new)])];
  const rows: TimelineRow[] = pids.map((pid) => ({
    label: String(pid),
    blocks: run.records
      .filter((r) => r.pid === pid && r.start !== undefined)
      .map((r) => ({ start: r.start!, end: r.end, label: String(r.task) })),
  }));
  rows.push({ label: out.text(text.queueRow), blocks: queueBlocks(run, now) });
  const waiting = run.records.filter((r) => r.start === undefined && r.error === undefined);
  const list = waiting.map((r) => r.task).join(' ');
  // A Bi value is filled language by language, so "both" reads 排队中：无 / waiting: none.
  return [
    ...renderTimeline(rows, { now, total: out.room }),
    ...out.wrapped(out.text(text.waiting, { tasks: list || text.none })),
  ];
}

export async function timeline(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const { n, m, t } = sizes(ctx);
  out.say(text.timelineIntro, { m });
  const live = new LiveRegion(out);
  let current: PoolRun | undefined;
  const redraw = (run: PoolRun) => {
    current = run;
    if (out.interactive) live.update(picture(out, run));
  };
  // Blocks grow while tasks run, not only when one starts or ends.
  const ticker = out.interactive
    ? setInterval(() => current && live.update(picture(out, current)), 100)
    : undefined;
  try {
    const run = await runPool(ctx, {
      mode: 'async',
      workers: n,
      tasks: m,
      taskMs: t,
      onChange: redraw,
    });
    live.done(picture(out, run));
  } finally {
    clearInterval(ticker);
  }
  out.say(text.timelineExplain, { waves: Math.ceil(m / n), n, m });
}
