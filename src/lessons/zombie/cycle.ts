/**
 * One zombie's life, driven and observed from proc-lab: a parent demo starts a child and does not
 * reap it; we watch the child's kernel state go running → Z, hold it, then let the parent reap it
 * and watch the PID leave the table. Used by the `zombie` section and by `--watch`.
 *
 * NOTE: the zombie is always reaped by the parent we started, never by PID 1. Every ending
 * (ours, Ctrl-C, a crash, SIGKILL of proc-lab) closes the parent's stdin, which is exactly what
 * makes it reap; only then does it exit.
 */
import type { ChildProcess } from 'node:child_process';
import { fmt } from '../../i18n/index.js';
import { GONE, type Observed, StateWatch } from '../../proctable/index.js';
import { demo } from '../../runtime/demo.js';
import { LessonFailure } from '../../runtime/errors.js';
import { messagesFromStdout } from '../../runtime/json-lines.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { pyDemo } from '../../runtime/python.js';
import type { LessonContext } from '../types.js';
import { text } from './text.js';

export interface CycleOptions {
  /** A python3 to run the material's os.fork() program with, instead of the Node parent. */
  python?: string | undefined;
  /** How long the child runs before exiting, in ms (the Node parent only). */
  lifeMs?: number;
  /** The Python parent's own sleep, in s (it ends earlier when we say so). */
  holdS?: number;
  /** Called after each observed change, after its `state` event. */
  onState?: (o: Observed) => void;
  /** How often to read the two processes' states (default: DEFAULT_POLL_MS). */
  pollMs?: number;
}

interface ChildMsg {
  pid: number;
  ppid: number;
}

/**
 * Our demo parents end themselves, after reaping, when their stdin closes. Ending them that way
 * first (before the registry's SIGTERM) matters when `python3` is a wrapper script (pyenv's shim
 * is bash): a SIGTERM that lands while the wrapper still runs kills it and orphans its own
 * helper processes to PID 1. So at cleanup: close stdin, give it a moment, then the registry.
 */
export async function endByEof(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.stdin?.end();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    waitExit(child),
    new Promise((resolve) => {
      timer = setTimeout(resolve, graceMs);
    }),
  ]);
  clearTimeout(timer);
}

/** Reject with a lesson failure if `p` takes longer than `ms`. */
export async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LessonFailure(fmt(text.tooSlow, { what, ms }))), ms);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

export class ZombieCycle {
  parent!: ChildProcess;
  parentPid = 0;
  childPid = 0;
  /** When the child was first seen as Z, in ms on the lesson clock. */
  zombieAt = 0;
  readonly watch: StateWatch;
  private readonly undo: () => void;

  constructor(
    private readonly ctx: LessonContext,
    private readonly o: CycleOptions = {},
  ) {
    this.watch = new StateWatch((s) => {
      ctx.out.event('state', { pid: s.pid, ppid: s.ppid, state: s.state });
      o.onState?.(s);
    }, o.pollMs);
    this.undo = ctx.children.onCleanup(async () => {
      if (this.parent) await endByEof(this.parent);
      this.watch.stop();
    });
  }

  /** Start the parent; resolves once it has started its child (not yet a zombie). */
  async start(): Promise<void> {
    const { children } = this.ctx;
    const stdio: ['pipe', 'pipe', 'inherit'] = ['pipe', 'pipe', 'inherit'];
    if (this.o.python) {
      const args = [pyDemo('zombie-fork'), String(this.o.holdS ?? 30)];
      this.parent = children.spawn('zombie-fork.py', this.o.python, args, { stdio });
    } else {
      const where = demo('zombie-parent');
      const args = [...where.execArgv, where.path, String(this.o.lifeMs ?? 0)];
      this.parent = children.spawn('zombie-parent', process.execPath, args, { stdio });
    }
    messagesFromStdout(this.parent);
    // A write after the parent is gone (Ctrl-C) must not become an uncaught EPIPE.
    this.parent.stdin?.on('error', () => {});
    const hello = await within(waitMessage<ChildMsg>(this.parent, 'child'), 15_000, 'child');
    this.parentPid = hello.ppid;
    this.childPid = hello.pid;
    this.watch.add(this.parentPid);
    this.watch.add(this.childPid);
  }

  /** Wait until the kernel shows the child as Z. */
  async zombie(): Promise<Observed> {
    const seen = await within(
      this.watch.until(this.childPid, (s) => s.state === 'Z' || s.state === GONE),
      (this.o.lifeMs ?? 0) + 15_000,
      'Z',
    );
    if (seen.state !== 'Z') {
      throw new LessonFailure(fmt(text.noZombie, { pid: this.childPid }));
    }
    this.zombieAt = this.ctx.out.now();
    this.ctx.out.event('zombie', { pid: seen.pid, ppid: seen.ppid });
    return seen;
  }

  /** Let the parent reap: one byte on its stdin unblocks its event loop. Resolves once gone. */
  async reap(): Promise<{ code: number | null; ms: number }> {
    const t0 = performance.now();
    const reaped = waitMessage<{ code: number | null }>(this.parent, 'reaped');
    this.parent.stdin!.write('r');
    const [msg] = await within(
      Promise.all([reaped, this.watch.until(this.childPid, (s) => s.state === GONE)]),
      15_000,
      'reap',
    );
    this.ctx.out.event('reaped', { pid: this.childPid, by: this.parentPid });
    return { code: msg.code, ms: performance.now() - t0 };
  }

  /** Close the parent's stdin (its signal to exit) and wait until it has exited. */
  async end(): Promise<void> {
    this.parent.stdin?.end();
    await waitExit(this.parent);
    this.watch.stop();
    this.undo();
  }
}
