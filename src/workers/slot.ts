/**
 * The host's side of one worker: the jobs it holds in the order sent (the first is running, any
 * others wait in the worker), how many it has been given, and whether it is being retired or
 * asked to give jobs back. WorkerSet decides what goes where; a Slot sends and keeps count.
 */
import { uncloneableArgs } from './clone.js';
import type { WorkerHandle } from './handle.js';
import type { Queued } from './job-queue.js';
import type { Task } from './protocol.js';
import type { Job, WorkerRef } from './types.js';

export type Entry = Queued<Job>;

const task = (e: Entry): Task => ({ id: e.id, fn: e.job.fn, args: e.job.args, items: e.job.items });

export class Slot {
  ready = false;
  inflight: Entry[] = [];
  assigned = 0;
  retiring = false;
  /** A `revoke` was sent and its answer has not come back yet. */
  revoking = false;
  lastDone = 0;

  constructor(readonly handle: WorkerHandle) {}

  get ref(): WorkerRef {
    return { pid: this.handle.pid, tid: this.handle.tid };
  }

  /** Can take a job now (it runs one at a time; `limit` is maxTasksPerWorker). */
  idle(limit: number): boolean {
    return this.ready && !this.retiring && this.inflight.length === 0 && this.assigned < limit;
  }

  /**
   * Send jobs in one message. If one cannot be cloned (v8 refuses the whole message), send them
   * one by one and hand back, with its TypeError, each that cannot go.
   */
  send(entries: Entry[]): [Entry, TypeError][] {
    for (const e of entries) this.inflight.push(e);
    this.assigned += entries.length;
    const refused: [Entry, TypeError][] = [];
    try {
      this.handle.send({ type: 'tasks', tasks: entries.map(task) });
    } catch {
      for (const e of entries) {
        try {
          this.handle.send({ type: 'tasks', tasks: [task(e)] });
        } catch {
          this.inflight.splice(this.inflight.indexOf(e), 1);
          this.assigned--;
          refused.push([e, uncloneableArgs(e.job.fn, e.job.args, e.job.items)]);
        }
      }
    }
    for (const e of entries) if (!refused.some(([r]) => r === e)) e.job.onDispatch?.(this.ref);
    return refused;
  }

  /** Ask for the jobs not started yet (when it holds some beyond the one it runs). */
  revoke(): void {
    if (this.revoking || this.inflight.length < 2) return;
    this.revoking = true;
    this.handle.send({ type: 'revoke' });
  }

  /** The worker gave these back unstarted: they are no longer ours. */
  takeBack(ids: number[]): Entry[] {
    this.revoking = false;
    const back = new Set(ids);
    const returned = this.inflight.filter((e) => back.has(e.id));
    this.inflight = this.inflight.filter((e) => !back.has(e.id));
    this.assigned -= returned.length;
    return returned;
  }

  /** With maxTasksPerWorker: once it has run its share, let it exit (a fresh one replaces it). */
  retireIfDone(limit: number | undefined): void {
    if (limit === undefined || this.retiring) return;
    if (this.assigned >= limit && this.inflight.length === 0) this.retire();
  }

  retire(): void {
    this.retiring = true;
    this.handle.send({ type: 'exit' });
  }
}
