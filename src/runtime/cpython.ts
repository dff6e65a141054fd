/**
 * CPython beside Node: a part that teaches Python's API runs a small Python program
 * (`src/demos/<name>.py`) that measures the same thing with CPython and prints one JSON object on
 * its last stdout line. The program runs as a registered child (so it never outlives proc-lab)
 * with a time limit, and its result becomes a `cpython` event {topic, ...what it measured}. When
 * python3 is not installed the result is undefined and the part says what CPython does instead.
 */
import type { LessonContext } from '../lessons/types.js';
import { LessonFailure } from './errors.js';
import { collectOutput } from './messages.js';
import { findPython, pyDemo } from './python.js';

export interface CpythonRun {
  /** The demo's file name without `.py`. */
  demo: string;
  args?: readonly string[];
  /** Kill it after this long (default: limitMs()) and fail with a clear line. */
  timeoutMs?: number;
}

/** How long a CPython demo may run: PROC_LAB_CPYTHON_TIMEOUT seconds, else 30 s (a slow machine). */
function limitMs(env = process.env): number {
  const s = Number(env.PROC_LAB_CPYTHON_TIMEOUT);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 30_000;
}

/** True when python3 (or PROC_LAB_PYTHON) can be run. */
export function hasCpython(): boolean {
  return findPython() !== undefined;
}

/**
 * Run the demo with CPython, emit `cpython` {topic, ...result}, and return the result; undefined
 * when there is no python3.
 */
export async function cpython<T extends Record<string, unknown>>(
  ctx: LessonContext,
  topic: string,
  run: CpythonRun,
): Promise<T | undefined> {
  const python = findPython();
  if (!python) return undefined;
  const child = ctx.children.spawn(
    `cpython-${run.demo}`,
    python,
    [pyDemo(run.demo), ...(run.args ?? [])],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const timeoutMs = run.timeoutMs ?? limitMs();
  let timedOut = false;
  // The whole process group (the registry starts it as a group leader): a Python program that
  // hangs may have workers of its own, and they must end with it.
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }, timeoutMs);
  const { code, signal, stdout, stderr } = await collectOutput(child).finally(() =>
    clearTimeout(timer),
  );
  const last = stdout.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !last.startsWith('{')) {
    const why = timedOut
      ? { zh: `${timeoutMs / 1000} 秒内没有结束`, en: `still running after ${timeoutMs / 1000} s` }
      : { zh: signal ?? `退出码 ${code}`, en: signal ?? `exit code ${code}` };
    const detail = stderr.trim().split('\n').at(-1) ?? '';
    throw new LessonFailure({
      zh: `CPython 程序 ${run.demo}.py 没有给出结果（${why.zh}）：${detail}`,
      en: `the CPython program ${run.demo}.py gave no result (${why.en}): ${detail}`,
    });
  }
  const result = JSON.parse(last) as T;
  ctx.out.event('cpython', { topic, pid: child.pid, ...result });
  return result;
}
