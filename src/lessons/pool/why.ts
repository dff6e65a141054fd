/**
 * Part `why`: a process per task against a pool: wall time and the most processes alive at once,
 * the `pool-fewer-processes` verdict on those peaks, and the kernel's limits on how many processes
 * there can be (pid_max, RLIMIT_NPROC, the cgroup's pids.max).
 */
import { availableParallelism } from 'node:os';
import type { Bi } from '../../i18n/index.js';
import { watchMachine } from '../../measure/machine.js';
import { verdict } from '../../measure/verdict.js';
import { Pool } from '../../pool/index.js';
import { processLimits } from '../../proctable/limits.js';
import { countAlive } from '../../proctable/stat.js';
import { LessonFailure } from '../../runtime/errors.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { taskModule } from './runner.js';
import { text } from './text.js';

const TINY_TASKS = 100;

/** Run `body` while sampling how many of our children are alive; returns its time and the peak. */
async function measured(ctx: LessonContext, body: (sample: () => void) => Promise<void>) {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, countAlive(ctx.children.pids));
  };
  const timer = setInterval(sample, 5);
  const t0 = performance.now();
  try {
    await body(sample);
  } finally {
    clearInterval(timer);
  }
  return { ms: performance.now() - t0, peak };
}

export async function why(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const n = ctx.options.workers as number;
  out.say(text.whyIntro, { count: TINY_TASKS, n });
  // 1. The naive way: one new process per task, all started at once.
  const watch = watchMachine();
  let results = 0;
  const perTask = await measured(ctx, async (sample) => {
    const kids = Array.from({ length: TINY_TASKS }, (_, i) => {
      const kid = ctx.demo('pool-tasks', ['tiny', String(i)]);
      kid.on('message', (m: { type?: string }) => {
        if (m?.type === 'result') results++;
      });
      return kid;
    });
    // The loop above blocks the sampling timer: look once right after it.
    sample();
    // 'close' comes after the exit and after the IPC channel has delivered every message.
    await Promise.all(kids.map((k) => new Promise((resolve) => k.once('close', resolve))));
  });
  if (results !== TINY_TASKS) {
    throw new LessonFailure({
      zh: `每个任务一个进程：只收到 ${results}/${TINY_TASKS} 个结果`,
      en: `a process per task: only ${results} of ${TINY_TASKS} results arrived`,
    });
  }
  // 2. A pool of n, reused for every task.
  const onPool = await measured(ctx, async () => {
    const pool = new Pool({ processes: n, module: taskModule() });
    await pool.map(
      'tiny',
      Array.from({ length: TINY_TASKS }, (_, i) => i),
    );
    pool.close();
    await pool.join();
  });
  const busy = watch();
  for (const [name, r] of [
    ['process-per-task', perTask],
    ['pool', onPool],
  ] as const) {
    out.event('measure', { name, tasks: TINY_TASKS, ms: Math.round(r.ms), peak: r.peak });
  }
  out.table(
    [text.way, text.wall, text.peak],
    [
      [out.text(text.perTask), ms(perTask.ms), perTask.peak],
      [out.text(text.onPool, { n }), ms(onPool.ms), onPool.peak],
    ],
  );
  out.fact(text.whyFact, {
    a: ms(perTask.ms),
    pa: perTask.peak,
    b: ms(onPool.ms),
    pb: onPool.peak,
  });
  verdict(
    out,
    {
      name: 'pool-fewer-processes',
      holds: onPool.peak <= n && perTask.peak > n,
      values: {
        perTaskPeak: perTask.peak,
        poolPeak: onPool.peak,
        workers: n,
        perTaskMs: Math.round(perTask.ms),
        poolMs: Math.round(onPool.ms),
      },
      busy,
    },
    { holds: text.fewerProcesses, fails: text.notFewerProcesses },
  );
  out.say(text.whyExplain, {
    a: ms(perTask.ms),
    count: TINY_TASKS,
    pa: perTask.peak,
    cores: availableParallelism(),
    n,
  });
  const limits = processLimits();
  // JSON has no Infinity: an unlimited value is the string 'unlimited' in the event.
  const json = (v: number | undefined) => (v === Infinity ? 'unlimited' : v);
  out.event('measure', {
    name: 'process-limits',
    pidMax: json(limits.pidMax),
    perUser: json(limits.perUser),
    cgroup: json(limits.cgroup),
  });
  out.say(text.limits, {
    pidMax: limit(limits.pidMax),
    perUser: limit(limits.perUser),
    cgroup: limit(limits.cgroup),
  });
}

/** A limit as printed: the number, 不限 / unlimited, or 读不到 / unknown. */
function limit(value: number | undefined): Bi | string {
  if (value === undefined) return text.unknown;
  return value === Infinity ? text.unlimited : value.toLocaleString('en');
}
