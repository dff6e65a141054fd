/**
 * A counting semaphore in shared memory, built on Atomics: any thread holding the same
 * SharedArrayBuffer can acquire and release it. With 1 permit it is a lock (mutex). Waiting
 * threads sleep in Atomics.wait (a futex) instead of spinning.
 */
export class Semaphore {
  private readonly cell: Int32Array;

  /** Uses one Int32 slot at `index` of `shared`; call `init` once before any thread uses it. */
  constructor(shared: SharedArrayBuffer, index: number) {
    this.cell = new Int32Array(shared, index * 4, 1);
  }

  init(permits: number): this {
    Atomics.store(this.cell, 0, permits);
    return this;
  }

  acquire(): void {
    for (;;) {
      const v = Atomics.load(this.cell, 0);
      if (v > 0) {
        // Take a permit only if nobody changed the count since we read it.
        if (Atomics.compareExchange(this.cell, 0, v, v - 1) === v) return;
      } else {
        Atomics.wait(this.cell, 0, v);
      }
    }
  }

  release(): void {
    Atomics.add(this.cell, 0, 1);
    Atomics.notify(this.cell, 0, 1);
  }

  get permits(): number {
    return Atomics.load(this.cell, 0);
  }
}

/** The slots of the shm part's buffer. */
export const SLOT = { counter: 0, go: 1, lock: 2 } as const;
export const SLOTS = 3;
export type ShmMode = 'none' | 'semaphore' | 'atomics-add';

/**
 * Add 1 to the counter `n` times. `none` reads then writes back (each step atomic, the pair not:
 * another thread may write in between, and its update is lost); `semaphore` does the same inside
 * the lock; `atomics-add` lets the CPU do the read-modify-write as one instruction.
 */
export function increment(shared: SharedArrayBuffer, mode: ShmMode, n: number): void {
  const cells = new Int32Array(shared);
  const lock = new Semaphore(shared, SLOT.lock);
  for (let i = 0; i < n; i++) {
    if (mode === 'atomics-add') {
      Atomics.add(cells, SLOT.counter, 1);
      continue;
    }
    if (mode === 'semaphore') lock.acquire();
    const v = Atomics.load(cells, SLOT.counter);
    Atomics.store(cells, SLOT.counter, v + 1);
    if (mode === 'semaphore') lock.release();
  }
}
