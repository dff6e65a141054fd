/**
 * The producer of a queue run: it puts the tasks into the stream, follows what the workers report
 * through the events stream, and looks at the broker itself (pending entries, heartbeats) for
 * what no worker can report: that a worker died. It counts each task's result exactly once,
 * however many times the task was delivered (at-least-once delivery means a task can finish twice).
 * No screen here: the lesson part draws what this reports.
 */
import { randomBytes } from 'node:crypto';
import type { Redelivery } from './broker.js';
import { type Broker, type BrokerView, isNoGroup } from './broker.js';
import { GROUP } from './keys.js';
import { FORGET_IDLE, PURGE_ENDED, TAKE_LOST } from './scripts.js';
import type { TaskArgs, TaskName } from './tasks.js';

/** How often the producer looks at the broker (the view, lost workers) and renews its run. */
const POLL_MS = 250;
/** The run key lives this long without renewal: a producer killed outright frees its tasks soon. */
const RUN_TTL_MS = 3000;

export interface WorkerId {
  worker: string;
  host: string;
  pid: number;
}

export type ProducerReport =
  | ({ type: 'join'; concurrency: number; already: boolean } & WorkerId)
  | ({ type: 'start'; task: number; slot: number; redelivery?: Redelivery } & WorkerId)
  | ({ type: 'end'; task: number; slot: number; result: unknown; ms: number } & WorkerId & {
        /** A second completion of a task already counted: reported, not counted. */
        duplicate: boolean;
      })
  | { type: 'lost'; worker: string }
  | { type: 'leave'; worker: string; requeued: number }
  | { type: 'view'; view: BrokerView };

export interface ProducerOptions {
  tasks: number;
  fn: TaskName;
  /** The arguments of task i. */
  args: (i: number) => TaskArgs;
  leaseMs: number;
}

export interface RunSummary {
  results: Map<number, { worker: string; result: unknown }>;
  duplicates: number;
  view: BrokerView;
}

export class Producer {
  /** This run's ID: jobs carry it, and workers drop jobs of runs that are over. */
  readonly run = randomBytes(6).toString('hex');
  private lastEvent = '0-0';
  private ended = false;
  private readonly results = new Map<number, { worker: string; result: unknown }>();
  private duplicates = 0;

  constructor(
    private readonly broker: Broker,
    private readonly o: ProducerOptions,
  ) {}

  /** Workers that are alive now (heartbeat not run out), as the broker knows them. */
  async workers(): Promise<(WorkerId & { concurrency: number })[]> {
    const { cmd, keys } = this.broker;
    const now = await this.brokerTime();
    const names = await cmd.zRangeByScore(keys.alive, now, '+inf');
    const info = names.length ? await cmd.hmGet(keys.info, names) : [];
    return names.map((worker, i) => {
      const d = parseInfo(info[i]) as {
        host?: string;
        pid?: number;
        concurrency?: number;
      };
      return { worker, host: d.host ?? '?', pid: d.pid ?? 0, concurrency: d.concurrency ?? 1 };
    });
  }

  private async brokerTime(): Promise<number> {
    const [s, us] = (await this.broker.cmd.sendCommand(['TIME'])) as [string, string];
    return Number(s) * 1000 + Math.floor(Number(us) / 1000);
  }

  /** 1. Start the run: remove what ended runs left, mark this run alive, queue every task. */
  async submit(): Promise<number> {
    const { cmd, keys } = this.broker;
    // Events after this instant are ours to read (stream IDs are the broker's milliseconds).
    this.lastEvent = `${await this.brokerTime()}-0`;
    await cmd.set(keys.run(this.run), String(process.pid), { PX: RUN_TTL_MS });
    await cmd.hSet(keys.config, 'leaseMs', String(this.o.leaseMs));
    const purged = await this.broker.script<number>(
      PURGE_ENDED,
      [keys.tasks, keys.done],
      [GROUP, keys.run('')],
    );
    const tx = cmd.multi();
    for (let i = 0; i < this.o.tasks; i++) {
      tx.xAdd(keys.tasks, '*', {
        run: this.run,
        task: String(i),
        fn: this.o.fn,
        args: JSON.stringify(this.o.args(i)),
      });
    }
    await tx.exec();
    return purged;
  }

