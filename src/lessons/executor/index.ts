/**
 * Lesson `executor` (material §1.5.2): executors and futures on real processes and threads.
 * Parts 1 and 2 live here (Future's life, the material's page fetch); parts 3 to 5 in
 * executor-compare.ts, executor-collect.ts and executor-shutdown.ts.
 */

import type { Fetched, Ran } from '../../demos/executor-tasks.js';
import type { Future } from '../../executor/index.js';
import { list } from '../../i18n/index.js';
import { waitMessage } from '../../runtime/messages.js';
import { ms, renderTable } from '../../ui/format.js';
import { LiveRegion } from '../../ui/live.js';
import { showWatchHint } from '../../ui/watch-hint.js';
import type { LessonContext, LessonModule } from '../types.js';
import { collect } from './collect.js';
import { compare } from './compare.js';
import { fetchReal, fetchStatus } from './fetch-real.js';
import {
  alive,
  type Kind,
  kindName,
  kinds,
  stateName,
  Tracker,
  warmUp,
  workerCount,
} from './kit.js';
import { shutdown } from './shutdown.js';
import { text } from './text.js';

async function future(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  out.say(text.futureIntro);
  for (const kind of kinds(ctx)) await futureLife(ctx, kind);
  out.say(text.futureExplain);
}

/** Submit a few waiting tasks and watch each Future go pending → running → finished. */
async function futureLife(ctx: LessonContext, kind: Kind): Promise<void> {
  const { out } = ctx;
  const workers = workerCount(ctx);
  const durations = [1000, 1500, 2000, 1000, 1500, 2000, 1000, 1500].slice(
    0,
    Math.min(workers + 1, 8),
  );
  out.say(text.futureRun, { kind: kindName(kind), workers, n: durations.length, pid: process.pid });
  const tracker = new Tracker(ctx);
  const ex = tracker.executor(kind);
  const t0 = performance.now();
  const fs = durations.map((d, i) => tracker.submit<Ran>(ex, 'waitJob', `#${i + 1}`, ctx.scale(d)));
  const submitMs = performance.now() - t0;
  const states = list(fs.map((f) => stateName(f.state)));
  out.fact(text.futureSubmitted, { n: fs.length, ms: ms(submitMs), states });

  // Meanwhile the main program keeps going: a timer that ticks while the futures are out.
  let beats = 0;
  const live = new LiveRegion(out);
  const table = () => [
    ...renderTable(
      [
        text.colFuture,
        text.colTask,
        text.colState,
        text.colRunning,
        text.colFinished,
        text.colWorker,
      ].map((h) => out.text(h)),
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
          out.text(stateName(f.state)),
          at(t.started),
          at(t.ended),
          w,
        ];
      }),
    ),
    out.text(text.mainLine, { pid: process.pid, beats }),
  ];
  tracker.onChange = () => live.update(table());
  const timer = setInterval(() => {
    beats++;
    live.update(table());
  }, ctx.scale(100));
  const results = await Promise.all(fs.map((f) => f.result()));
  clearInterval(timer);
  live.done(table());
  out.fact(text.futureMeanwhile, { ms: ms(performance.now() - t0), beats });
  if (kind === 'process') {
    const pids = [...new Set(results.map((r) => r.pid))];
    out.fact(text.futurePidsProcess, { pids: pids.join(', '), main: process.pid });
  } else {
    const tids = [...new Set(results.map((r) => r.tid))];
    out.fact(text.futurePidsThread, { main: process.pid, tids: tids.join(', ') });
  }
  await ex.shutdown();
}

interface Page {
  path: string;
  future: Future<Fetched>;
}

/** The material's program: three pages, one of which hangs, then shutdown(wait=True). */
async function fetch(ctx: LessonContext): Promise<void> {
  const urls = ctx.options.url as string[] | undefined;
  if (urls) return fetchReal(ctx, urls);
  const { out } = ctx;
  const slow = ctx.scale(1500);
  const timeout = ctx.scale(5000);
  out.say(text.fetchIntro, { slow: ms(slow), timeout: ms(timeout) });
  const server = ctx.demo('executor-server', [String(slow)]);
  const up = await waitMessage<{ base: string; pid: number }>(server, 'listening');
  out.fact(text.serverUp, up);

  const kind: Kind = kinds(ctx).includes('process') ? 'process' : 'thread';
  const workers = workerCount(ctx);
  const tracker = new Tracker(ctx);
  const ex = tracker.executor(kind);
  // Workers first, so each page goes straight to an idle worker and the times are the pages' own.
  await warmUp(tracker, ex, workers);
  out.say(text.fetchSubmitted, { kind: kindName(kind), workers });
  const t0 = performance.now();
  const arrived = new Map<string, number>();
  const pages: Page[] = ['/fast', '/hang', '/slow'].map((path) => ({
    path,
    future: tracker.submit<Fetched>(ex, 'fetchPage', path, `${up.base}${path}`, timeout),
  }));
  const pids = ex.workers.map((w) => w.pid);
  if (kind === 'process') showWatchHint(out, [up.pid, ...pids]);
  for (const { path, future } of pages) {
    // The material's fetch_request printed the page; here a done-callback reports it on arrival.
    future.addDoneCallback(
      (f) =>
        void f.result().then(
          (r) => {
            const at = performance.now() - t0;
            arrived.set(path, at);
            out.event('fetch', { url: r.url, status: r.status, ms: r.ms, pid: r.pid });
            out.fact(text.fetchArrived, {
              url: path,
              status: fetchStatus(r),
              ms: ms(r.ms),
              pid: r.pid,
              at: ms(at),
            });
          },
          () => {},
        ),
    );
  }
  const tShutdown = performance.now();
  await ex.shutdown({ wait: true });
  const shutMs = performance.now() - tShutdown;
  await Promise.all(pages.map((p) => p.future.result()));
  out.event('shutdown', {
    wait: true,
    cancelFutures: false,
    cancelled: [],
    ms: Math.round(shutMs),
  });

  const hang = pages.find((p) => p.path === '/hang')!;
  const hangAt = arrived.get('/hang')!;
  const othersAt = Math.max(...pages.filter((p) => p !== hang).map((p) => arrived.get(p.path)!));
  if (othersAt < hangAt) {
    out.fact(text.fetchHeld, { pid: hang.future.worker!.pid, before: ms(hangAt - othersAt) });
  } else {
    out.say(text.fetchQueued, { workers });
  }
  out.fact(text.fetchShutdown, { ms: ms(shutMs) });
  if (kind === 'process') {
    const left = pids.filter(alive);
    out.fact(left.length ? text.workersLeft : text.workersGone, {
      pids: (left.length ? left : pids).join(', '),
    });
  }
  out.correction(text.correction5);
  if (kind === 'process') out.fact(text.evidence5, { pids: pids.join(', '), main: process.pid });
  else out.say(text.evidence5Thread, { main: process.pid });
  out.correction(text.correction6);
  server.kill('SIGTERM');
  await ctx.children.waitFor(server);
}

const lesson: LessonModule = { sections: { future, fetch, compare, collect, shutdown } };
export default lesson;
