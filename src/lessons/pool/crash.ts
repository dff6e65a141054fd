/**
 * Part 6 of the pool lesson: one task kills its own worker. Its result is a WorkerLostError
 * naming the PID and the signal, the pool starts a replacement (a new PID), and the other tasks
 * finish; CPython's Pool would leave that one result waiting forever.
 */
import { fmt } from '../../i18n/index.js';
import { ms } from '../../ui/format.js';
import type { WorkerLostError } from '../../workers/errors.js';
import type { LessonContext } from '../types.js';
import { sizes } from './apply.js';
import { runPool } from './runner.js';
import { text } from './text.js';

export async function crash(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const { n, m, t } = sizes(ctx);
  const task = Math.min(1, m - 1);
  out.say(text.crashIntro, { m, task });
  const run = await runPool(ctx, { mode: 'async', workers: n, tasks: m, taskMs: t, die: [task] });
  const dead = run.records[task]!;
  const err = dead.error as WorkerLostError | undefined;
  if (err) {
    const how = err.signal
      ? fmt(text.bySignal, { signal: err.signal })
      : fmt(text.byCode, { code: String(err.code) });
    out.fact(text.crashError, { task, pid: err.pid, how });
  }
  for (const r of run.replaced) {
    const ran = run.records.filter((x) => x.pid === r.new).map((x) => x.task);
    out.fact(text.crashReplace, {
      old: r.old,
      new: r.new,
      tasks: ran.join(', ') || text.none,
    });
  }
  const others = run.records.filter((r) => r.task !== task);
  const ok = others.filter((r) => r.error === undefined && r.value !== undefined).length;
  out.fact(text.crashOthers, { ok, others: others.length, ms: ms(run.ms) });
  out.say(text.crashExplain);
}
