/**
 * One run of the material's program on a real Pool, shared by the pool lesson's parts: it submits
 * the tasks with applyAsync (or apply, one at a time), records when each task was submitted,
 * started and ended and on which worker, and emits the lesson's events as it goes. What the
 * program prints (workers' "in the process", the main process's "end" and callback lines) is
 * captured, never written to stdout directly, so --json output stays pure.
 */
import { pathToFileURL } from 'node:url';
import { Pool } from '../../pool/index.js';
import { demo } from '../../runtime/demo.js';
import type { LessonContext } from '../types.js';
import { text } from './text.js';

export type Mode = 'async' | 'sync';

export interface TaskRecord {
  task: number;
  /** ms since the run began */
  submitted: number;
  start?: number;
  end?: number;
  pid?: number;
  value?: unknown;
  error?: Error;
}

export interface RunSpec {
  mode: Mode;
  workers: number;
  tasks: number;
  taskMs: number;
  /** Tasks that kill their own worker instead of running foo. */
  die?: readonly number[];
  /** Show the program's own output lines as they happen. */
  echo?: boolean;
  /** Stop the pool with terminate() as soon as this many tasks have finished. */
  terminateAfter?: number;
  /** The pool started, a task started or ended, a worker was replaced (a live picture redraws). */
  onChange?: (run: PoolRun) => void;
  /**
   * Awaited once the workers exist, before the first task: the clock (run.now()) starts after it,
   * so a pause for the learner there is not counted in the program's times.
   */
  ready?: (run: PoolRun) => Promise<void>;
}

export interface Line {
  at: number;
  pid: number;
  line: string;
}

export class PoolRun {
  private t0 = performance.now();
  readonly records: TaskRecord[] = [];
  readonly lines: Line[] = [];
  readonly replaced: { old: number; new: number }[] = [];
  /** Every worker that ended, and how (a signal name, or null and its exit code). */
  readonly exits: { pid: number; code: number | null; signal: string | null }[] = [];
  readonly callbacks: { task: number; at: number; pid: number; value: unknown }[] = [];
  /** Worker PIDs when the pool started. */
  workerPids: number[] = [];
  /** When the main process printed "end". */
  endAt = 0;
  ms = 0;
  maxRunning = 0;
  running = 0;

  constructor(readonly spec: RunSpec) {}

  now(): number {
    return performance.now() - this.t0;
  }

  restartClock(): void {
    this.t0 = performance.now();
  }

  get expectedMs(): number {
    const { mode, tasks, workers, taskMs } = this.spec;
    return mode === 'sync' ? tasks * taskMs : Math.ceil(tasks / workers) * taskMs;
  }

  /** Distinct PIDs that ran a task. */
  get taskPids(): number[] {
    return [...new Set(this.records.flatMap((r) => (r.pid === undefined ? [] : [r.pid])))];
  }

  get finished(): TaskRecord[] {
    return this.records.filter((r) => r.error === undefined && r.value !== undefined);
  }
}

/** The file: URL of the lesson's task module (`foo`, `suicide`, `tiny`, `noop`). */
export const taskModule = () => pathToFileURL(demo('pool-tasks').path);

