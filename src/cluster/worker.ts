/**
 * A worker of the queue: the loop behind `proc-lab worker`. It takes jobs from the stream through
 * the consumer group (each entry goes to one consumer and stays in that consumer's pending list
 * until acknowledged), runs only built-in tasks (./tasks.ts), holds a lease on each task it runs
 * by renewing the entry's idle time, and takes over entries whose lease ran out: a worker that
 * died (SIGKILL, a pulled cable) cannot say so, the broker only sees its entries go stale.
 *
 * Delivery is at least once: a task whose worker vanished is run again elsewhere; a worker that
 * was merely slow may also finish it. The producer counts each task once (./producer.ts).
 */
import { hostname } from 'node:os';
import { type Broker, type Entry, isNoGroup, type Redelivery } from './broker.js';
import { DEFAULT_LEASE_MS, EVENTS_MAXLEN, GROUP } from './keys.js';
import { HEARTBEAT, RENEW, REQUEUE, START } from './scripts.js';
import { isRejection, type Job, parseJob, type Rejection, runTask } from './tasks.js';

/** The longest a blocking read waits (shorter with a short lease: see `blockMs`). */
const BLOCK_MS = 1000;

export type WorkerReport =
  | { type: 'join'; worker: string; host: string; pid: number; concurrency: number }
  | { type: 'start'; job: Job; slot: number; redelivery?: Redelivery }
  | { type: 'end'; job: Job; slot: number; result: number | null; ms: number }
  | { type: 'reject'; rejection: Rejection }
  | { type: 'drop'; job: Job }
  | { type: 'lease-lost'; job: Job }
  | { type: 'leave'; requeued: number };

export interface WorkerOptions {
  /** Shown as the host part of `host:pid`; the machine's hostname by default. */
  name?: string;
  /** Tasks this worker runs at the same time. */
  concurrency?: number;
}

interface Running {
  job: Job;
  abort: AbortController;
  renew: NodeJS.Timeout;
}

export class Worker {
  readonly host: string;
  readonly pid = process.pid;
  /** The consumer name in the group, and the worker's row on the producer's timeline. */
  readonly name: string;
  readonly concurrency: number;
  private leaseMs = DEFAULT_LEASE_MS;
  private readonly slots: (Running | undefined)[];
  private wakeUp: (() => void) | undefined;
  private stopping = false;
  private failed: ((err: unknown) => void) | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private stopped: Promise<void> | undefined;
  /** How long one blocking read waits: the loop looks for stale entries at least this often. */
  private blockMs = BLOCK_MS;

  constructor(
    private readonly broker: Broker,
    private readonly report: (r: WorkerReport) => void,
    o: WorkerOptions = {},
  ) {
    this.host = o.name ?? hostname();
    this.name = `${this.host}:${this.pid}`;
    this.concurrency = o.concurrency ?? 1;
    this.slots = Array.from({ length: this.concurrency }, () => undefined);
  }

  /** Join and work until stop() (resolves) or until the broker is lost (rejects with one line). */
  async run(): Promise<void> {
    const failure = new Promise<never>((_, reject) => {
      this.failed = (err) => reject(this.broker.failure(err));
    });
    failure.catch(() => {});
    await Promise.race([this.loop().catch(this.fail), failure]);
    // Stopped on purpose: return once the tasks are handed back, not before.
    await this.stopped;
  }

  /** Any error while not stopping is the broker going away: end the run with it. */
  private fail = (err: unknown): void => {
    if (!this.stopping && !this.broker.isClosing) this.failed?.(err);
  };

  private async beat(): Promise<void> {
    const { alive, info, config } = this.broker.keys;
    const lease = Number(await this.broker.cmd.hGet(config, 'leaseMs'));
    if (lease > 0) this.leaseMs = lease;
    this.blockMs = Math.min(BLOCK_MS, Math.max(50, this.leaseMs / 4));
    await this.broker.script(HEARTBEAT, [alive], [this.name, this.leaseMs]);
    await this.broker.cmd.hSet(info, this.name, this.describe());
  }

  private describe(): string {
    return JSON.stringify({ host: this.host, pid: this.pid, concurrency: this.concurrency });
  }

  private async loop(): Promise<void> {
    // 1. Be seen before taking anything: a heartbeat, then the join in the events stream.
    await this.beat();
    this.heartbeat = setInterval(
      () => void this.beat().catch(this.fail),
      Math.min(1000, this.leaseMs / 5),
    );
    await this.emit({ type: 'join', concurrency: String(this.concurrency) });
    this.report({
      type: 'join',
      worker: this.name,
      host: this.host,
      pid: this.pid,
      concurrency: this.concurrency,
    });
    while (!this.stopping) {
      // 2. Wait for a free slot, 3. take over stale entries first, 4. then read new ones.
      await this.freeSlot();
      if (this.stopping) break;
      try {
        await this.reclaim();
        const free = this.slots.filter((s) => !s).length;
        if (free === 0) continue;
        const reply = await this.broker.reader.xReadGroup(
          GROUP,
          this.name,
          { key: this.broker.keys.tasks, id: '>' },
          { COUNT: free, BLOCK: this.blockMs },
        );
        for (const stream of (reply ?? []) as { messages: Entry[] }[]) {
          for (const m of stream.messages) this.take(m);
        }
      } catch (err) {
        if (this.stopping) break;
        if (isNoGroup(err)) await this.broker.ensureGroup();
        else throw err;
      }
    }
  }

