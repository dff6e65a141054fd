/**
 * What a worker may run: only these built-in functions, by name, with arguments checked against
 * each one's shape. A job is data read off the network, from anyone who can reach the broker: it
 * never becomes code or a command line. Anything else is rejected with a reason, in both
 * languages, and the worker goes on with the next job.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Bi } from '../i18n/index.js';

export interface Job {
  /** The stream entry's ID, e.g. 1733049600000-0. */
  id: string;
  /** The producer run the job belongs to. */
  run: string;
  /** The task's number in its run (what the producer counts). */
  task: number;
  fn: TaskName;
  args: TaskArgs;
}

export type TaskName = keyof typeof TASKS;
export type TaskArgs = { i: number; ms: number } | Record<string, never>;

/** The largest sleep a job may ask for: a job must not hold a worker for hours. */
export const MAX_TASK_MS = 60_000;

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;

const TASKS = {
  /** The material's task: sleep, then give back i + 100 (as src/demos/pool-tasks.ts does). */
  foo: {
    check: (a: Record<string, unknown>) =>
      isInt(a.i, 0, 1_000_000) && isInt(a.ms, 0, MAX_TASK_MS) && Object.keys(a).length === 2,
    shape: '{"i": 0..1000000, "ms": 0..60000}',
    run: async (a: TaskArgs, signal: AbortSignal) => {
      const { i, ms } = a as { i: number; ms: number };
      await sleep(ms, undefined, { signal });
      return i + 100;
    },
  },
  /** Nothing at all: what is left is the broker's own cost per task (the benchmark's task). */
  noop: {
    check: (a: Record<string, unknown>) => Object.keys(a).length === 0,
    shape: '{}',
    run: async () => null,
  },
} as const;

export const TASK_NAMES = Object.keys(TASKS) as TaskName[];

export function runTask(job: Job, signal: AbortSignal): Promise<number | null> {
  return TASKS[job.fn].run(job.args, signal);
}

/** A job that cannot be run, and why. */
export interface Rejection {
  id: string;
  reason: Bi;
}

/** Turn a stream entry's fields into a Job, or say exactly what is wrong with it. */
export function parseJob(id: string, fields: Record<string, string>): Job | Rejection {
  const reject = (zh: string, en: string): Rejection => ({ id, reason: { zh, en } });
  const { run, task, fn, args } = fields;
  if (!run || !/^[\w-]{1,40}$/.test(run)) return reject('缺少或无效的 run 字段', 'no valid run');
  if (!task || !/^\d{1,7}$/.test(task)) return reject('缺少或无效的 task 编号', 'no valid task');
  if (!fn || !Object.hasOwn(TASKS, fn)) {
    const allowed = TASK_NAMES.join(', ');
    return reject(
      `未知的任务函数 '${String(fn).slice(0, 20)}'，只允许 ${TASK_NAMES.join('、')}`,
      `unknown task function '${String(fn).slice(0, 20)}'; allowed: ${allowed}`,
    );
  }
  const spec = TASKS[fn as TaskName];
  let parsed: unknown;
  try {
    parsed = JSON.parse(args ?? '{}');
  } catch {
    parsed = undefined;
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    !spec.check(parsed as Record<string, unknown>)
  ) {
    return reject(`${fn} 的参数应为 ${spec.shape}`, `${fn} takes arguments ${spec.shape}`);
  }
  return { id, run, task: Number(task), fn: fn as TaskName, args: parsed as TaskArgs };
}

export function isRejection(j: Job | Rejection): j is Rejection {
  return 'reason' in j;
}