export async function runPool(ctx: LessonContext, spec: RunSpec): Promise<PoolRun> {
  const { out } = ctx;
  const run = new PoolRun(spec);
  const main = process.pid;
  const byId = new Map<number, TaskRecord>();
  let current: TaskRecord | undefined;
  let reachedStop: (() => void) | undefined;

  const print = (pid: number, line: string, shown = line) => {
    run.lines.push({ at: run.now(), pid, line });
    out.event('output', { pid, ppid: pid === main ? process.ppid : main, line });
    if (spec.echo) {
      const who = pid === main ? out.c.bold(String(pid)) : String(pid);
      out.lines([`    ${who} │ ${pid === main ? out.c.cyan(shown) : shown}`]);
    }
  };
  const ended = (r: TaskRecord) => {
    if (r.start !== undefined && r.end === undefined) {
      r.end = run.now();
      run.running--;
    }
    spec.onChange?.(run);
  };
  const finish = (r: TaskRecord, value: unknown) => {
    r.value = value;
    ended(r);
    const ms = Math.round((r.end ?? run.now()) - (r.start ?? r.submitted));
    out.event('task-end', { task: r.task, pid: r.pid, ppid: main, result: value, ms });
    if (spec.terminateAfter !== undefined && run.finished.length >= spec.terminateAfter) {
      reachedStop?.();
    }
  };
  const fail = (r: TaskRecord, error: Error) => {
    r.error = error;
    r.pid ??= (error as { pid?: number }).pid;
    ended(r);
    // The same fields as a successful end (pid, ms), so a reader need not special-case failures.
    out.event('task-end', {
      task: r.task,
      pid: r.pid ?? null,
      ppid: main,
      ms: Math.round((r.end ?? run.now()) - (r.start ?? r.submitted)),
      result: null,
      error: error.name,
      message: error.message,
    });
  };

  const pool = new Pool({
    processes: spec.workers,
    module: taskModule(),
    onOutput: (line, w) => print(w.pid, line),
    observer: {
      taskStart: (id, w) => {
        const r = byId.get(id) ?? current;
        if (!r) return;
        r.start = run.now();
        r.pid = w.pid;
        run.maxRunning = Math.max(run.maxRunning, ++run.running);
        out.event('task-start', { task: r.task, pid: w.pid, ppid: main });
        spec.onChange?.(run);
      },
      taskEnd: (id) => {
        const r = byId.get(id) ?? current;
        if (r) ended(r);
      },
      workerExit: (w, e) => {
        run.exits.push({ pid: w.pid, code: e.code, signal: e.signal });
        out.event('worker-exit', { pid: w.pid, ppid: main, code: e.code, signal: e.signal });
      },
      workerReplace: (old, next) => {
        run.replaced.push({ old: old.pid, new: next.pid });
        out.event('worker-replace', { old: old.pid, new: next.pid, ppid: main });
        spec.onChange?.(run);
      },
    },
  });
  run.workerPids = pool.pids;
  out.event('pool-start', {
    workers: spec.workers,
    pids: run.workerPids,
    mode: spec.mode,
    pid: main,
    ppid: process.ppid,
  });
  spec.onChange?.(run);
  if (spec.ready) {
    await spec.ready(run);
    run.restartClock();
  }
  if (spec.echo) print(main, `main pid: ${main}`, out.text(text.mainPid, { pid: main }));

  const submit = (i: number) => {
    const r: TaskRecord = { task: i, submitted: run.now() };
    run.records.push(r);
    out.event('task-submit', { task: i, mode: spec.mode });
    const dies = spec.die?.includes(i) === true;
    return { r, fn: dies ? 'suicide' : 'foo', args: dies ? [] : [i, spec.taskMs] };
  };

  if (spec.mode === 'async') {
    for (let i = 0; i < spec.tasks; i++) {
      const { r, fn, args } = submit(i);
      const result = pool.applyAsync(fn, args, {
        callback: (value) => {
          finish(r, value);
          // The callback runs here, in the main process: it prints the main PID.
          run.callbacks.push({ task: i, at: run.now(), pid: process.pid, value });
          out.event('callback', {
            section: out.section,
            task: i,
            pid: process.pid,
            ppid: process.ppid,
            value,
          });
          print(main, `-->exec done: ${value} ${process.pid}`);
        },
        errorCallback: (error) => fail(r, error),
      });
      byId.set(result.id, r);
    }
  } else {
    for (let i = 0; i < spec.tasks; i++) {
      const { r, fn, args } = submit(i);
      current = r;
      try {
        finish(r, await pool.apply(fn, args));
      } catch (error) {
        fail(r, error as Error);
      }
    }
  }
  run.endAt = run.now();
  print(main, 'end');
  pool.close();
  // join() holds the program open while we wait (a pool nobody waits on would be torn down).
  const joined = pool.join();
  if (spec.terminateAfter !== undefined) {
    if (run.finished.length < spec.terminateAfter) {
      await new Promise<void>((resolve) => {
        reachedStop = resolve;
      });
    }
    await pool.terminate();
  }
  await joined;
  run.ms = run.now();
  out.event('pool-end', {
    ms: Math.round(run.ms),
    expectedMs: run.expectedMs,
    mode: spec.mode,
    pid: main,
  });
  return run;
}
