/**
 * The other program of the `cross` part: `ipc-client.py` under python3, or the Node client when
 * python3 is absent. Both are separate programs started without an IPC channel; they report JSON
 * lines on stdout, which is how the lesson learns their results (never how they talk to the server).
 */
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { demo } from '../../runtime/demo.js';
import { LessonFailure } from '../../runtime/errors.js';
import { findPython, pyDemo } from '../../runtime/python.js';
import type { LessonContext } from '../types.js';

/** Start the client: Python if it can be started, else the Node client. */
export function startClient(ctx: LessonContext, args: readonly string[]): ChildProcess {
  const stdio = ['ignore', 'pipe', 'pipe'] as const;
  const python = findPython();
  if (python) {
    const py = ctx.children.spawn('ipc-client.py', python, [pyDemo('ipc-client'), ...args], {
      stdio: [...stdio],
    });
    if (py.pid !== undefined) return py;
    // ENOENT arrives as an 'error' event on the next tick; without a listener it would throw.
    py.on('error', () => {});
  }
  const node = demo('ipc-client');
  return ctx.children.spawn(
    'ipc-client',
    process.execPath,
    [...node.execArgv, node.path, ...args],
    {
      stdio: [...stdio],
    },
  );
}

export type Line = Record<string, unknown> & { type: string };

/** Read a child's stdout as JSON lines; `next(type)` waits for the next one of that type. */
export class JsonLines {
  private readonly seen: Line[] = [];
  private readonly waiters = new Set<() => void>();
  private stderr = '';
  private ended = false;

  constructor(private readonly child: ChildProcess) {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        this.seen.push(JSON.parse(line) as Line);
      } catch {
        return; // not ours: ignore stray output
      }
      this.wake();
    });
    child.stderr?.setEncoding('utf8').on('data', (c: string) => {
      this.stderr = (this.stderr + c).slice(-2000);
    });
    child.once('close', () => {
      this.ended = true;
      this.wake();
    });
  }

  private wake(): void {
    for (const w of this.waiters) w();
  }

  next<T extends Line>(type: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const i = this.seen.findIndex((l) => l.type === type || l.type === 'error');
        if (i >= 0) {
          const [line] = this.seen.splice(i, 1);
          this.waiters.delete(check);
          if (line!.type === 'error') reject(this.failure(String(line!.message)));
          else resolve(line as T);
        } else if (this.ended) {
          this.waiters.delete(check);
          const last = this.stderr.trim().split('\n').at(-1) ?? '';
          reject(
            this.failure(`exit ${this.child.exitCode ?? this.child.signalCode} ${last}`.trim()),
          );
        }
      };
      this.waiters.add(check);
      check();
    });
  }

  private failure(reason: string): LessonFailure {
    return new LessonFailure({
      zh: `客户端 PID ${this.child.pid} 失败：${reason}`,
      en: `client PID ${this.child.pid} failed: ${reason}`,
    });
  }
}
