/**
 * Part 3 of `executor`: the same CPU-bound job and the same waiting job on a thread pool and on a
 * process pool, timed side by side, next to one job alone and to the main event loop.
 */
import { availableParallelism } from 'node:os';
import { cpuJob, type Ran, waitJob } from '../../demos/executor-tasks.js';
import { fmt } from '../../i18n/index.js';
import { type Bar, ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { type Kind, kindName, kinds, Tracker, warmUp, workerCount } from './kit.js';
import { more } from './more.text.js';

const JOBS = 4;

interface Timing {
  kind: Kind;
  start: number;
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
  const batch = async (fn: string, arg: number) => {
    const t0 = performance.now();
    const futures = Array.from({ length: JOBS }, (_, i) =>
      tracker.submit<Ran>(ex, fn, `${fn} #${i + 1}`, arg),
    );
    const results = await Promise.all(futures.map((f) => f.result()));
    return { ms: performance.now() - t0, pids: results.map((r) => r.pid) };
  };
  const cpu = await batch('cpuJob', limit);
  const waited = await batch('waitJob', wait);
  await ex.shutdown();
  for (const [what, value] of [
    ['start', start],
    ['cpu', cpu.ms],
    ['wait', waited.ms],
  ] as const) {
    ctx.out.event('measure', { name: `${what}-${kind}`, ms: Math.round(value) });
  }
  return {
    kind,
    start,
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
  });
  // The yardstick blocks the main thread on purpose: this is what one job costs with no pool.
  const alone = cpuJob(limit).ms;
  out.event('measure', { name: 'cpu-alone', ms: Math.round(alone) });
  out.fact(more.cpuAlone, { ms: ms(alone) });

  // Threads first: the cheaper one to start, so neither gets a warmer machine than the other.
  const timings: Timing[] = [];
  for (const kind of [...kinds(ctx)].reverse())
    timings.push(await timeKind(ctx, kind, limit, wait));
  const t0 = performance.now();
  await Promise.all(Array.from({ length: JOBS }, () => waitJob(wait)));
  const loop = performance.now() - t0;
  out.event('measure', { name: 'wait-event-loop', ms: Math.round(loop) });

  const row = (t: Timing) => [
    out.text(t.kind === 'thread' ? more.rowThread : more.rowProcess),
    ms(t.start),
    ms(t.cpu),
    ms(t.wait),
    t.kind === 'thread'
      ? out.text(more.whereMain, { pid: process.pid })
      : out.text(more.wherePids, { pids: t.pids.join(', ') }),
  ];
  out.table(
    [more.colExecutor, more.colStart, more.colCpu, more.colWait, more.colWhere].map((h) =>
      fmt(h, { jobs: JOBS }),
    ),
    [
      ...timings.map(row),
      [out.text(more.rowLoop), '', '', ms(loop), out.text(more.whereMain, { pid: process.pid })],
    ],
  );
  const bars: Bar[] = [{ label: out.text(more.barAlone), value: alone, text: ms(alone) }];
  for (const t of timings) {
    const kind = t.kind === 'thread' ? more.rowThread : more.rowProcess;
    bars.push({
      label: out.text(more.barKind, { jobs: JOBS, kind }),
      value: t.cpu,
      text: ms(t.cpu),
    });
  }
  out.bars(bars);
  for (const t of timings) {
    out.fact(more.cpuVerdict, {
      jobs: JOBS,
      serial: ms(alone * JOBS),
      kind: kindName(t.kind),
      ms: ms(t.cpu),
      x: (t.cpu / alone).toFixed(1),
    });
  }
  out.say(more.compareNode, { cpus });
  out.say(more.comparePython);
  out.say(more.compareWait, { jobs: JOBS, workers });
}
