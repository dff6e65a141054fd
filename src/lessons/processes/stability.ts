/**
 * Part `stability`: three children end three ways (throw, exit 3, SIGKILL) and the parent goes
 * on; then what a failing thread takes down: a Node Worker (in a child of its own, since one case
 * ends its whole program) and, with python3, a CPython thread (src/demos/thread-exception.py).
 */
import { constants } from 'node:os';
import { type Bi, fmt } from '../../i18n/index.js';
import { cpython } from '../../runtime/cpython.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { pyDemo } from '../../runtime/python.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { text } from './stability.text.js';
import { text as common } from './text.js';

const CRASHES: readonly { how: string; what: Bi }[] = [
  { how: 'throw', what: text.whatThrow },
  { how: 'exit3', what: text.whatExit },
  { how: 'hang', what: text.whatKill },
];

const WORKER_CASES: readonly { mode: string; what: Bi }[] = [
  { mode: 'throw-listened', what: text.workerListened },
  { mode: 'throw-unlistened', what: text.workerUnlistened },
  { mode: 'exit', what: text.workerExit },
];

const PYTHON_CASES: readonly { key: string; what: Bi }[] = [
  { key: 'raise', what: text.pyRaise },
  { key: 'os-exit', what: text.pyOsExit },
  { key: 'signal', what: text.pySignal },
  { key: 'segfault', what: text.pySegfault },
];

/** What src/demos/thread-exception.py prints. */
export interface ThreadException extends Record<string, unknown> {
  version: string;
  cases: Record<string, { code: number; mainFinished: boolean; error: string }>;
}

/** "exit code 3" or "ended by signal SIGKILL". */
function ending(code: number | null, signal: string | null): Bi {
  return signal ? fmt(text.exitSignal, { signal }) : fmt(text.exitCode, { code: code ?? '?' });
}

/** "exit code 3" or "signal SIGKILL", for inside a sentence that already says "ended". */
function cause(code: number | null, signal: string | null): Bi {
  return signal ? fmt(text.bySignal, { signal }) : fmt(text.exitCode, { code: code ?? '?' });
}

async function processes(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  out.say(text.stabilityIntro);
  const t0 = performance.now();
  // stderr is piped so the thrown child's stack trace does not spill over the lesson.
  const kids = CRASHES.map((c) => ({
    ...c,
    child: ctx.demo('crash', [c.how], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] }),
  }));
  await Promise.all(kids.map((k) => waitMessage(k.child, 'ready')));
  kids.find((k) => k.how === 'hang')!.child.kill('SIGKILL');
  for (const k of kids) {
    const { code, signal } = await waitExit(k.child);
    out.fact(text.stabilityRow, { pid: k.child.pid!, what: k.what, how: ending(code, signal) });
  }
  out.event('alive', { pid: process.pid, ms: Math.round(performance.now() - t0) });
  out.fact(text.stabilitySurvivor, { pid: process.pid, ms: ms(performance.now() - t0) });
  out.say(text.stabilityExplain);
}

async function workers(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  out.say(text.threadsIntro);
  for (const c of WORKER_CASES) {
    const child = ctx.demo('thread-crash', [c.mode], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let worker: number | undefined;
    let mainFinished = false;
    child.on('message', (m: { type?: string; code?: number }) => {
      if (m.type === 'worker-exit') worker = m.code;
      if (m.type === 'main-after') mainFinished = true;
    });
    const { code, signal } = await waitExit(child);
    out.event('thread-ending', {
      runtime: 'node',
      case: c.mode,
      pid: child.pid,
      workerCode: worker ?? null,
      code,
      signal,
      mainFinished,
    });
    const fate = mainFinished
      ? fmt(text.workerOnly, { code: worker ?? '?' })
      : fmt(text.programEnded, { how: cause(code, signal) });
    out.fact(text.threadRow, { what: c.what, fate });
  }
  out.say(text.workersExplain);
}

async function python(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const r = await cpython<ThreadException>(ctx, 'thread-exception', { demo: 'thread-exception' });
  if (!r) {
    out.say(text.pythonAbsent);
    out.say(common.noPython, { path: pyDemo('thread-exception') });
    return;
  }
  out.say(text.pythonIntro, { version: r.version });
  for (const c of PYTHON_CASES) {
    const got = r.cases[c.key];
    if (!got) continue;
    // subprocess reports a death by signal as a negative return code.
    const how = got.code < 0 ? cause(null, signalName(-got.code)) : cause(got.code, null);
    const fate = got.mainFinished
      ? fmt(text.programWentOn, { how })
      : fmt(text.programEnded, { how });
    out.fact(text.threadRow, { what: c.what, fate });
  }
  out.say(text.pythonExplain);
}

/** SIGTERM for 15, from Node's own table; the number itself when unknown. */
function signalName(n: number): string {
  const found = Object.entries(constants.signals).find(([, v]) => v === n);
  return found ? found[0] : String(n);
}

export async function stability(ctx: LessonContext): Promise<void> {
  await processes(ctx);
  await workers(ctx);
  await python(ctx);
}
