/**
 * Part `fetch`: the material's page fetch, offline: three pages, one hangs, then
 * shutdown(wait=True). What the run shows about queueing is chosen from its own times: a page
 * that started only after another had ended waited for a free worker (behind /hang, or not).
 */
import type { Fetched } from '../../demos/executor-tasks.js';
import type { Future } from '../../executor/index.js';
import type { Bi } from '../../i18n/index.js';
import { traceHint } from '../../material/hint.text.js';
import { waitMessage } from '../../runtime/messages.js';
import { ms } from '../../ui/format.js';
import { BEFORE_WORK, watchWhileAlive } from '../../ui/watch-hint.js';
import type { LessonContext } from '../types.js';
import { fetchReal, fetchStatus } from './fetch-real.js';
import {
  alive,
  type Kind,
  kindName,
  kinds,
  oneName,
  Tracker,
  unitName,
  warmUp,
  workerCount,
} from './kit.js';
import { text } from './text.js';

interface Page {
  path: string;
  future: Future<Fetched>;
}

/** The material's program: three pages, one of which hangs, then shutdown(wait=True). */
export async function fetch(ctx: LessonContext): Promise<void> {
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
  const unit = unitName(kind);
  const one = oneName(kind);
  // Workers first, so each page goes straight to an idle worker and the times are the pages' own.
  await warmUp(tracker, ex, workers);
  // The server and the workers are up and nothing runs yet: time for a second terminal, which
  // costs the pages' timings nothing.
  if (kind === 'process')
    await watchWhileAlive(ctx, [up.pid, ...ex.workers.map((w) => w.pid)], BEFORE_WORK);
  out.say(text.fetchSubmitted, { kind: kindName(kind), workers, unit });
  const t0 = performance.now();
  const arrived = new Map<string, number>();
  const pages: Page[] = ['/fast', '/hang', '/slow'].map((path) => ({
    path,
    future: tracker.submit<Fetched>(ex, 'fetchPage', path, `${up.base}${path}`, timeout),
  }));
  const pids = ex.workers.map((w) => w.pid);
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
    out.fact(text.fetchHeld, { pid: hang.future.worker!.pid, before: ms(hangAt - othersAt), one });
  }
  queueing(ctx, tracker, pages, { workers, unit, one });
  out.fact(text.fetchShutdown, { ms: ms(shutMs), unit });
  if (kind === 'process') {
    const left = pids.filter(alive);
    out.fact(left.length ? text.workersLeft : text.workersGone, {
      pids: (left.length ? left : pids).join(', '),
    });
  }
  const hangPid = hang.future.worker!.pid;
  const ran = tracker.all.filter((t) => t.future.worker?.pid === hangPid).length;
  if (kind === 'process') out.correction(text.correction9Worker, { pid: hangPid, k: ran });
  out.correction(text.correction9Timeout, { timeout: ms(timeout) });
  out.correction(text.correction5);
  if (kind === 'process') out.fact(text.evidence5, { pids: pids.join(', '), main: process.pid });
  else out.say(text.evidence5Thread, { main: process.pid });
  out.correction(text.correction6);
  out.say(traceHint.executor);
  server.kill('SIGTERM');
  await ctx.children.waitFor(server);
}

/**
 * Which pages had to wait for a free worker, from this run's own times: a page that started only
 * after another page had ended. Said only when there was one; "behind /hang" only when it started
 * after /hang ended.
 */
function queueing(
  ctx: LessonContext,
  tracker: Tracker,
  pages: readonly Page[],
  vars: { workers: number; unit: Bi; one: Bi },
): void {
  const times = pages.map((p) => ({ path: p.path, t: tracker.get(p.future)! }));
  const hang = times.find((p) => p.path === '/hang')!.t;
  const waited = times.filter(
    (p) =>
      p.t.started !== undefined &&
      times.some((q) => q !== p && q.t.ended !== undefined && q.t.ended <= p.t.started!),
  );
  if (waited.length === 0) return;
  const behind = waited.filter((p) => hang.ended !== undefined && hang.ended <= p.t.started!);
  const shown = behind.length > 0 ? behind : waited;
  const longest = Math.max(...shown.map((p) => p.t.started! - p.t.submitted));
  ctx.out.event('fetch-waited', {
    pages: shown.map((p) => p.path),
    behindHang: behind.length > 0,
    ms: Math.round(longest),
  });
  ctx.out.say(behind.length > 0 ? text.fetchBehindHang : text.fetchWaited, {
    ...vars,
    pages: shown.map((p) => p.path).join(' '),
    waited: ms(longest),
  });
}
