/**
 * Runs a learner's program under proc-lab's tracer, within limits: a time limit, a cap on
 * processes (a fork bomb is stopped), a cap on output lines (a flood is cut). python3 runs .py
 * files and node runs .mjs; a JavaScript program resolves `proc-lab` to this proc-lab (hook.ts).
 * Whatever happens, nothing the program started outlives the run: the tracer ends the tree and
 * the page server (for exercises that need it) is a registered child of ours.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Bi } from '../i18n/index.js';
import { children } from '../runtime/children.js';
import { demo } from '../runtime/demo.js';
import { LessonFailure } from '../runtime/errors.js';
import { waitMessage } from '../runtime/messages.js';
import { findPython } from '../runtime/python.js';
import { type Ending, type Line, TracedRun } from './facts.js';
import { runText } from './runner.text.js';
import { traceProgram } from './tracer.js';
import type { Code } from './types.js';

export interface RunOptions {
  file: string;
  code: Code;
  timeoutMs: number;
  /** Start the local page server and hand its base URL over in PROC_LAB_SERVER. */
  server?: boolean;
  maxProcs?: number;
  maxLines?: number;
  /** Each line the program prints, as it prints it (prose mode shows them). */
  onLine?: (line: Line) => void;
  /** A one-line notice from the runner itself (a limit reached). */
  onNotice?: (text: Bi) => void;
}

export const MAX_PROCS = 32;
export const MAX_LINES = 2000;

let interpreter: string | undefined;

/**
 * The Python interpreter itself, not a launcher in front of it: `python3` on PATH may be a shim
 * (pyenv's is a shell script that starts several helper processes before it execs python), and
 * those helpers would count as the learner's child processes. Asked once per proc-lab run.
 */
function realPython(): string {
  if (interpreter) return interpreter;
  const python = findPython();
  if (!python) throw new LessonFailure(runText.noPython);
  const r = spawnSync(python, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  const path = r.status === 0 ? r.stdout.trim() : '';
  interpreter = path !== '' ? path : python;
  return interpreter;
}

function command(file: string, code: Code): string[] {
  return code === 'mjs' ? [process.execPath, file] : [realPython(), file];
}

/** The environment of the learner's program. */
function environment(server: string | undefined): NodeJS.ProcessEnv {
  const hook = pathToFileURL(demoSibling('hook')).href;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Prints from forked children reach the trace even when a child ends with os._exit().
    PYTHONUNBUFFERED: '1',
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${hook}`].filter(Boolean).join(' '),
  };
  if (server) {
    env.PROC_LAB_SERVER = server;
    // A proxy in the environment must not stand between the program and 127.0.0.1.
    env.no_proxy = env.NO_PROXY = '127.0.0.1,localhost';
  }
  return env;
}

function demoSibling(name: string): string {
  return new URL(`./${name}.js`, import.meta.url).pathname;
}

/** The local page server of the executor lesson: /fast, /slow (after 500 ms), /hang. */
async function startServer(): Promise<{ base: string; stop: () => Promise<void> }> {
  const where = demo('executor-server');
  const child = children.fork('page-server', where.path, ['500'], { execArgv: where.execArgv });
  const { base } = await waitMessage<{ base: string }>(child, 'listening');
  return {
    base,
    stop: async () => {
      child.kill('SIGTERM');
      await children.waitFor(child);
    },
  };
}

export async function runTraced(o: RunOptions): Promise<TracedRun> {
  const argv = command(o.file, o.code);
  const maxProcs = o.maxProcs ?? MAX_PROCS;
  const maxLines = o.maxLines ?? MAX_LINES;
  const server = o.server ? await startServer() : undefined;
  const ending: Ending = { code: null, signal: null };
  try {
    let lines = 0;
    const result = await traceProgram(argv, {
      env: environment(server?.base),
      timeoutMs: o.timeoutMs,
      maxProcs,
      onLine: (line, stop) => {
        lines++;
        if (lines <= maxLines) o.onLine?.(line);
        if (lines === maxLines + 1) {
          ending.stopped = 'flood';
          ending.limit = maxLines;
          o.onNotice?.(runText.flood);
          stop();
        }
      },
    });
    ending.code = result.code;
    ending.signal = result.signal;
    if (!ending.stopped && result.stopped) {
      ending.stopped = result.stopped;
      ending.limit = result.stopped === 'timeout' ? o.timeoutMs : maxProcs;
    }
    return new TracedRun(result.events, ending);
  } finally {
    await server?.stop();
  }
}
