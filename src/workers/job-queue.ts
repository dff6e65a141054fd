/**
 * The host's queue of jobs no worker holds yet, in submission order. A plain array's shift() is
 * linear once the array is large (20,000 no-op tasks submitted at once), so it keeps a head index
 * and compacts now and then; putting jobs back at the front (taken back, or left by a dead worker)
 * is rare and keeps submission order.
 */

export interface Queued<J> {
  id: number;
  job: J;
  sentAt: number;
}

export class JobQueue<J> {
  private items: Queued<J>[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(e: Queued<J>): void {
    this.items.push(e);
  }

  shift(): Queued<J> | undefined {
    if (this.head >= this.items.length) return undefined;
    const e = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return e;
  }

  /** Put jobs back at the front, merged in id (submission) order. */
  putBack(entries: Queued<J>[]): void {
    if (entries.length === 0) return;
    this.items = [...entries, ...this.items.slice(this.head)].sort((a, b) => a.id - b.id);
    this.head = 0;
  }

  /** Take one job out by id; false if no longer queued. */
  remove(id: number): boolean {
    const i = this.items.findIndex((e, at) => at >= this.head && e.id === id);
    if (i < 0) return false;
    this.items.splice(i, 1);
    return true;
  }

  /** Empty the queue, returning what it held. */
  drain(): Queued<J>[] {
    const all = this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    return all;
  }
}
