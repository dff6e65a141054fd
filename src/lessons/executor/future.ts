/**
 * Part `future`: each Future of a few waiting tasks goes pending → running → finished, live,
 * while the main process keeps going and, waiting, uses next to no CPU (the material's error 7).
 */
import type { Ran } from '../../demos/executor-tasks.js';
import { list } from '../../i18n/index.js';
import { ms } from '../../ui/format.js';
import { LiveRegion } from '../../ui/live.js';
import type { LessonContext } from '../types.js';
import { type Kind, kindName, kinds, stateName, Tracker, unitName, workerCount } from './kit.js';
import { text } from './text.js';

export async function future(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  out.say(text.futureIntro);
  for (const kind of kinds(ctx)) await futureLife(ctx, kind);
  out.say(text.futureExplain);
  out.say(text.futureCpython);
  out.correction(text.correction7);
  out.say(text.cpythonApi);
}

/** Submit a few waiting tasks and watch each Future go pending → running → finished. */
async function futureLife(ctx: LessonContext, kind: Kind): Promise<void> {
  const { out } = ctx;
  const workers = workerCount(ctx);
  const durations = [1000, 1500, 2000, 1000, 1500, 2000, 1000, 1500].slice(
    0,
    Math.min(workers + 1, 8),
  );
  out.say(text.futureRun, {
    kind: kindName(kind),
    workers,
    unit: unitName(kind),
    n: durations.length,
    pid: process.pid,
  });
  const tracker = new Tracker(ctx);
  const ex = tracker.executor(kind);
  const t0 = performance.now();
  // The main process's own CPU time while it waits (threads' too, for a thread pool: they wait).
  const cpu0 = process.cpuUsage();
  const fs = durations.map((d, i) => tracker.submit<Ran>(ex, 'waitJob', `#${i + 1}`, ctx.scale(d)));
  const submitMs = performance.now() - t0;
  const states = list(fs.map((f) => stateName(f.state)));
  out.fact(text.futureSubmitted, { n: fs.length, ms: ms(submitMs), states });

  // Meanwhile the main program keeps going: a timer that ticks while the futures are out.
  let beats = 0;
  const live = new LiveRegion(out);
  const table = () => [
    ...out.tableLines(
      [
        text.colFuture,
        text.colTask,
        text.colState,
        text.colRunning,
        text.colFinished,
        text.colWorker,
      ],
      fs.map((f) => {
        const t = tracker.get(f)!;
        const at = (x?: number) => (x === undefined ? '' : ms(x));
        const w = f.worker
          ? kind === 'process'
            ? `PID ${f.worker.pid}`
            : `tid ${f.worker.tid}`
          : '';
        return [
          t.label,
          `waitJob(${ms(ctx.scale(durations[fs.indexOf(f)]!))})`,
          out.cell(stateName(f.state)),
          at(t.started),
          at(t.ended),
          w,
        ];
      }),
      { width: out.room },
    ),
    ...out.wrapped(out.text(text.mainLine, { pid: process.pid, beats }), '', ''),
  ];
  tracker.onChange = () => live.update(table());
  const timer = setInterval(() => {
    beats++;
    live.update(table());
  }, ctx.scale(100));
  const results = await Promise.all(fs.map((f) => f.result()));
  clearInterval(timer);
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1000;
  live.done(table());
  out.event('measure', {
    name: `wait-cpu-${kind}`,
    pid: process.pid,
    ms: Math.round(wall),
    cpuMs: Math.round(cpu),
  });
  out.fact(text.futureMeanwhile, { ms: ms(wall), beats });
  // "Gives the CPU up" is said only when this run's figure shows it.
  const share = cpu / wall;
  out.fact(share < 0.25 ? text.futureCpuLow : text.futureCpuHigh, {
    cpu: ms(cpu),
    share: `${(100 * share).toFixed(1)}%`,
  });
  if (kind === 'process') {
    const pids = [...new Set(results.map((r) => r.pid))];
    out.fact(text.futurePidsProcess, { pids: pids.join(', '), main: process.pid });
  } else {
    const tids = [...new Set(results.map((r) => r.tid))];
    out.fact(text.futurePidsThread, { main: process.pid, tids: tids.join(', ') });
  }
  await ex.shutdown();
}
