/**
 * Part 3 of `executor`: the same CPU-bound job and the same waiting job on a thread pool and on a
 * process pool, timed side by side, next to the main event loop. The yardstick, one CPU job
 * alone, is measured on each pool after its workers have started, exactly as the batch is: both
 * warm, both through the pool, so "N jobs took x times one job" compares like with like. The
 * `threads-vs-processes` verdict says whether this run shows CPU jobs running in parallel.
 */
import { availableParallelism } from 'node:os';
import { type Ran, waitJob } from '../../demos/executor-tasks.js';
import { fmt } from '../../i18n/index.js';
import { type Busy, watchMachine } from '../../measure/machine.js';
import { median } from '../../measure/stats.js';
import { verdict } from '../../measure/verdict.js';
import { type Bar, ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { type Kind, kindName, kinds, Tracker, warmUp, workerCount } from './kit.js';
import { more } from './more.text.js';

const JOBS = 4;
/** One job alone, this many times on each pool; the median is the yardstick. */
const ALONE_RUNS = 3;

interface Timing {
  kind: Kind;
  start: number;
  /** One CPU job alone on this pool, warm (median). */
  alone: number;
  cpu: number;
  wait: number;
  pids: number[];
}

async function timeKind(
  ctx: LessonContext,
  kind: Kind,
  limit: number,
  wait: number,
): Promise<Timing> {
  const workers = workerCount(ctx);
  const tracker = new Tracker(ctx);
  const ex = tracker.executor(kind, workers);
  const start = await warmUp(tracker, ex, workers);
  const batch = async (fn: string, arg: number, jobs: number) => {
    const t0 = performance.now();
    const futures = Array.from({ length: jobs }, (_, i) =>
      tracker.submit<Ran>(ex, fn, `${fn} #${i + 1}`, arg),
    );
    const results = await Promise.all(futures.map((f) => f.result()));
    return { ms: performance.now() - t0, pids: results.map((r) => r.pid) };
  };
  const alone: number[] = [];
  for (let i = 0; i < ALONE_RUNS; i++) alone.push((await batch('cpuJob', limit, 1)).ms);
  const cpu = await batch('cpuJob', limit, JOBS);
  const waited = await batch('waitJob', wait, JOBS);
  await ex.shutdown();
  for (const [what, value] of [
    ['start', start],
    ['cpu-alone', median(alone)],
    ['cpu', cpu.ms],
    ['wait', waited.ms],
  ] as const) {
    ctx.out.event('measure', { name: `${what}-${kind}`, ms: Math.round(value) });
  }
  return {
    kind,
    start,
    alone: median(alone),
    cpu: cpu.ms,
    wait: waited.ms,
    pids: [...new Set([...cpu.pids, ...waited.pids])],
  };
}

export async function compare(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const cpus = availableParallelism();
  const workers = workerCount(ctx);
  const limit = ctx.fast ? 600_000 : 3_000_000;
  const wait = ctx.scale(1000);
  out.say(more.compareIntro, {
    limit: limit.toLocaleString('en'),
    wait: ms(wait),
    jobs: JOBS,
    workers,
    cpus,
    runs: ALONE_RUNS,
  });

  // Threads first: the cheaper one to start, so neither gets a warmer machine than the other.
  const watch = watchMachine();
  const timings: Timing[] = [];
  for (const kind of [...kinds(ctx)].reverse())
    timings.push(await timeKind(ctx, kind, limit, wait));
  const busy = watch();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: JOBS }, () => waitJob(wait)));
  const loop = performance.now() - t0;
  out.event('measure', { name: 'wait-event-loop', ms: Math.round(loop) });

  const row = (t: Timing) => [
    out.text(t.kind === 'thread' ? more.rowThread : more.rowProcess),
    ms(t.start),
    ms(t.alone),
    ms(t.cpu),
    ms(t.wait),
  ];
  // Where each ran goes under the table, not in a column, so the table fits 80 columns.
  out.table(
    [more.colExecutor, more.colStart, more.colAlone, more.colCpu, more.colWait].map((h) =>
      fmt(h, { jobs: JOBS }),
    ),
    [...timings.map(row), [out.text(more.rowLoop), '', '', '', ms(loop)]],
  );
  for (const t of timings) {
    out.fact(more.ranIn, {
      kind: t.kind === 'thread' ? more.rowThread : more.rowProcess,
      where:
        t.kind === 'thread'
          ? fmt(more.whereMain, { pid: process.pid })
          : fmt(more.wherePids, { pids: t.pids.join(', ') }),
    });
  }
  const bars: Bar[] = [];
  for (const t of timings) {
    const kind = t.kind === 'thread' ? more.rowThread : more.rowProcess;
    bars.push(
      { label: out.text(more.barOne, { kind }), value: t.alone, text: ms(t.alone) },
      { label: out.text(more.barKind, { jobs: JOBS, kind }), value: t.cpu, text: ms(t.cpu) },
    );
  }
  out.bars(bars);
  for (const t of timings) {
    out.fact(more.cpuVerdict, {
      jobs: JOBS,
      serial: ms(t.alone * JOBS),
      kind: kindName(t.kind),
      ms: ms(t.cpu),
      x: (t.cpu / t.alone).toFixed(1),
    });
  }
  parallel(ctx, timings, { cpus, workers, busy });
  out.say(more.compareNode, { cpus });
  out.say(more.comparePython);
  out.say(more.compareWait, { jobs: JOBS, workers });
}

/**
 * Did CPU jobs run in parallel on every pool tried? Speed-up = JOBS × one job alone / the batch.
 * It can exceed 1 only with at least 2 cores and 2 workers; it holds at 1.25 or more on each pool.
 */
function parallel(
  ctx: LessonContext,
  timings: readonly Timing[],
  { cpus, workers, busy }: { cpus: number; workers: number; busy: Busy },
): void {
  const speedup = (t: Timing) => (JOBS * t.alone) / t.cpu;
  const weakest = timings.reduce((a, b) => (speedup(b) < speedup(a) ? b : a));
  const least = speedup(weakest);
  const possible = Math.min(cpus, workers, JOBS) >= 2;
  const values: Record<string, number> = { cpus, workers, jobs: JOBS };
  for (const t of timings) {
    values[`${t.kind}Speedup`] = Math.round(speedup(t) * 100) / 100;
    values[`${t.kind}AloneMs`] = Math.round(t.alone);
    values[`${t.kind}Ms`] = Math.round(t.cpu);
  }
  verdict(
    ctx.out,
    {
      name: 'threads-vs-processes',
      holds: possible && least >= 1.25,
      values,
      busy: possible ? busy : undefined,
    },
    { holds: more.parallelHolds, fails: possible ? more.parallelFails : more.parallelImpossible },
    { least: least.toFixed(1), kind: kindName(weakest.kind) },
  );
}
