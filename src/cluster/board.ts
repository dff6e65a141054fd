/**
 * The producer's picture of a queue run: one timeline row per worker (`host:pid`, and `/slot`
 * for a worker running several tasks at once), the broker's own counts under it, and what the
 * producer has counted. It only records what it is told (./producer.ts reports, the kill of
 * `--kill-one`) and draws it; the lesson part redraws it in place or prints it once.
 */
import { type Bi, fmt, type Lang, pick, type Vars } from '../i18n/index.js';
import { displayWidth } from '../ui/format.js';
import { type Block, renderTimeline, type TimelineRow } from '../ui/timeline.js';
import { text } from './board.text.js';
import type { BrokerView } from './broker.js';
import type { ProducerReport } from './producer.js';

/** Room for a row label: longer host names keep their end (the PID) and lose their start. */
const LABEL_MAX = 22;
/** The picture fits 80 columns: indent, label, a space, the axis and its last tick label. */
const COLUMNS = 80;

export interface TaskStory {
  task: number;
  /** Every start of the task, in order: where it ran, when (ms on the producer's clock). */
  starts: { worker: string; t: number; idleMs?: number }[];
  killedAt?: number;
  killed?: string;
  end?: { worker: string; t: number };
}

export class Board {
  private readonly rows = new Map<string, TimelineRow>();
  private readonly open = new Map<number, Block>();
  readonly stories = new Map<number, TaskStory>();
  view: BrokerView | undefined;
  counted = 0;

  constructor(private readonly tasks: number) {}

  /** Each worker's concurrency, from its join: a worker of several slots gets a row per slot. */
  private readonly slots = new Map<string, number>();

  private row(worker: string, slot: number): TimelineRow {
    const many = (this.slots.get(worker) ?? 1) > 1 || slot > 0;
    const key = many ? `${worker}/${slot + 1}` : worker;
    let row = this.rows.get(key);
    if (!row) {
      const label = key.length > LABEL_MAX ? `…${key.slice(-(LABEL_MAX - 1))}` : key;
      row = { label, blocks: [] };
      this.rows.set(key, row);
    }
    return row;
  }

  private story(task: number): TaskStory {
    let s = this.stories.get(task);
    if (!s) {
      s = { task, starts: [] };
      this.stories.set(task, s);
    }
    return s;
  }

  apply(r: ProducerReport, t: number): void {
    if (r.type === 'join') {
      this.slots.set(r.worker, r.concurrency);
      for (let slot = 0; slot < r.concurrency; slot++) this.row(r.worker, slot);
    } else if (r.type === 'view') this.view = r.view;
    else if (r.type === 'start') {
      const block: Block = { start: t, label: String(r.task) };
      // A task taken over is marked ↻ on the row that took it (the mark first: a short block
      // shows only its first characters).
      if (r.redelivery) block.label = `↻${block.label}`;
      this.row(r.worker, r.slot).blocks.push(block);
      this.open.set(r.task, block);
      this.story(r.task).starts.push({
        worker: r.worker,
        t,
        ...(r.redelivery ? { idleMs: r.redelivery.idleMs } : {}),
      });
    } else if (r.type === 'end' && !r.duplicate) {
      const block = this.open.get(r.task);
      if (block) block.end = t;
      this.open.delete(r.task);
      this.story(r.task).end = { worker: r.worker, t };
      this.counted++;
    }
  }

  /** `--kill-one` killed the worker running `task`: its block ends there, marked ✗. */
  kill(worker: string, task: number, t: number): void {
    const block = this.open.get(task);
    if (block) {
      block.end = t;
      block.label = `✗${block.label}`;
    }
    this.open.delete(task);
    Object.assign(this.story(task), { killedAt: t, killed: worker });
  }

  lines(lang: Lang, now: number): string[] {
    const rows = [...this.rows.values()];
    const out = renderTimeline(rows, { now, total: COLUMNS - 1 });
    const v = this.view;
    const say = (t: Bi, vars: Vars) => out.push(...pick(fmt(t, vars), lang).map((l) => `  ${l}`));
    if (v) {
      say(text.broker, { waiting: v.waiting, active: v.active, done: v.done });
      const held = Object.entries(v.pending).filter(([, n]) => n > 0);
      say(text.pending, {
        list: held.length ? fitList(held.map(([w, n]) => `${w} ${n}`)) : text.none,
      });
    }
    say(text.counted, { n: this.counted, m: this.tasks });
    return out;
  }
}

/** As many items as fit on one line beside its label; the rest as "+N". */
function fitList(items: readonly string[], room = COLUMNS - 30): string {
  let line = '';
  for (const [i, item] of items.entries()) {
    const next = line ? `${line}, ${item}` : item;
    if (displayWidth(next) > room) return `${line} +${items.length - i}`;
    line = next;
  }
  return line;
}
