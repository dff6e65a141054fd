/**
 * Part `cluster` of the pool lesson: the whole class as one pool. The tasks go into a Redis
 * stream, worker programs (`proc-lab worker`, here on this machine, or in other terminals and on
 * students' laptops) take them through a consumer group, and this process, the producer, draws
 * one timeline row per worker `host:pid` with the broker's own counts beneath. With --kill-one a
 * local worker is SIGKILLed mid-task and the screen shows its task taken over once the lease runs
 * out, and counted once. Without --redis (or REDIS_URL) it says what it would show and how.
 */
import type { ChildProcess } from 'node:child_process';
import { Board } from '../../cluster/board.js';
import { Broker } from '../../cluster/broker.js';
import { checkQueueName, DEFAULT_QUEUE, GROUP } from '../../cluster/keys.js';
import { startLocalWorkers, stopLocalWorkers } from '../../cluster/local.js';
import { Producer, type ProducerReport, type RunSummary } from '../../cluster/producer.js';
import { type Bi, fmt, type Vars } from '../../i18n/index.js';
import { LessonFailure, UsageError } from '../../runtime/errors.js';
import { ms } from '../../ui/format.js';
import { LiveRegion } from '../../ui/live.js';
import type { LessonContext } from '../types.js';
import { text } from './cluster.text.js';

/** The material's 2 s task takes a 5 s lease: long enough to outlast a slow renewal. */
const LEASE_MS = 5000;
/** Even with --fast a lease stays this long: a busy machine must not look like a dead worker. */
const MIN_LEASE_MS = 1000;

/** --reset: ask first in a terminal; elsewhere (a script, CI) the flag itself is the answer. */
async function reset(ctx: LessonContext, broker: Broker): Promise<void> {
  const { out } = ctx;
  const vars = { queue: broker.keys.queue, url: broker.url };
  if (out.interactive && process.stdin.isTTY) {
    const { confirm } = await import('@inquirer/prompts');
    const yes = await confirm({ message: out.text(text.resetAsk, vars), default: false }).catch(
      // Ctrl-C at the prompt: end as any Ctrl-C does (cleanup, exit 130).
      () => process.kill(process.pid, 'SIGINT') && new Promise<boolean>(() => {}),
    );
    if (!yes) return void out.say(text.resetKept);
  }
  const n = await broker.reset();
  out.event('queue-reset', { queue: broker.keys.queue, keys: n });
  out.fact(text.reset, { ...vars, n });
  await broker.ensureGroup();
}

/** What the producer reports, as events, the board, and a line per notable moment. */
class Run {
  readonly board: Board;
  readonly notices: { text: Bi; vars: Vars }[] = [];
  private readonly t0 = performance.now();
  private readonly seen = new Set<string>();
  private lastView = '';
  private killTimer: NodeJS.Timeout | undefined;
  private killed = false;

  constructor(
    private readonly ctx: LessonContext,
    private readonly o: { tasks: number; taskMs: number; killOne: boolean },
    private readonly local: () => readonly ChildProcess[],
  ) {
    this.board = new Board(o.tasks);
  }

  now(): number {
    return performance.now() - this.t0;
  }

  /** A line now (no terminal to redraw), or collected for after the live picture (a terminal). */
  notice(t: Bi, vars: Vars): void {
    this.notices.push({ text: t, vars });
    if (!this.ctx.out.interactive) this.ctx.out.fact(t, vars);
  }

  handle = (r: ProducerReport): void => {
    const { out } = this.ctx;
    const t = this.now();
    this.board.apply(r, t);
    const s = ms(t);
    switch (r.type) {
      case 'join':
        if (this.seen.has(r.worker)) return;
        this.seen.add(r.worker);
        out.event('worker-join', {
          worker: r.worker,
          host: r.host,
          pid: r.pid,
          already: r.already,
        });
        this.notice(r.already ? text.already : text.joined, { worker: r.worker, s });
        return;
      case 'start':
        out.event('task-start', {
          task: r.task,
          worker: r.worker,
          host: r.host,
          pid: r.pid,
          slot: r.slot,
        });
        if (r.redelivery) {
          out.event('redelivered', {
            task: r.task,
            from: r.redelivery.from,
            to: r.worker,
            afterMs: r.redelivery.idleMs,
            deliveries: r.redelivery.deliveries,
          });
        } else this.maybeKill(r.task, r.worker, r.pid);
        return;
      case 'end':
        out.event(r.duplicate ? 'duplicate-result' : 'task-end', {
          task: r.task,
          worker: r.worker,
          host: r.host,
          pid: r.pid,
          result: r.result,
          ms: r.ms,
        });
        return;
      case 'lost':
        // A worker that died before this run began is tidied away quietly: it was not lost now.
        if (!this.seen.has(r.worker)) return;
        out.event('worker-lost', { worker: r.worker });
        this.notice(text.lost, { worker: r.worker, s });
        return;
      case 'leave':
        out.event('worker-leave', { worker: r.worker, requeued: r.requeued });
        this.notice(text.left, { worker: r.worker, n: r.requeued });
        return;
      case 'view': {
        const key = JSON.stringify(r.view);
        if (key !== this.lastView) out.event('broker-view', { ...r.view });
        this.lastView = key;
      }
    }
  };

