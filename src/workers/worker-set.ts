/**
 * The one mechanism for starting, feeding and replacing workers, shared by Pool (which replaces a
 * dead worker) and the executors (which break). Jobs wait in one queue in the host; each worker
 * runs one job at a time. For very short jobs a worker is sent a few ahead (prefetch) so it never
 * idles waiting for a round trip; jobs that take longer than a few ms are sent one at a time, so
 * long tasks spread over the workers in waves exactly as in Python's Pool.
 */
import { RemoteError, type SerializedError, WorkerLostError } from './errors.js';
import {
  type OutputHandler,
  startWorker,
  type WorkerExit,
  type WorkerHandle,
  type WorkerKind,
} from './handle.js';
import type { WorkerMessage } from './protocol.js';

export interface WorkerRef {
  pid: number;
  tid: number;
}

export interface WorkerObserver {
  workerStart?(w: WorkerRef): void;
  /** Called when the worker reports the job has begun (needs `reportStarts`). */
  taskStart?(id: number, w: WorkerRef): void;
  taskEnd?(id: number, w: WorkerRef, ok: boolean, ms: number): void;
  workerExit?(w: WorkerRef, exit: WorkerExit): void;
  workerReplace?(old: WorkerRef, replacement: WorkerRef): void;
}

export interface Job {
  fn: string;
  args: unknown[];
  items?: unknown[][];
  resolve(value: unknown, w: WorkerRef): void;
  reject(err: Error): void;
  /** The job left the queue for a worker (it can no longer be cancelled). */
  onDispatch?(w: WorkerRef): void;
}

export interface WorkerSetOptions {
  kind: WorkerKind;
  size: number;
  module: string | URL;
  initializer?: string;
  initargs?: unknown[];
  /** Replace a worker after it has run this many jobs (Python's maxtasksperchild). */
  maxTasksPerWorker?: number;
  /**
   * What a worker dying mid-job means. 'replace': that job fails with WorkerLostError and a new
   * worker takes over the rest. 'break': every unfinished job fails with `brokenError` and the set
   * stops (concurrent.futures' BrokenProcessPool).
   */
  onLost: 'replace' | 'break';
  brokenError?: (cause: string) => Error;
  reportStarts?: boolean;
  observer?: WorkerObserver;
  onOutput?: OutputHandler;
  /** Name in the process registry (and in `spawn` events). */
  name?: string;
}

interface Entry {
  id: number;
  job: Job;
  sentAt: number;
}

interface Slot {
  handle: WorkerHandle;
  ready: boolean;
  inflight: Entry[];
  assigned: number;
  retiring: boolean;
  lastDone: number;
}

const ref = (h: WorkerHandle): WorkerRef => ({ pid: h.pid, tid: h.tid });

export class WorkerSet {
  private readonly slots = new Set<Slot>();
  private readonly queue: Entry[] = [];
  private nextId = 1;
  private meanMs = Number.POSITIVE_INFINITY;
  private state: 'running' | 'closing' | 'terminated' | 'broken' = 'running';
  private brokenWith: Error | undefined;
  private idleWaiters: (() => void)[] = [];
  private refed = true;

  constructor(private readonly o: WorkerSetOptions) {
    for (let i = 0; i < o.size; i++) this.spawn();
  }

  /** PIDs (and thread ids) of the current workers. */
  get workers(): WorkerRef[] {
    return [...this.slots].map((s) => ref(s.handle));
  }

  get queued(): number {
    return this.queue.length;
  }

  get broken(): Error | undefined {
    return this.brokenWith;
  }

  submit(job: Job): number {
    if (this.brokenWith) throw this.brokenWith;
    const id = this.nextId++;
    this.queue.push({ id, job, sentAt: 0 });
    this.pump();
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
    const i = this.queue.findIndex((e) => e.id === id);
    if (i < 0) return false;
    this.queue.splice(i, 1);
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
    await this.idle();
    // terminate() (or a break) while we waited has killed the workers already: only wait.
    const stopped = this.state === 'terminated' || this.state === 'broken';
    const exits = [...this.slots].map((s) => {
      s.retiring = true;
      if (!stopped) s.handle.send({ type: 'exit' });
      return s.handle.exited;
    });
    await Promise.all(exits);
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
  }

