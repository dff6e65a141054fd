/**
 * `proc-lab zombie --watch`: a live view for a projector. proc-lab's own process tree is redrawn
 * in place every `--interval` ms (and at once when a state changes) while a zombie's life runs in
 * rounds: started → running → zombie → reaped → gone. q or Ctrl-C quits (cleaning up), space
 * pauses the round. Without a terminal it prints one snapshot per stage for a single round.
 *
 * Cheap by design (target ≤ 2 % of a core at 1 Hz, see bench/zombie-watch.bench.ts): one table
 * snapshot per refresh, none while one is still being taken.
 */
import { type Bi, fmt, pick, type Vars } from '../../i18n/index.js';
import { isZombie, quickSnapshot } from '../../proctable/index.js';
import { ms } from '../../ui/format.js';
import { listenKeys, PausableClock } from '../../ui/keys.js';
import { wrap } from '../../ui/layout.js';
import { LiveRegion } from '../../ui/live.js';
import type { LessonContext } from '../types.js';
import { ZombieCycle } from './cycle.js';
import { ourTree, tableLines } from './table.js';
import { type Stage, stages, text } from './watch.text.js';

const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';

class View {
  stage: Bi | undefined;
  round = 1;
  /** Set at the end (and on Ctrl-C): no more frames, so no more process-table queries. */
  stopped = false;
  private current: Promise<void> | undefined;
  private again = false;
  private readonly region: LiveRegion;

  constructor(
    private readonly ctx: LessonContext,
    private readonly clock: PausableClock,
  ) {
    this.region = new LiveRegion(ctx.out);
  }

  /** Redraw now; a redraw already under way is followed by one more. One snapshot at a time. */
  draw(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.current) {
      this.again = true;
      return this.current;
    }
    this.current = (async () => {
      try {
        do {
          this.again = false;
          const frame = await this.frame();
          if (!this.stopped) this.region.update(frame);
        } while (this.again && !this.stopped);
      } finally {
        this.current = undefined;
      }
    })();
    return this.current;
  }

  /** Draw the last picture, then stop. */
  async finish(): Promise<void> {
    await this.current;
    this.stage = undefined;
    await this.draw();
    this.stopped = true;
  }

  /** Non-interactive: print the current picture once, as a snapshot. */
  async print(): Promise<void> {
    this.ctx.out.lines([...(await this.frame()), '']);
  }

  private async frame(): Promise<string[]> {
    const { out, options } = this.ctx;
    // One column short of the edge, so no line makes the terminal wrap and the redraw stays aligned.
    const width = out.room;
    // One line per language (not "中文 / English" on one line), each wrapped to the width.
    const each = (bi: Bi, vars?: Vars) =>
      pick(vars ? fmt(bi, vars) : bi, out.lang).flatMap((l) => wrap(l, width));
    const title = out.interactive ? text.title : text.titleSnapshot;
    const status = fmt(this.clock.paused ? text.roundPaused : text.round, { n: this.round });
    const head = fmt(title, {
      pid: process.pid,
      interval: ms(options.interval as number),
      status,
    });
    // /proc directly (no `ps` per refresh) where there is one: this is what keeps the view cheap.
    const rows = await quickSnapshot();
    const tree = await ourTree(this.ctx, rows);
    const lines = [
      ...each(head).map((l) => out.c.bold(l)),
      ...(this.stage ? each(this.stage).map((l) => out.c.cyan(l)) : []),
      ...tableLines(out, tree, width),
    ];
    if (options.all) {
      const ours = new Set(tree.map((r) => r.pid));
      const others = rows.filter((r) => isZombie(r) && !ours.has(r.pid));
      lines.push('', ...each(others.length ? text.others : text.noOthers));
      if (others.length) lines.push(...tableLines(out, others, width));
    }
    lines.push('', ...each(text.legend).map((l) => out.c.dim(l)));
    if (out.interactive) lines.push(...each(text.keys).map((l) => out.c.dim(l)));
    return lines;
  }
}

export async function watch(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const live = out.interactive;
  const clock = new PausableClock();
  const view = new View(ctx, clock);
  const keys = live
    ? listenKeys((k) => {
        if (k === 'q' || k === 'Q' || k === '\u001b') clock.quit();
        else if (k === ' ') {
          clock.toggle();
          void view.draw();
        }
      })
    : undefined;
  let timer: NodeJS.Timeout | undefined;
  const restore = () => {
    clearInterval(timer);
    view.stopped = true;
    keys?.close();
    if (live) out.write(SHOW_CURSOR);
  };
  const undo = ctx.children.onCleanup(restore);
  if (live) {
    out.write(HIDE_CURSOR);
    // The refresh follows the pace (--fast refreshes ten times as often), never below 0.1 s.
    timer = setInterval(
      () => void view.draw(),
      Math.max(100, ctx.scale(ctx.options.interval as number)),
    );
  } else out.say(text.notTty);

  const show = async (stage: Stage, vars: Record<string, number>) => {
    view.stage = fmt(stages[stage], vars);
    if (live) await view.draw();
    else if (!out.json) await view.print();
  };
  try {
    do {
      await round(ctx, clock, show, live ? () => void view.draw() : undefined, live);
      view.round++;
    } while (live && !clock.quitting);
    // The last picture stays on screen: proc-lab alone again, nothing left behind.
    if (live) {
      clearInterval(timer);
      await view.finish();
    }
  } finally {
    clearInterval(timer);
    restore();
    undo();
  }
}

/** The least time a stage of the live view stays on screen. */
const READABLE_MS = 2000;

/** One zombie's life. Returns early (after reaping) when the user quits. */
async function round(
  ctx: LessonContext,
  clock: PausableClock,
  show: (stage: Stage, vars: Record<string, number>) => Promise<void>,
  redraw: (() => void) | undefined,
  live: boolean,
): Promise<void> {
  // On screen every stage stays long enough to read, however fast the pace (--fast would show
  // "started", "running" and "reaped" for a few tenths of a second); printed snapshots need not.
  const readable = (ms: number) => (live ? Math.max(ctx.scale(ms), READABLE_MS) : ctx.scale(ms));
  const cycle = new ZombieCycle(ctx, {
    lifeMs: readable(1000) + readable(2000),
    pollMs: 100,
    ...(redraw ? { onState: redraw } : {}),
  });
  try {
    await cycle.start();
    const ids = () => ({ parent: cycle.parentPid, child: cycle.childPid });
    await show('started', ids());
    if (live) await clock.sleep(readable(1000));
    if (clock.quitting) return;
    await cycle.watch.until(cycle.childPid, (s) => s.state !== '');
    if (cycle.watch.seen(cycle.childPid)?.state !== 'Z') await show('running', ids());
    await cycle.zombie();
    await show('zombie', ids());
    await clock.sleep(readable((ctx.options.hold as number) * 1000));
    if (clock.quitting) return;
    await cycle.reap();
    await show('reaped', ids());
    await clock.sleep(readable(2000));
    if (clock.quitting) return;
    await cycle.end();
    await show('gone', ids());
    await clock.sleep(readable(2000));
  } finally {
    // Quitting mid-round (or an error): closing stdin makes the parent reap, then exit.
    if (cycle.parentPid) await cycle.end();
  }
}
