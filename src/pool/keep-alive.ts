/**
 * When a pool holds the program open. Python's pool workers are daemonic: the interpreter ends
 * when the main code is done, and an exit hook then terminates every pool, so tasks nobody waited
 * for are lost (the material's "without join()" case). The same rule here: a pool keeps Node's
 * event loop alive only while somebody awaits it (get, apply, map, an imap step, join,
 * terminate); when the loop runs dry anyway, `beforeExit` terminates every pool still alive, and
 * terminate() waits until each worker is reaped, so no orphan is left for PID 1.
 */
import type { WorkerSet } from '../workers/worker-set.js';

export interface Teardown {
  /** The program has nothing left to do: terminate, as Python's exit hook does. */
  atExit(): void;
}

const live = new Set<Teardown>();

function onBeforeExit(): void {
  for (const pool of [...live]) pool.atExit();
}

/** Watch `pool` until it is joined or terminated (then call `forget`). */
export function track(pool: Teardown): void {
  if (live.size === 0) process.on('beforeExit', onBeforeExit);
  live.add(pool);
}

export function forget(pool: Teardown): void {
  if (!live.delete(pool)) return;
  if (live.size === 0) process.off('beforeExit', onBeforeExit);
}

/** Counts who is waiting on a pool's workers; the workers hold the loop open only while > 0. */
export class Holds {
  private count = 0;
  private stopped = false;

  constructor(private readonly set: WorkerSet) {
    set.keepAlive(false);
  }

  /** Hold the loop open until the returned function is called (call it exactly once). */
  hold(): () => void {
    if (this.count++ === 0 && !this.stopped) this.set.keepAlive(true);
    return () => {
      if (--this.count === 0 && !this.stopped) this.set.keepAlive(false);
    };
  }

  /** The workers are being stopped: leave the WorkerSet to hold the loop until they are reaped. */
  stop(): void {
    this.stopped = true;
  }

  /** Wait for `p` with the loop held open. */
  async during<T>(p: Promise<T>): Promise<T> {
    const release = this.hold();
    try {
      return await p;
    } finally {
      release();
    }
  }
}
