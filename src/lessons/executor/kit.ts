/**
 * What every part of the `executor` lesson shares: executors built on the lesson's task module
 * whose futures report each state change (as `submit` and `future-state` events, and into the
 * tables and timelines), and small helpers for the options.
 */
import { pathToFileURL } from 'node:url';
import {
  type Executor,
  type Future,
  type FutureState,
  ProcessPoolExecutor,
  ThreadPoolExecutor,
} from '../../executor/index.js';
import type { Bi } from '../../i18n/index.js';
import { demo } from '../../runtime/demo.js';
import type { Block, TimelineRow } from '../../ui/timeline.js';
import type { LessonContext } from '../types.js';
import { text } from './text.js';

export type Kind = 'process' | 'thread';

/** The executors --kind asks for, process first (the material's). */
export function kinds(ctx: LessonContext): Kind[] {
  const kind = ctx.options.kind as string;
  return kind === 'both' ? ['process', 'thread'] : [kind as Kind];
}

export const workerCount = (ctx: LessonContext) => ctx.options.workers as number;

export const kindName = (kind: Kind): Bi =>
  kind === 'process' ? text.processPool : text.threadPool;

export const stateName = (state: FutureState): Bi => text[state];

/** 工作进程 / worker processes, or 工作线程 / worker threads: one term per thing. */
export const unitName = (kind: Kind): Bi =>
  kind === 'process' ? text.workerProcesses : text.workerThreads;

/** The same, for one of them. */
export const oneName = (kind: Kind): Bi =>
  kind === 'process' ? text.aWorkerProcess : text.aWorkerThread;

/** Whether a process exists (signal 0 checks without sending anything). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface Tracked {
  future: Future;
  kind: Kind;
  fn: string;
  label: string;
  /** ms since the tracker started */
  submitted: number;
  started?: number;
  ended?: number;
}

/** Follows every future of the executors it makes: events, times, and a timeline. */
export class Tracker {
  private readonly t0 = performance.now();
  readonly all: Tracked[] = [];
  /** Labels for the next futures to be created, in submission order. */
  private readonly next: { fn: string; label: string }[] = [];
  /** Called after every state change (to redraw a live view). */
  onChange: () => void = () => {};

  constructor(private readonly ctx: LessonContext) {}

  now(): number {
    return performance.now() - this.t0;
  }

  executor(kind: Kind, maxWorkers = workerCount(this.ctx)): Executor {
    const options = {
      maxWorkers,
      module: pathToFileURL(demo('executor-tasks').path),
      onStateChange: (f: Future, state: FutureState) => this.observe(kind, f, state),
      // The tasks print nothing; if one did, keep it off stdout so --json stays pure.
      onOutput: (line: string) => this.ctx.out.lines([`    ${line}`]),
    };
    return kind === 'process' ? new ProcessPoolExecutor(options) : new ThreadPoolExecutor(options);
  }

  submit<T>(ex: Executor, fn: string, label: string, ...args: unknown[]): Future<T> {
    this.next.push({ fn, label });
    return ex.submit<T>(fn, ...args) as Future<T>;
  }

  map<T>(ex: Executor, fn: string, items: unknown[], labels: string[]): AsyncGenerator<T> {
    this.next.push(...labels.map((label) => ({ fn, label })));
    return ex.map<T>(fn, items) as AsyncGenerator<T>;
  }

  get(f: Future): Tracked | undefined {
    return this.all.find((t) => t.future === f);
  }

  /** One timeline row per future: when it ran, labelled with its worker's PID. */
  rows(futures: readonly Future[], origin = 0): TimelineRow[] {
    return futures.map((f) => {
      const t = this.get(f)!;
      const blocks: Block[] = [];
      if (t.started !== undefined) {
        const end = t.ended === undefined ? undefined : t.ended - origin;
        blocks.push({ start: t.started - origin, end, label: String(f.worker?.pid ?? '') });
      }
      return { label: t.label, blocks };
    });
  }

  private observe(kind: Kind, f: Future, state: FutureState): void {
    const { out } = this.ctx;
    if (state === 'pending') {
      const { fn, label } = this.next.shift() ?? { fn: '?', label: `#${f.id}` };
      this.all.push({ future: f, kind, fn, label, submitted: this.now() });
      out.event('submit', { id: f.id, fn, kind });
    }
    const t = this.get(f);
    if (t && state === 'running') t.started = this.now();
    if (t && (state === 'finished' || state === 'cancelled')) t.ended = this.now();
    out.event('future-state', { id: f.id, state, pid: f.worker?.pid ?? null });
    this.onChange();
  }
}

/**
 * Run short jobs until every worker has answered once, so timings that follow do not include
 * starting the workers. Returns how long that took (ms). The jobs last 30 ms on purpose: much
 * shorter ones would let a worker prefetch several queued jobs at once (see WorkerSet).
 */
export async function warmUp(tracker: Tracker, ex: Executor, n: number): Promise<number> {
  const t0 = performance.now();
  const seen = new Set<string>();
  for (let round = 0; seen.size < n && round < 50; round++) {
    const futures = Array.from({ length: n }, () =>
      tracker.submit<{ pid: number; tid: number }>(ex, 'waitJob', 'warm-up', 30),
    );
    for (const r of await Promise.all(futures.map((f) => f.result())))
      seen.add(`${r.pid}/${r.tid}`);
  }
  return performance.now() - t0;
}
