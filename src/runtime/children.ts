/**
 * The process registry: every child proc-lab starts goes through here, so that on any ending
 * (normal, error, Ctrl-C, SIGTERM, SIGHUP, a closed stdout) each one is terminated and reaped
 * before proc-lab exits. Lessons rely on this; tests check it from the process table.
 *
 * NOTE: children are started in their own process group (detached). A terminal's Ctrl-C then
 * reaches proc-lab alone, which tears the tree down in order: a demo gets SIGTERM and ends its own
 * children first. If the terminal killed everything at once, a demo's children could outlive it,
 * be re-parented to PID 1 and, where PID 1 never reaps (some containers), stay zombies forever.
 */
import {
  type ChildProcess,
  type ForkOptions,
  fork,
  type SpawnOptions,
  spawn,
} from 'node:child_process';

export interface ChildInfo {
  pid: number;
  ppid: number;
  name: string;
}

export interface ExitInfo {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RegistryObserver {
  spawned?(info: ChildInfo): void;
  exited?(info: ExitInfo & { name: string }): void;
}

type Cleanup = () => void | Promise<void>;

/** How long a child gets after SIGTERM before SIGKILL. */
export const GRACE_MS = 1500;

export class ChildRegistry {
  private readonly live = new Map<
    number,
    { child: ChildProcess; name: string; exited: Promise<void> }
  >();
  private readonly cleanups = new Set<Cleanup>();
  /** Set by end(): proc-lab is exiting, so no new child may start (it could outlive us). */
  private ending = false;
  observer: RegistryObserver = {};

  private refuseWhenEnding(name: string): void {
    if (this.ending) throw new Error(`proc-lab is ending: ${name} was not started`);
  }

  /** Start a program as a registered child. */
  spawn(
    name: string,
    command: string,
    args: readonly string[],
    options: SpawnOptions = {},
  ): ChildProcess {
    this.refuseWhenEnding(name);
    return this.track(name, spawn(command, args, { detached: true, ...options }));
  }

  /** Start a Node module as a registered child with an IPC channel. */
  fork(
    name: string,
    modulePath: string,
    args: readonly string[],
    options: ForkOptions = {},
  ): ChildProcess {
    this.refuseWhenEnding(name);
    return this.track(name, fork(modulePath, args, { detached: true, ...options }));
  }

  /** Register a child started elsewhere (it must not have exited yet). */
  track(name: string, child: ChildProcess): ChildProcess {
    const pid = child.pid;
    if (pid === undefined) {
      // spawn failed (ENOENT and friends): the 'error' event carries the reason; nothing to track.
      return child;
    }
    const exited = new Promise<void>((resolve) => {
      child.once('exit', (code, signal) => {
        this.live.delete(pid);
        this.observer.exited?.({ pid, code, signal, name });
        resolve();
      });
    });
    this.live.set(pid, { child, name, exited });
    this.observer.spawned?.({ pid, ppid: process.pid, name });
    return child;
  }

  /** Run `fn` during cleanup (stop a server, terminate worker threads). Returns an undo. */
  onCleanup(fn: Cleanup): () => void {
    this.cleanups.add(fn);
    return () => this.cleanups.delete(fn);
  }

  get pids(): number[] {
    return [...this.live.keys()];
  }

  /** Wait until `child` has exited and been reaped. */
  async waitFor(child: ChildProcess): Promise<void> {
    if (child.pid !== undefined) await this.live.get(child.pid)?.exited;
  }

  /**
   * proc-lab is exiting: refuse new children from now on (a lesson's code runs on meanwhile and
   * might start a pool after the last look, leaving it to PID 1), then clean up.
   */
  end(graceMs = GRACE_MS): Promise<void> {
    this.ending = true;
    return this.cleanup(graceMs);
  }

  /** Terminate every live child (SIGTERM, then SIGKILL after `graceMs`) and wait for each exit. */
  async cleanup(graceMs = GRACE_MS): Promise<void> {
    // NOTE: a lesson's code runs on while we clean up (until it awaits a child we stopped), and
    // may start a child or register a cleanup meanwhile: repeat until nothing is left.
    while (this.cleanups.size > 0 || this.live.size > 0) {
      const fns = [...this.cleanups];
      this.cleanups.clear();
      await Promise.allSettled(fns.map(async (fn) => fn()));
      await Promise.all(
        [...this.live.values()].map((entry) => stop(entry.child, entry.exited, graceMs)),
      );
    }
  }
}

async function stop(child: ChildProcess, exited: Promise<void>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.stdin?.destroy();
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), graceMs);
  });
  if (await Promise.race([exited.then(() => false), timedOut])) child.kill('SIGKILL');
  clearTimeout(timer);
  await exited;
}

/** The one registry of this proc-lab process. */
export const children = new ChildRegistry();
