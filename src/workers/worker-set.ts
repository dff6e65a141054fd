/**
 * The one mechanism for starting, feeding and replacing workers, shared by Pool (which replaces a
 * dead worker) and the executors (which break). Jobs wait in one queue in the host and go to a
 * worker when it can start them: each worker runs one job at a time, so long tasks spread over the
 * workers in waves exactly as in Python's Pool, and a task never waits behind a busy worker while
 * another is idle. Only while jobs are known to be very short is a worker sent a few ahead, in one
 * message, so it does not idle for a round trip between them; the moment another worker is idle
 * with nothing queued, the host takes back (revoke) what a worker holds and has not started.
 */

import { children } from '../runtime/children.js';
import { RemoteError, type SerializedError, WorkerLostError } from './errors.js';
import { startWorker, type WorkerExit } from './handle.js';
import { JobQueue } from './job-queue.js';
import type { TaskResult, WorkerMessage } from './protocol.js';
import { type Entry, Slot } from './slot.js';
import type { Job, WorkerRef, WorkerSetOptions } from './types.js';

export type { Job, WorkerObserver, WorkerRef, WorkerSetOptions } from './types.js';

export class WorkerSet {
  private readonly slots = new Set<Slot>();
  private readonly queue = new JobQueue<Job>();
  private nextId = 1;
  private meanMs = Number.POSITIVE_INFINITY;
  private state: 'running' | 'closing' | 'terminated' | 'broken' = 'running';
  private brokenWith: Error | undefined;
  private idleWaiters: (() => void)[] = [];
  private refed = true;
  private exportNames: string[] | undefined;
  private pumpQueued = false;

  /**
   * When proc-lab ends (Ctrl-C, SIGTERM, SIGHUP, an error), the registry's cleanup first stops
   * this set, so no worker it kills is replaced behind its back, and waits until each is reaped.
   */
  private readonly undoCleanup = children.onCleanup(() =>
    this.terminate(new Error('the program is ending: the task was stopped')),
  );

  constructor(private readonly o: WorkerSetOptions) {
    for (let i = 0; i < o.size; i++) this.spawn();
  }

  /** PIDs (and thread ids) of the current workers. */
  get workers(): WorkerRef[] {
    return [...this.slots].map((s) => s.ref);
  }

  get queued(): number {
    return this.queue.length;
  }

  get broken(): Error | undefined {
    return this.brokenWith;
  }

  /** The functions the task module exports, once a worker has loaded it. */
  get exports(): readonly string[] | undefined {
    return this.exportNames;
  }

  submit(job: Job): number {
    if (this.brokenWith) throw this.brokenWith;
    const id = this.nextId++;
    this.queue.push({ id, job, sentAt: 0 });
    // Jobs submitted in one go are handed out together, a batch per worker, once the caller yields.
    if (!this.pumpQueued) {
      this.pumpQueued = true;
      queueMicrotask(() => {
        this.pumpQueued = false;
        this.pump();
      });
    }
    return id;
  }

  /**
   * Whether the workers keep the host's event loop alive (default true). A Pool turns this off
   * while nobody waits on it, so a forgotten pool does not hold a program open; replacements
   * started later follow the same setting.
   */
  keepAlive(on: boolean): void {
    this.refed = on;
    for (const s of this.slots) s.handle.ref(on);
  }

  /** Take a job out of the queue if no worker has it yet. */
  cancel(id: number): boolean {
    if (!this.queue.remove(id)) return false;
    this.checkIdle();
    return true;
  }

  /** Resolves once every job submitted so far has settled. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Finish every job, then let the workers exit; resolves when all have exited. */
  async shutdown(): Promise<void> {
    if (this.state === 'running') this.state = 'closing';
    this.retireIdle();
    await this.idle();
    // terminate() (or a break) while we waited has killed the workers already: only wait.
    const stopped = this.state === 'terminated' || this.state === 'broken';
    const exits = [...this.slots].map((s) => {
      if (stopped) s.retiring = true;
      else if (!s.retiring) s.retire();
      return s.handle.exited;
    });
    await Promise.all(exits);
    this.undoCleanup();
  }

