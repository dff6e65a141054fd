/**
 * One program's connection to the queue's broker: a Redis server reached with the client the ipc
 * lesson already uses (src/ipc/redis.ts: fast failure, no reconnect loop). Two
 * connections, because a blocking read (XREADGROUP/XREAD ... BLOCK) holds its connection until an
 * entry arrives, and heartbeats, lease renewals and acknowledgements must not wait behind it.
 *
 * NOTE: when the server goes away mid-run, every command in flight and every later one rejects
 * (no reconnect strategy), so the loops stop within one block interval; `failure()` turns that
 * into the one bilingual line proc-lab prints before exiting 1.
 */
import { openRedis, safeUrl, serverInfo } from '../ipc/redis.js';
import { LessonFailure } from '../runtime/errors.js';
import { EVENTS_MAXLEN, GROUP, type QueueKeys, queueKeys } from './keys.js';

const TRIM = { strategy: 'MAXLEN', strategyModifier: '~', threshold: EVENTS_MAXLEN } as const;

export type Redis = Awaited<ReturnType<typeof openRedis>>;

/** The broker's own view of the queue, read from Redis rather than from what we were told. */
export interface BrokerView {
  /** Entries in the stream that no worker has taken yet. */
  waiting: number;
  /** Entries taken and not yet acknowledged: the pending entries list. */
  active: number;
  /** Pending entries per consumer (worker name). */
  pending: Record<string, number>;
  /** Completions acknowledged for one run, duplicates included. */
  done: number;
}

/** A stream entry as the client returns it. */
export interface Entry {
  id: string;
  message: Record<string, string>;
}

/** How an entry came to a worker the second (or later) time. */
export interface Redelivery {
  /** The consumer that held the entry before. */
  from: string;
  /** How long the entry had gone without a renewal when it was taken (at least the lease). */
  idleMs: number;
  /** Times the broker has delivered this entry, this time included. */
  deliveries: number;
}

export class Broker {
  /** Set once we close on purpose: errors after that are expected, not a lost broker. */
  private closing = false;

  private constructor(
    readonly url: string,
    readonly keys: QueueKeys,
    /** Commands that answer at once. */
    readonly cmd: Redis,
    /** Blocking reads only. */
    readonly reader: Redis,
    readonly version: string,
  ) {}

  /** Connect twice (or fail with one bilingual line), and make sure the consumer group exists. */
  static async open(url: string, queue: string): Promise<Broker> {
    const cmd = await openRedis(url);
    let reader: Redis;
    try {
      reader = await openRedis(url);
    } catch (err) {
      cmd.destroy();
      throw err;
    }
    const { version } = serverInfo(await cmd.info('server'));
    const broker = new Broker(safeUrl(url), queueKeys(queue), cmd, reader, version);
    await broker.ensureGroup();
    return broker;
  }

  /**
   * The group reads the stream from its start ('0'): finished entries are deleted, so whatever is
   * still in the stream is work. MKSTREAM creates the stream too. Also called after a NOGROUP
   * error, when `--reset` removed the queue under a running worker.
   */
  async ensureGroup(): Promise<void> {
    try {
      await this.cmd.xGroupCreate(this.keys.tasks, GROUP, '0', { MKSTREAM: true });
    } catch (err) {
      if (!String((err as Error).message).startsWith('BUSYGROUP')) throw err;
    }
  }

  /** Run one of ./scripts.ts atomically in the broker. */
  script<T>(source: string, keys: string[], args: (string | number)[] = []): Promise<T> {
    return this.cmd.eval(source, { keys, arguments: args.map(String) }) as Promise<T>;
  }

  /**
   * XPENDING lists entries idle longer than the lease, with their holder; XCLAIM with the same
   * minimum idle time takes one only if it is still that stale, so two workers racing for it
   * cannot both win. (XAUTOCLAIM does both in one call, but does not say whose entry it was.)
   */
  async takeStale(consumer: string, leaseMs: number, max: number) {
    const { tasks } = this.keys;
    const stale = await this.cmd.xPendingRange(tasks, GROUP, '-', '+', max, { IDLE: leaseMs });
    const taken: { entry: Entry; redelivery: Redelivery }[] = [];
    for (const s of stale) {
      if (s.consumer === consumer) continue;
      const [entry] = (await this.cmd.xClaim(
        tasks,
        GROUP,
        consumer,
        leaseMs,
        s.id,
      )) as (Entry | null)[];
      if (!entry) continue;
      const redelivery = {
        from: s.consumer,
        idleMs: s.millisecondsSinceLastDelivery,
        deliveries: s.deliveriesCounter + 1,
      };
      taken.push({ entry, redelivery });
    }
    return taken;
  }

  /** Add an entry to the events stream (capped: it is a log, not storage). */
  async publish(fields: Record<string, string>): Promise<void> {
    await this.cmd.xAdd(this.keys.events, '*', fields, { TRIM });
  }

  /**
   * Acknowledge and delete a task's entry; with `end`, publish the result and count the
   * completion in the same MULTI/EXEC: the result, the acknowledgement and the count go together
   * or not at all.
   */
  async acknowledge(id: string, end?: Record<string, string>): Promise<void> {
    const { tasks, events, done } = this.keys;
    const tx = this.cmd.multi();
    if (end) tx.xAdd(events, '*', end, { TRIM }).hIncrBy(done, end.run!, 1);
    tx.xAck(tasks, GROUP, id).xDel(tasks, id);
    await tx.exec();
  }

  async view(run: string): Promise<BrokerView> {
    const { tasks, done } = this.keys;
    const [length, summary, count] = await Promise.all([
      this.cmd.xLen(tasks),
      this.cmd.xPending(tasks, GROUP).catch(() => undefined),
      this.cmd.hGet(done, run),
    ]);
    const pending: Record<string, number> = {};
    for (const c of summary?.consumers ?? []) pending[String(c.name)] = Number(c.deliveriesCounter);
    const active = Number(summary?.pending ?? 0);
    return { waiting: Math.max(0, length - active), active, pending, done: Number(count ?? 0) };
  }

  /** `--reset`: delete every key of this queue (a running worker recreates the group). */
  async reset(): Promise<number> {
    const { prefix, tasks, events, alive, info, config, done } = this.keys;
    const runs: string[] = [];
    for await (const keys of this.cmd.scanIterator({ MATCH: `${prefix}:run:*`, COUNT: 100 })) {
      runs.push(...keys);
    }
    return this.cmd.del([tasks, events, alive, info, config, done, ...runs]);
  }

  get isClosing(): boolean {
    return this.closing;
  }

  /** The line to exit with when a command failed while we were not closing. */
  failure(err: unknown): LessonFailure {
    const reason = err instanceof Error ? err.message || err.name : String(err);
    return new LessonFailure(
      {
        zh: `与 Redis ${this.url} 的连接断了（${reason}）`,
        en: `lost the connection to Redis at ${this.url} (${reason})`,
      },
      { cause: err },
    );
  }

  close(): void {
    this.closing = true;
    this.reader.destroy();
    this.cmd.destroy();
  }
}

/** Is this error the broker telling us the group is gone (`--reset` under a running worker)? */
export function isNoGroup(err: unknown): boolean {
  return err instanceof Error && err.message.startsWith('NOGROUP');
}
