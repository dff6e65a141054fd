/**
 * Part 4 of `executor`: one set of tasks collected three ways. map yields in input order,
 * asCompleted in completion order (both drawn on a timeline under the workers' blocks), and wait
 * returns done / not-done sets when its condition holds or its timeout passes.
 */
import {
  asCompleted,
  type Executor,
  FIRST_COMPLETED,
  type Future,
  wait,
} from '../../executor/index.js';
import type { Bi } from '../../i18n/index.js';
import { ms } from '../../ui/format.js';
import { LiveRegion } from '../../ui/live.js';
import type { Block } from '../../ui/timeline.js';
import { renderTimeline } from '../../ui/timeline.js';
import type { LessonContext } from '../types.js';
import { kindName, kinds, Tracker, unitName, warmUp } from './kit.js';
import { more } from './more.text.js';

const DURATIONS = [1200, 400, 800, 200];

/**
 * Draw the tasks on a timeline while `consume` collects them; `take(item)` marks when the main
 * program got item #item (1-based). Returns the items in the order they were taken.
 */
async function onTimeline(
  ctx: LessonContext,
  tracker: Tracker,
  futures: readonly Future[],
  measure: string,
  consume: (take: (item: number) => void) => Promise<void>,
): Promise<{ order: number[]; first: number }> {
  const { out } = ctx;
  const origin = Math.min(...futures.map((f) => tracker.get(f)!.submitted));
  const taken: { item: number; at: number }[] = [];
  const yields = (): Block[] =>
    taken.map((t, i) => ({ start: i ? taken[i - 1]!.at : 0, end: t.at, label: `#${t.item}` }));
  const draw = () =>
    renderTimeline(
      [...tracker.rows(futures, origin), { label: out.text(more.rowYields), blocks: yields() }],
      { now: tracker.now() - origin, total: out.room },
    );
  const live = new LiveRegion(out);
  tracker.onChange = () => live.update(draw());
  const timer = setInterval(() => live.update(draw()), 100);
  try {
    await consume((item) => {
      const at = tracker.now() - origin;
      taken.push({ item, at });
      out.event('measure', { name: measure, item, ms: Math.round(at) });
      live.update(draw());
    });
  } finally {
    clearInterval(timer);
    tracker.onChange = () => {};
  }
  live.done(draw());
  return { order: taken.map((t) => t.item), first: taken[0]?.at ?? 0 };
}

const labels = (n: number) => Array.from({ length: n }, (_, i) => `#${i + 1}`);

async function viaMap(ctx: LessonContext, tracker: Tracker, ex: Executor, durations: number[]) {
  const results = tracker.map(ex, 'waitJob', durations, labels(durations.length));
  const futures = tracker.all.slice(-durations.length).map((t) => t.future);
  return onTimeline(ctx, tracker, futures, 'map-yield', async (take) => {
    let item = 0;
    for await (const _ of results) take(++item);
  });
}

async function viaAsCompleted(
  ctx: LessonContext,
  tracker: Tracker,
  ex: Executor,
  durations: number[],
) {
  const futures = durations.map((d, i) => tracker.submit(ex, 'waitJob', `#${i + 1}`, d));
  return onTimeline(ctx, tracker, futures, 'as-completed-yield', async (take) => {
    for await (const f of asCompleted(futures)) take(futures.indexOf(f) + 1);
  });
}

async function viaWait(ctx: LessonContext, tracker: Tracker, ex: Executor, durations: number[]) {
  const { out } = ctx;
  const futures = durations.map((d, i) => tracker.submit(ex, 'waitJob', `#${i + 1}`, d));
  const t0 = performance.now();
  const items = (set: Set<Future>) =>
    futures.flatMap((f, i) => (set.has(f) ? [i + 1] : [])).sort((a, b) => a - b);
  const show = (
    name: string,
    text: Bi,
    r: { done: Set<Future>; notDone: Set<Future> },
    vars = {},
  ) => {
    const at = performance.now() - t0;
    const done = items(r.done);
    const notDone = items(r.notDone);
    out.event('measure', { name, ms: Math.round(at), done, notDone });
    const list = (xs: number[]) => (xs.length ? xs.map((x) => `#${x}`).join(' ') : '-');
    out.fact(text, {
      ms: ms(at),
      done: list(done),
      notDone: list(notDone),
      n: futures.length,
      ...vars,
    });
  };
  show(
    'wait-first-completed',
    more.waitFirst,
    await wait(futures, { returnWhen: FIRST_COMPLETED }),
  );
  const timeout = ctx.scale(500);
  show('wait-timeout', more.waitTimeout, await wait(futures, { timeout }), {
    timeout: ms(timeout),
  });
  show('wait-all-completed', more.waitAll, await wait(futures));
}

export async function collect(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const kind = kinds(ctx)[0]!;
  const durations = DURATIONS.map((d) => ctx.scale(d));
  out.say(more.collectIntro, {
    n: durations.length,
    durations: durations.map((d, i) => `#${i + 1} ${ms(d)}`).join(', '),
    kind: kindName(kind),
    unit: unitName(kind),
  });
  const tracker = new Tracker(ctx);
  // One worker per task, started before timing, so the order of completion is the durations'.
  const ex = tracker.executor(kind, durations.length);
  await warmUp(tracker, ex, durations.length);

  out.say(more.mapIntro);
  const mapped = await viaMap(ctx, tracker, ex, durations);
  out.fact(more.mapFact, {
    order: mapped.order.map((i) => `#${i}`).join(' '),
    first: ms(mapped.first),
  });
  out.say(more.asCompletedIntro);
  const completed = await viaAsCompleted(ctx, tracker, ex, durations);
  out.fact(more.asCompletedFact, {
    order: completed.order.map((i) => `#${i}`).join(' '),
    first: ms(completed.first),
  });
  out.say(more.waitIntro);
  await viaWait(ctx, tracker, ex, durations);
  await ex.shutdown();
  out.say(more.collectExplain);
}