  private spawn(): Slot {
    const handle = startWorker(this.o.kind, this.o.name, this.o.onOutput);
    const slot: Slot = {
      handle,
      ready: false,
      inflight: [],
      assigned: 0,
      retiring: false,
      lastDone: 0,
    };
    this.slots.add(slot);
    if (!this.refed) handle.ref(false);
    handle.onMessage((m) => this.onMessage(slot, m));
    void handle.exited.then((exit) => this.onExit(slot, exit));
    const module = this.o.module instanceof URL ? this.o.module.href : this.o.module;
    handle.send({
      type: 'init',
      module,
      initializer: this.o.initializer,
      initargs: this.o.initargs,
      reportStarts: this.o.reportStarts === true,
    });
    return slot;
  }

  /** How many jobs a worker may hold: more only when jobs are known to be very short. */
  private window(): number {
    return this.meanMs < 1 ? 8 : this.meanMs < 5 ? 2 : 1;
  }

  private pump(): void {
    if (this.state === 'terminated' || this.state === 'broken') return;
    const window = this.window();
    for (const slot of this.slots) {
      const limit = this.o.maxTasksPerWorker ?? Number.POSITIVE_INFINITY;
      while (
        slot.ready &&
        !slot.retiring &&
        this.queue.length > 0 &&
        slot.inflight.length < window &&
        slot.assigned < limit
      ) {
        const entry = this.queue.shift()!;
        entry.sentAt = performance.now();
        slot.inflight.push(entry);
        slot.assigned++;
        entry.job.onDispatch?.(ref(slot.handle));
        const { fn, args, items } = entry.job;
        slot.handle.send({ type: 'task', id: entry.id, fn, args, items });
      }
      this.retireIfDone(slot);
    }
  }

  private retireIfDone(slot: Slot): void {
    const limit = this.o.maxTasksPerWorker;
    if (
      limit !== undefined &&
      !slot.retiring &&
      slot.assigned >= limit &&
      slot.inflight.length === 0
    ) {
      slot.retiring = true;
      slot.handle.send({ type: 'exit' });
    }
  }

  private onMessage(slot: Slot, m: WorkerMessage): void {
    const w = ref(slot.handle);
    switch (m.type) {
      case 'ready':
        slot.ready = true;
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
      case 'done': {
        const entry = slot.inflight.shift();
        if (!entry || entry.id !== m.id) return;
        const now = performance.now();
        const took = now - Math.max(entry.sentAt, slot.lastDone);
        slot.lastDone = now;
        this.meanMs = Number.isFinite(this.meanMs) ? this.meanMs * 0.8 + took * 0.2 : took;
        this.o.observer?.taskEnd?.(m.id, w, m.ok, now - entry.sentAt);
        if (m.ok) entry.job.resolve(m.value, w);
        else entry.job.reject(new RemoteError(m.error, w.pid));
        this.pump();
        this.checkIdle();
        return;
      }
    }
  }

  private onExit(slot: Slot, exit: WorkerExit): void {
    this.slots.delete(slot);
    const old = ref(slot.handle);
    this.o.observer?.workerExit?.(old, exit);
    const lost = slot.inflight.splice(0);
    if (this.state === 'terminated' || this.state === 'broken') return;
    if (!slot.retiring || lost.length > 0) {
      const how = exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
      if (!slot.ready || this.o.onLost === 'break') {
        this.queue.unshift(...lost); // so that break() fails them with the others
        this.break(`worker ${old.pid} died ${slot.ready ? 'abruptly' : 'while starting'} (${how})`);
        return;
      }
      // The first job was running when the worker died; any others were only waiting in it.
      const [running, ...waiting] = lost;
      running?.job.reject(new WorkerLostError(old.pid, exit.code, exit.signal, running.job.fn));
      this.queue.unshift(...waiting);
    }
    // Replace it, unless the set is winding down and has nothing left to do.
    if (this.state === 'running' || this.queue.length > 0) {
      const next = this.spawn();
      this.o.observer?.workerReplace?.(old, ref(next.handle));
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
      ...this.queue.splice(0),
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
