/**
 * Waiting on a child from the lesson's side: for its next message of a kind, or for its exit.
 * A child that dies before sending what we wait for is an error with its PID and exit status,
 * never a hang.
 */
import type { ChildProcess } from 'node:child_process';
import { LessonFailure } from './errors.js';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function waitMessage<T = Record<string, unknown>>(
  child: ChildProcess,
  type: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { type?: string }) => {
      if (m?.type !== type) return;
      cleanup();
      resolve(m as T);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      reject(
        new LessonFailure({
          zh: `子进程 ${child.pid} 在发出 '${type}' 之前就结束了（${signal ?? `退出码 ${code}`}）`,
          en: `child ${child.pid} ended before sending '${type}' (${signal ?? `exit code ${code}`})`,
        }),
      );
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

export function waitExit(child: ChildProcess): Promise<Exit> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

export interface Collected extends Exit {
  stdout: string;
  stderr: string;
}

/**
 * Everything a child with piped stdout and stderr wrote, once it has exited and closed both. A
 * grandchild that inherited the pipes can hold them open after the child is gone (a Python
 * worker whose parent was killed, say): `graceMs` after the exit, the pipes are let go of and what
 * was read so far is the output, so that waiting never outlasts the child by more than that.
 */
export function collectOutput(child: ChildProcess, graceMs = 2_000): Promise<Collected> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    let grace: NodeJS.Timeout | undefined;
    const done = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(grace);
      resolve({ code, signal, stdout, stderr });
    };
    child.once('error', reject);
    child.once('close', done);
    child.once('exit', (code, signal) => {
      grace = setTimeout(() => {
        child.off('close', done);
        child.stdout?.destroy();
        child.stderr?.destroy();
        done(code, signal);
      }, graceMs);
      grace.unref();
    });
  });
}
