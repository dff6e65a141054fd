/**
 * The iterator behind imap (input order) and imapUnordered (completion order). Chunks settle in
 * any order; the ordered stream parks early chunks until every chunk before them has arrived.
 * A failed chunk throws once at its place; iterating again goes on with the next chunk, as
 * CPython's IMapIterator does.
 */
import type { Holds } from './keep-alive.js';

type Item<T> = { ok: true; value: T } | { ok: false; error: Error };
export type ChunkOutcome<T> = { ok: true; values: T[] } | { ok: false; error: Error };

export class ResultStream<T> implements AsyncIterableIterator<T> {
  private readonly parked = new Map<number, ChunkOutcome<T>>();
  private ready: Item<T>[] = [];
  private head = 0;
  private nextChunk = 0;
  private delivered = 0;
  private wake: (() => void) | undefined;
  private stopped = false;

  constructor(
    private readonly ordered: boolean,
    private readonly chunks: number,
    private readonly holds: Holds,
  ) {}

  /** A chunk finished (called by the pool). */
  push(index: number, outcome: ChunkOutcome<T>): void {
    if (this.ordered) {
      this.parked.set(index, outcome);
      for (let o = this.parked.get(this.nextChunk); o; o = this.parked.get(this.nextChunk)) {
        this.parked.delete(this.nextChunk++);
        this.deliver(o);
      }
    } else {
      this.deliver(outcome);
    }
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private deliver(o: ChunkOutcome<T>): void {
    this.delivered++;
    if (o.ok) for (const value of o.values) this.ready.push({ ok: true, value });
    else this.ready.push({ ok: false, error: o.error });
  }

  async next(): Promise<IteratorResult<T, undefined>> {
    for (;;) {
      if (this.stopped) return { done: true, value: undefined };
      if (this.head < this.ready.length) {
        const item = this.ready[this.head++]!;
        if (this.head === this.ready.length) {
          this.ready = [];
          this.head = 0;
        }
        if (item.ok) return { done: false, value: item.value };
        throw item.error;
      }
      if (this.delivered === this.chunks) return { done: true, value: undefined };
      await this.holds.during(
        new Promise<void>((resolve) => {
          this.wake = resolve;
        }),
      );
    }
  }

  /** Leaving a for-await loop early: stop yielding (tasks already sent still run, as in Python). */
  async return(): Promise<IteratorResult<T, undefined>> {
    this.stopped = true;
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