  private freeSlot(): Promise<void> {
    if (this.slots.some((s) => !s) || this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      this.wakeUp = resolve;
    });
  }

  /** Take over entries whose lease ran out, as many as there are free slots. */
  private async reclaim(): Promise<void> {
    const free = this.slots.filter((s) => !s).length;
    for (const { entry, redelivery } of await this.broker.takeStale(
      this.name,
      this.leaseMs,
      free,
    )) {
      this.take(entry, redelivery);
    }
  }

  /** Validate a delivered entry and run it in a free slot. */
  private take(entry: Entry, redelivery?: Redelivery): void {
    const job = parseJob(entry.id, entry.message);
    if (isRejection(job)) {
      // Acknowledged and deleted: a malformed job would otherwise come back after every lease.
      this.report({ type: 'reject', rejection: job });
      void this.finish(entry.id).catch(this.fail);
      return;
    }
    const slot = this.slots.findIndex((s) => !s);
    const abort = new AbortController();
    const renew = setInterval(() => void this.renew(job, abort), this.leaseMs / 4);
    this.slots[slot] = { job, abort, renew };
    void this.work(job, slot, abort.signal, redelivery)
      .catch((err) => {
        if (!abort.signal.aborted) this.fail(err);
      })
      .finally(() => {
        clearInterval(renew);
        this.slots[slot] = undefined;
        this.wakeUp?.();
        this.wakeUp = undefined;
      });
  }

  private async work(job: Job, slot: number, signal: AbortSignal, redelivery?: Redelivery) {
    const { run, events } = this.broker.keys;
    const fields = this.fields({
      type: 'start',
      run: job.run,
      task: String(job.task),
      id: job.id,
      slot: String(slot),
      ...(redelivery
        ? {
            from: redelivery.from,
            idleMs: String(redelivery.idleMs),
            deliveries: String(redelivery.deliveries),
          }
        : {}),
    });
    const flat = Object.entries(fields).flat();
    // A run whose producer has gone (finished, stopped, killed) no longer wants its tasks.
    if (
      !(await this.broker.script<number>(START, [run(job.run), events], [EVENTS_MAXLEN, ...flat]))
    ) {
      this.report({ type: 'drop', job });
      await this.finish(job.id);
      return;
    }
    this.report({ type: 'start', job, slot, ...(redelivery ? { redelivery } : {}) });
    const t0 = performance.now();
    const result = await runTask(job, signal);
    const ms = Math.round((performance.now() - t0) * 10) / 10;
    // The result, the acknowledgement and the count go together or not at all (MULTI/EXEC).
    await this.finish(job.id, {
      type: 'end',
      run: job.run,
      task: String(job.task),
      id: job.id,
      slot: String(slot),
      result: JSON.stringify(result),
      ms: String(ms),
    });
    this.report({ type: 'end', job, slot, result, ms });
  }

  /** Renew the lease; if another worker took the entry meanwhile, stop: it is theirs now. */
  private async renew(job: Job, abort: AbortController): Promise<void> {
    try {
      const { tasks } = this.broker.keys;
      const ours = await this.broker.script<number>(RENEW, [tasks], [GROUP, this.name, job.id]);
      if (ours === 0 && !abort.signal.aborted) {
        abort.abort();
        this.report({ type: 'lease-lost', job });
      }
    } catch (err) {
      this.fail(err);
    }
  }

  /** Acknowledge and delete an entry (and, with `end`, publish the result in the same step). */
  private finish(id: string, end?: Record<string, string>): Promise<void> {
    return this.broker.acknowledge(id, end && this.fields(end));
  }

  private fields(f: Record<string, string>): Record<string, string> {
    return { ...f, worker: this.name, host: this.host, pid: String(this.pid) };
  }

  private emit(f: Record<string, string>): Promise<void> {
    return this.broker.publish(this.fields(f));
  }

  /**
   * Leave on purpose (Ctrl-C, SIGTERM): stop reading, abandon the tasks in hand and give them back
   * to the queue at once (REQUEUE), then remove our heartbeat and say goodbye. Killed instead
   * (SIGKILL), none of this runs, and the lease brings the tasks back.
   */
  stop(): Promise<void> {
    this.stopped ??= this.leave();
    return this.stopped;
  }

  private async leave(): Promise<void> {
    this.stopping = true;
    clearInterval(this.heartbeat);
    this.wakeUp?.();
    // NOTE: closing the reading connection ends the blocked XREADGROUP; an entry delivered to it
    // in that instant is in our pending list all the same, and REQUEUE below hands it back.
    this.broker.reader.destroy();
    for (const s of this.slots) {
      s?.abort.abort();
      if (s) clearInterval(s.renew);
    }
    const { tasks, alive, info } = this.broker.keys;
    try {
      const requeued = await this.broker.script<number>(REQUEUE, [tasks], [GROUP, this.name]);
      await this.broker.cmd.zRem(alive, this.name);
      await this.broker.cmd.hDel(info, this.name);
      await this.emit({ type: 'leave', requeued: String(requeued) });
      this.report({ type: 'leave', requeued });
    } catch {
      // The broker is gone too: nothing to hand back to; the tasks wait in it for their lease.
    }
  }
}