  /** 2. Follow the run until every task has a result; reject if the broker is lost. */
  async follow(report: (r: ProducerReport) => void): Promise<RunSummary> {
    const { keys } = this.broker;
    let failure: unknown;
    const poll = setInterval(() => {
      void this.look(report).catch((err) => {
        failure ??= err;
      });
    }, POLL_MS);
    try {
      while (this.results.size < this.o.tasks) {
        if (failure) throw failure;
        const reply = (await this.broker.reader.xRead(
          { key: keys.events, id: this.lastEvent },
          { BLOCK: POLL_MS, COUNT: 200 },
        )) as { messages: { id: string; message: Record<string, string> }[] }[] | null;
        for (const m of reply?.[0]?.messages ?? []) {
          this.lastEvent = m.id;
          this.handle(m.message, report);
        }
      }
      const view = await this.broker.view(this.run);
      report({ type: 'view', view });
      return { results: this.results, duplicates: this.duplicates, view };
    } catch (err) {
      if (this.broker.isClosing) throw err;
      throw this.broker.failure(err);
    } finally {
      clearInterval(poll);
    }
  }

  /** The broker's side: renew the run, report lost workers and the queue as Redis holds it. */
  private async look(report: (r: ProducerReport) => void): Promise<void> {
    const { cmd, keys } = this.broker;
    if (this.ended) return;
    await cmd.pExpire(keys.run(this.run), RUN_TTL_MS);
    const lost = await this.broker.script<string[]>(TAKE_LOST, [keys.alive, keys.info]);
    for (const worker of lost) report({ type: 'lost', worker });
    report({ type: 'view', view: await this.broker.view(this.run) });
  }

  private handle(f: Record<string, string>, report: (r: ProducerReport) => void): void {
    const who = { worker: f.worker ?? '?', host: f.host ?? '?', pid: Number(f.pid) };
    if (f.type === 'join') {
      report({ type: 'join', ...who, concurrency: Number(f.concurrency ?? 1), already: false });
      return;
    }
    if (f.type === 'leave') {
      report({ type: 'leave', worker: who.worker, requeued: Number(f.requeued ?? 0) });
      return;
    }
    if (f.run !== this.run) return; // another run's task
    const task = Number(f.task);
    const slot = Number(f.slot ?? 0);
    if (f.type === 'start') {
      const redelivery = f.from
        ? { from: f.from, idleMs: Number(f.idleMs), deliveries: Number(f.deliveries) }
        : undefined;
      report({ type: 'start', ...who, task, slot, ...(redelivery ? { redelivery } : {}) });
    } else if (f.type === 'end') {
      const result = JSON.parse(f.result ?? 'null') as unknown;
      const duplicate = this.results.has(task);
      if (duplicate) this.duplicates++;
      else this.results.set(task, { worker: who.worker, result });
      report({ type: 'end', ...who, task, slot, result, ms: Number(f.ms), duplicate });
    }
  }

  /**
   * 3. End the run, finished or not (also on Ctrl-C): without its run key, workers drop any task
   * of it they still meet, and the purge removes those still waiting, so the queue holds nothing
   * of this run afterwards. Consumers that hold nothing and are not alive are forgotten.
   */
  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    const { cmd, keys } = this.broker;
    await cmd.del(keys.run(this.run));
    await this.broker
      .script(PURGE_ENDED, [keys.tasks, keys.done], [GROUP, keys.run('')])
      .catch((err) => {
        if (!isNoGroup(err)) throw err;
      });
    await this.broker.script(FORGET_IDLE, [keys.tasks, keys.alive], [GROUP]);
  }
}

/** A worker's info as it wrote it; anything unreadable (another program's data) reads as empty. */
function parseInfo(raw: unknown): unknown {
  try {
    return JSON.parse(String(raw ?? '{}'));
  } catch {
    return {};
  }
}