  /** Stop every worker now; jobs not finished are rejected with `reason`. */
  async terminate(reason: Error): Promise<void> {
    if (this.state !== 'broken') this.state = 'terminated';
    // Stay alive until every worker has exited and been reaped by us, not by PID 1.
    this.keepAlive(true);
    this.failAll(reason);
    const exits = [...this.slots].map((s) => {
      s.retiring = true;
      s.handle.kill();
      return s.handle.exited;
    });
    await Promise.all(exits);
    this.undoCleanup();
  }

  private spawn(): Slot {
    const module = this.o.module instanceof URL ? this.o.module.href : this.o.module;
    const handle = startWorker(this.o.kind, this.o.name, this.o.onOutput, module);
    const slot = new Slot(handle);
    this.slots.add(slot);
    if (!this.refed) handle.ref(false);
    handle.onMessage((m) => this.onMessage(slot, m));
    void handle.exited.then((exit) => this.onExit(slot, exit));
    handle.send({
      type: 'init',
      module,
      initializer: this.o.initializer,
      initargs: this.o.initargs,
      reportStarts: this.o.reportStarts === true,
    });
    return slot;
  }

  /** How many jobs a worker may hold: more than one only when jobs are known to be very short. */
  private window(): number {
    return this.meanMs < 1 ? 16 : this.meanMs < 5 ? 2 : 1;
  }

  private pump(): void {
    if (this.state === 'terminated' || this.state === 'broken') return;
    const limit = this.o.maxTasksPerWorker ?? Number.POSITIVE_INFINITY;
    const open = [...this.slots].filter((s) => s.ready && !s.retiring && !s.revoking);
    // Send ahead only from a long queue: a handful of tasks go one per worker, in order.
    const long = Math.floor(this.queue.length / (4 * open.length));
    const window = Math.max(1, Math.min(this.window(), long));
    const batches = new Map<Slot, Entry[]>();
    const now = performance.now();
    // One job at a time to the worker holding fewest, so a burst spreads over every worker.
    for (let level = 0; level < window && this.queue.length > 0; level++) {
      for (const slot of open) {
        if (this.queue.length === 0) break;
        const holds = slot.inflight.length + (batches.get(slot)?.length ?? 0);
        if (holds > level || slot.assigned + holds - slot.inflight.length >= limit) continue;
        const entry = this.queue.shift()!;
        entry.sentAt = now;
        const batch = batches.get(slot);
        if (batch) batch.push(entry);
        else batches.set(slot, [entry]);
      }
    }
    const refused = [...batches].flatMap(([slot, entries]) => slot.send(entries));
    for (const slot of this.slots) slot.retireIfDone(this.o.maxTasksPerWorker);
    this.rebalance(limit);
    this.retireIdle();
    for (const [entry, err] of refused) entry.job.reject(err);
    if (refused.length > 0) this.checkIdle();
  }

  /**
   * Closing, and nothing left that an idle worker could take (none queued, none waiting in
   * another worker to be taken back): it exits now, as CPython's workers do once they reach the
   * end of the work, instead of all exiting together at the end, which only makes the last task's
   * wait longer.
   */
  private retireIdle(): void {
    if (this.state !== 'closing' || this.queue.length > 0) return;
    if ([...this.slots].some((s) => s.inflight.length > 1)) return;
    for (const s of this.slots) if (s.ready && !s.retiring && s.inflight.length === 0) s.retire();
  }

  /** Nothing queued and a worker idle: take back what the others hold and have not started. */
  private rebalance(limit: number): void {
    if (this.queue.length > 0 || ![...this.slots].some((s) => s.idle(limit))) return;
    for (const s of this.slots) s.revoke();
  }

