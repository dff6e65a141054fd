/**
 * An OS pipe for two children, and which pipe a process's file descriptor points at, read from
 * /proc (Linux): two processes whose fds name the same `pipe:[inode]` share one kernel pipe.
 * Elsewhere the evidence is simply left out.
 */
import {
  closeSync,
  constants,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LessonFailure } from '../../runtime/errors.js';
import { waitExit } from '../../runtime/messages.js';
import type { LessonContext } from '../types.js';

/** `pipe:[inode]` when a process's fd is a pipe, as `ls -l /proc/PID/fd` shows anonymous ones. */
export function fdTarget(pid: number | 'self', fd: number): string | undefined {
  try {
    const st = statSync(`/proc/${pid}/fd/${fd}`);
    return st.isFIFO() ? `pipe:[${st.ino}]` : undefined;
  } catch {
    return undefined;
  }
}

/** How many of this process's own fds are on the pipe `target` (0: we hold no end of it). */
export function ownFdsOn(target: string): number {
  try {
    return readdirSync('/proc/self/fd').filter((fd) => fdTarget('self', Number(fd)) === target)
      .length;
  } catch {
    return 0;
  }
}

/**
 * Both ends of a new OS pipe, as file descriptors to hand to children's stdio. Node has no pipe()
 * call, and its stdio 'pipe' is a socket pair, so: make a FIFO, open it read-write for a moment
 * (on Linux that never waits, and it lets the next two opens go through without waiting for the
 * other side), open its read end and its write end, and unlink the name. What is left is an
 * anonymous pipe, the same kernel object a shell's `a | b` creates, with both ends blocking as
 * pipe() makes them: a write() of a whole record waits for room instead of failing with EAGAIN.
 */
export async function osPipe(ctx: LessonContext): Promise<{ read: number; write: number }> {
  const dir = mkdtempSync(join(tmpdir(), `proc-lab-pipe-${process.pid}-`));
  const fifo = join(dir, 'fifo');
  // Removed below, or by the registry's cleanup if proc-lab is stopped while mkfifo runs.
  const undo = ctx.children.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  try {
    const mk = ctx.children.spawn('mkfifo', 'mkfifo', ['-m', '600', fifo], { stdio: 'ignore' });
    const made = await new Promise<boolean>((resolve) => {
      mk.once('error', () => resolve(false));
      if (mk.pid !== undefined) void waitExit(mk).then((e) => resolve(e.code === 0));
    });
    if (!made) {
      throw new LessonFailure({
        zh: '无法创建管道（需要 mkfifo 命令）',
        en: 'cannot create a pipe (the mkfifo command is needed)',
      });
    }
    const both = openSync(fifo, constants.O_RDWR);
    const read = openSync(fifo, constants.O_RDONLY);
    const write = openSync(fifo, constants.O_WRONLY);
    closeSync(both);
    return { read, write };
  } finally {
    undo();
    rmSync(dir, { recursive: true, force: true });
  }
}