  /**
   * --kill-one: halfway through the first task a local worker starts, SIGKILL it (no handler
   * runs, nothing is handed back: the broker only sees the entry's idle time grow). If that task
   * was already over by then, wait for the next one.
   */
  private maybeKill(task: number, worker: string, pid: number): void {
    if (!this.o.killOne || this.killed || this.killTimer) return;
    const child = this.local().find((c) => c.pid === pid);
    if (!child) return;
    this.killTimer = setTimeout(() => {
      this.killTimer = undefined;
      const story = this.board.stories.get(task);
      if (story?.end || child.exitCode !== null || child.signalCode !== null) return;
      this.killed = true;
      child.kill('SIGKILL');
      const t = this.now();
      this.board.kill(worker, task, t);
      this.ctx.out.event('kill', { worker, pid, task, signal: 'SIGKILL' });
      this.notice(text.killed, { worker, task, s: ms(t) });
    }, this.o.taskMs / 2);
  }

  stop(): void {
    clearTimeout(this.killTimer);
  }
}

/** After the run: each task that was taken over, told with its times; then the count. */
function tell(ctx: LessonContext, run: Run, summary: RunSummary, leaseMs: number): void {
  const { out } = ctx;
  const perWorker = new Map<string, number>();
  for (const { worker } of summary.results.values()) {
    perWorker.set(worker, (perWorker.get(worker) ?? 0) + 1);
  }
  out.table([text.colWorker, text.colTasks], [...perWorker]);
  for (const story of run.board.stories.values()) {
    if (story.starts.length < 2 || !story.end) continue;
    const from = story.starts.at(-2)!;
    const to = story.starts.at(-1)!;
    const vars = {
      task: story.task,
      from: from.worker,
      to: to.worker,
      idle: ms(to.idleMs ?? 0),
      lease: ms(leaseMs),
      taken: ms(to.t),
      end: ms(story.end.t),
    };
    if (story.killed === from.worker) {
      out.fact(text.storyKilled, { ...vars, killed: ms(story.killedAt!) });
    } else out.fact(text.story, vars);
  }
  out.fact(text.result, {
    m: summary.results.size,
    counted: summary.results.size,
    done: summary.view.done,
    ms: ms(run.now()),
  });
  if (summary.duplicates > 0) out.fact(text.duplicates, { n: summary.duplicates });
}

export async function cluster(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const url = (ctx.options.redis as string | undefined) || undefined;
  if (!url) {
    out.event('skip', { part: 'cluster', reason: 'no Redis URL (--redis or REDIS_URL)' });
    out.say(text.noRedis);
    out.say(text.howToRun);
    return;
  }
  const local = ctx.options.local as number;
  const killOne = ctx.options.killOne === true;
  if (killOne && local === 0) throw new UsageError(text.killNeedsLocal);
  const tasks = ctx.options.tasks as number;
  const taskMs = ctx.scale(ctx.options.taskMs as number);
  const leaseMs = Math.max(MIN_LEASE_MS, ctx.scale(LEASE_MS));
  const queue = checkQueueName((ctx.options.queue as string | undefined) ?? DEFAULT_QUEUE);

  const broker = await Broker.open(url, queue);
  const producer = new Producer(broker, {
    tasks,
    fn: 'foo',
    args: (i) => ({ i, ms: taskMs }),
    leaseMs,
  });
  let kids: ChildProcess[] = [];
  const run = new Run(ctx, { tasks, taskMs, killOne }, () => kids);
  const live = new LiveRegion(out);
  const draw = () => live.update(run.board.lines(out.lang, run.now()));
  let ticker: NodeJS.Timeout | undefined;
  // Ctrl-C: stop the local workers (they hand their tasks back), then end the run in the broker.
  let finished: Promise<void> | undefined;
  const finish = () => {
    finished ??= (async () => {
      clearInterval(ticker);
      run.stop();
      await stopLocalWorkers(ctx.children, kids);
      await producer.end().catch(() => {});
      broker.close();
    })();
    return finished;
  };
  const undo = ctx.children.onCleanup(finish);
  try {
    out.event('broker', { url: broker.url, version: broker.version, queue });
    out.say(text.intro, {
      version: broker.version,
      url: broker.url,
      stream: broker.keys.tasks,
      group: GROUP,
      renew: ms(leaseMs / 4),
      lease: ms(leaseMs),
    });
    if (ctx.options.reset === true) await reset(ctx, broker);
    const purged = await producer.submit();
    out.event('queue', { queue, run: producer.run, tasks, taskMs, leaseMs, purged });
    out.fact(text.submitted, {
      run: producer.run,
      m: tasks,
      t: ms(taskMs),
      purged: purged > 0 ? fmt(text.purged, { n: purged }) : '',
    });
    kids = startLocalWorkers(ctx.children, { url, queue, count: local });
    const vars = { url: broker.url, queue, n: local, pids: kids.map((k) => k.pid).join(', ') };
    out.fact(local > 0 ? text.local : text.noLocal, vars);
    for (const w of await producer.workers()) run.handle({ type: 'join', ...w, already: true });
    if (out.interactive) ticker = setInterval(draw, 100);
    const summary = await producer.follow(run.handle);
    clearInterval(ticker);
    live.done(run.board.lines(out.lang, run.now()));
    if (out.interactive) for (const n of run.notices) out.fact(n.text, n.vars);
    tell(ctx, run, summary, leaseMs);
    out.event('cluster-result', {
      tasks,
      counted: summary.results.size,
      duplicates: summary.duplicates,
      brokerDone: summary.view.done,
      ms: Math.round(run.now()),
    });
    out.say(text.explain);
  } catch (err) {
    // A command that failed while we were not closing: the broker went away mid-run.
    if (err instanceof LessonFailure || err instanceof UsageError || broker.isClosing) throw err;
    throw broker.failure(err);
  } finally {
    undo();
    await finish();
  }
}
