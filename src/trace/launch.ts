/**
 * Starting the traced command under proc-lab's subreaper (subreaper.py: Node cannot call prctl),
 * or, without python3 or off Linux, directly as proc-lab's child, where orphans go to PID 1 and
 * the screen says so. Either way the child is in the registry, so every ending of proc-lab ends it.
 */
import type { ChildProcess, StdioOptions } from 'node:child_process';
import { children } from '../runtime/children.js';
import { eachLine } from '../runtime/lines.js';
import { srcFile } from '../runtime/package-file.js';
import { findPython } from '../runtime/python.js';

type Stdio = 'inherit' | 'pipe' | 'ignore';

export interface ControlMessage {
  type:
    | 'subreaper'
    | 'spawned'
    | 'spawn-error'
    | 'reaped'
    | 'stopping'
    | 'done'
    | 'error'
    /** (no subreaper) processes still in the program's group when it ended, now killed */
    | 'strays';
  pid?: number;
  code?: number | null;
  signal?: string | null;
  errno?: number;
  error?: string;
}

export interface LaunchOptions {
  argv: readonly string[];
  cwd?: string;
  env: NodeJS.ProcessEnv;
  /** stdin, stdout, stderr of the command. */
  stdio: [Stdio, Stdio, Stdio];
  /** argv is strace's: give it a pipe of its own to write the trace to. */
  trace: boolean;
  /** SIGTERM → SIGKILL grace when ending the tree. */
  graceMs: number;
  onMessage: (m: ControlMessage) => void;
}

export interface Launched {
  child: ChildProcess;
  /** The subreaper's PID, or undefined when there is none (orphans then go to PID 1). */
  subreaper: number | undefined;
  /** strace's trace, when `trace` was asked for. */
  traceStream: NodeJS.ReadableStream | undefined;
  /** Resolves when the launched process has exited and every process below it is gone. */
  done: Promise<void>;
  /** End the whole tree: `now` kills at once (a fork bomb), else SIGTERM, grace, SIGKILL. */
  stop(now: boolean): void;
}

/** python3, when this platform can have a subreaper at all (Linux 3.4+). */
export function subreaperPython(env: NodeJS.ProcessEnv): string | undefined {
  return process.platform === 'linux' ? findPython(env) : undefined;
}

export function launch(o: LaunchOptions): Launched {
  const python = subreaperPython(process.env);
  const env = { ...o.env, PROC_LAB_GRACE_MS: String(o.graceMs) };
  if (python) {
    const args = [
      srcFile('trace/subreaper.py'),
      ...(o.trace ? ['--trace-fd4'] : []),
      '--',
      ...o.argv,
    ];
    const stdio: StdioOptions = [...o.stdio, 'pipe', o.trace ? 'pipe' : 'ignore'];
    const child = children.spawn('subreaper.py', python, args, { stdio, cwd: o.cwd, env });
    const control = child.stdio[3] as NodeJS.ReadableStream | null;
    let subreaper: number | undefined = child.pid;
    const done = new Promise<void>((resolve) => child.once('close', () => resolve()));
    if (control) {
      eachLine(control, (line) => {
        try {
          o.onMessage(JSON.parse(line) as ControlMessage);
        } catch {
          // not a control line
        }
      });
    }
    child.once('error', () => {
      subreaper = undefined;
    });
    return {
      child,
      subreaper,
      traceStream: o.trace
        ? ((child.stdio[4] as NodeJS.ReadableStream | null) ?? undefined)
        : undefined,
      done,
      stop: (now) => {
        try {
          child.kill(now ? 'SIGUSR1' : 'SIGTERM');
        } catch {
          // already gone
        }
      },
    };
  }
  // No subreaper. strace writes to /dev/fd/3, a pipe that (NOTE) the traced program inherits too.
  const argv = o.trace ? [o.argv[0]!, '-o', '/dev/fd/3', ...o.argv.slice(1)] : [...o.argv];
  const stdio: StdioOptions = [...o.stdio, o.trace ? 'pipe' : 'ignore'];
  const child = children.spawn(argv[0]!, argv[0]!, argv.slice(1), { stdio, cwd: o.cwd, env });
  const done = new Promise<void>((resolve) => child.once('close', () => resolve()));
  child.once('spawn', () => o.onMessage({ type: 'spawned', pid: child.pid! }));
  child.once('error', (err: NodeJS.ErrnoException) =>
    o.onMessage({ type: 'spawn-error', errno: err.errno ?? 0, error: err.code ?? err.message }),
  );
  child.once('exit', (code, signal) => {
    o.onMessage({ type: 'reaped', pid: child.pid!, code, signal });
    // No subreaper to adopt orphans, and a poller may not have seen one born and orphaned
    // between two looks; but it is still in the program's process group: end what is there.
    if (child.pid && groupAlive(child.pid)) {
      o.onMessage({ type: 'strays' });
      tryKill(-child.pid);
    }
    o.onMessage({ type: 'done' });
  });
  return {
    child,
    subreaper: undefined,
    traceStream: o.trace
      ? ((child.stdio[3] as NodeJS.ReadableStream | null) ?? undefined)
      : undefined,
    done,
    stop: (now) => {
      // Its own process group (the registry starts children detached): one kill reaches it all.
      try {
        if (child.pid) process.kill(-child.pid, now ? 'SIGKILL' : 'SIGTERM');
      } catch {
        // already gone
      }
      if (!now) setTimeout(() => child.pid && tryKill(-child.pid), o.graceMs).unref();
    },
  };
}

/** Whether any process is left in process group `pgid` (signal 0 checks without sending). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function tryKill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // gone
  }
}
