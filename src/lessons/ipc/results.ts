/**
 * What each part measured in this run, kept for the closing comparison table (`choose`). Each
 * proc-lab run is its own process, so one module-level store is one run's results.
 */

export type Mechanism = 'queue' | 'pipe' | 'manager' | 'shm' | 'http' | 'redis';

export interface Measured {
  /** Median round trip of one message and its answer, in ms (only where there is an answer). */
  latencyMs?: number;
  /** Operations per second: messages, requests or increments, as the `choose` row names them. */
  perSecond?: number;
  /** Threads that made the operations together (shared memory), when more than one did. */
  threads?: number;
  /** MB/s, where bulk bytes were the point (the pipe). */
  mbPerSecond?: number;
  /** Bytes per message, so rates of different sizes are not compared blindly. */
  bytes?: number;
}

const store = new Map<Mechanism, Measured>();

export function record(m: Mechanism, values: Measured): void {
  store.set(m, { ...store.get(m), ...values });
}

export function measured(m: Mechanism): Measured | undefined {
  return store.get(m);
}