  private onMessage(slot: Slot, m: WorkerMessage): void {
    const w = slot.ref;
    switch (m.type) {
      case 'ready':
        slot.ready = true;
        this.exportNames = m.exports;
        this.o.observer?.workerStart?.(w);
        this.pump();
        return;
      case 'init-error':
        this.break(`worker ${w.pid} could not start: ${m.error.message}`, {
          error: m.error,
          pid: w.pid,
        });
        return;
      case 'start':
        this.o.observer?.taskStart?.(m.id, w);
        return;
      case 'done':
        this.finished(slot, m.results);
        return;
      case 'revoked':
        this.queue.putBack(slot.takeBack(m.ids));
        this.pump();
        return;
    }
  }

  private finished(slot: Slot, results: TaskResult[]): void {
    const w = slot.ref;
    const now = performance.now();
    // A batch of results shares the time since the worker's last report (or since it was sent).
    const first = slot.inflight[0];
    const took = first ? (now - Math.max(first.sentAt, slot.lastDone)) / results.length : 0;
    slot.lastDone = now;
    for (const r of results) {
      const at = slot.inflight.findIndex((e) => e.id === r.id);
      if (at < 0) continue;
      const [entry] = slot.inflight.splice(at, 1);
      this.meanMs = Number.isFinite(this.meanMs) ? this.meanMs * 0.8 + took * 0.2 : took;
      this.o.observer?.taskEnd?.(r.id, w, r.ok, now - entry!.sentAt);
      if (r.ok) entry!.job.resolve(r.value, w);
      else if (r.uncloneable) entry!.job.reject(new TypeError(r.error.message));
      else entry!.job.reject(new RemoteError(r.error, w.pid));
    }
    this.pump();
    this.checkIdle();
  }

  private onExit(slot: Slot, exit: WorkerExit): void {
    this.slots.delete(slot);
    const old = slot.ref;
    this.o.observer?.workerExit?.(old, exit);
    const lost = slot.inflight.splice(0);
    if (this.state === 'terminated' || this.state === 'broken') return;
    if (!slot.retiring || lost.length > 0) {
      const how = exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
      if (!slot.ready || this.o.onLost === 'break') {
        this.queue.putBack(lost); // so that break() fails them with the others
        this.break(`worker ${old.pid} died ${slot.ready ? 'abruptly' : 'while starting'} (${how})`);
        return;
      }
      // The first job was running when the worker died; any others were only waiting in it.
      const [running, ...waiting] = lost;
      running?.job.reject(new WorkerLostError(old.pid, exit.code, exit.signal, running.job.fn));
      this.queue.putBack(waiting);
    }
    // Replace it, unless the set is winding down and has nothing left to do.
    if (this.state === 'running' || this.queue.length > 0) {
      const next = this.spawn();
      this.o.observer?.workerReplace?.(old, next.ref);
    }
    this.checkIdle();
  }

  private break(cause: string, remote?: { error: SerializedError; pid: number }): void {
    if (this.state === 'broken') return;
    const err =
      this.o.brokenError?.(cause) ??
      (remote
        ? new RemoteError(remote.error, remote.pid)
        : new Error(`the pool is broken: ${cause}`));
    this.brokenWith = err;
    this.state = 'broken';
    this.failAll(err);
    for (const s of this.slots) {
      s.retiring = true;
      s.handle.kill();
    }
  }

  private failAll(err: Error): void {
    const entries = [
      ...this.queue.drain(),
      ...[...this.slots].flatMap((s) => s.inflight.splice(0)),
    ];
    for (const e of entries) e.job.reject(err);
    this.checkIdle();
  }

  private isIdle(): boolean {
    return this.queue.length === 0 && [...this.slots].every((s) => s.inflight.length === 0);
  }

  private checkIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters.splice(0);
    for (const w of waiters) w();
  }
}
