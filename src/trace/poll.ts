/**
 * The polling observer (no strace): every interval it looks at the program's processes in a table
 * source (sources.ts: /proc on Linux, else ps). New processes are found among the children of the
 * ones it knows (and of the subreaper, where orphans arrive), looked for only when the source
 * cannot rule out that one was created since the last look. A state Z is an exit (its status read
 * from the zombie's entry), a PID gone is a reaping, a PPID that changes is a re-parenting, and a
 * new `comm` is an exec. What lives less than one interval is missed, and output cannot be told
 * apart by process: the screen says so.
 */
import { constants } from 'node:os';
import type { TraceModel } from './model.js';
import { PROC_POLL_MS, ProcSource, type TableSource } from './sources.js';

/** The /proc poller's interval, ms (the ps source polls less often: see sources.ts). */
export const POLL_MS = PROC_POLL_MS;

const SIGNALS = Object.entries(constants.signals);
export function signalName(n: number): string {
  return SIGNALS.find(([, v]) => v === n)?.[0] ?? `SIG${n}`;
}

export class ProcPoller {
  private readonly watching = new Map<number, { comm: string }>();
  /** Gone while their parent was gone too: the subreaper's report, or else `finish`, settles it. */
  private readonly unsettled = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  /** Time spent polling, ms: the bench reports it. */
  busyMs = 0;

  constructor(
    private readonly model: TraceModel,
    private readonly now: () => number,
    /** Where orphans are re-parented to (its children are ours too), if proc-lab has one. */
    private readonly subreaper: number | undefined,
    private readonly source: TableSource = new ProcSource(),
  ) {}

  private looking = false;

  /** One poll after a fresh look at the table (never two at once: ps may take a while). */
  private async tick(): Promise<void> {
    if (this.looking) return;
    this.looking = true;
    try {
      await this.source.refresh();
      if (this.timer !== undefined) this.poll();
    } finally {
      this.looking = false;
    }
  }

  /** The program itself, just started. */
  add(pid: number, ppid: number, argv: readonly string[]): void {
    // Its command line as the kernel has it, so a fork is told from an exec by comparing.
    this.model.start(pid, ppid, this.now(), this.source.argv(pid) ?? [...argv]);
    this.watching.set(pid, { comm: this.source.stat(pid)?.comm ?? '' });
    this.timer ??= setInterval(() => void this.tick(), this.source.intervalMs);
    void this.tick();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** A poll on a table read this instant. */
  pollNow(): void {
    this.source.refreshNow();
    this.poll();
  }

  /** A last look at a fresh table, then finish(). */
  async settle(): Promise<void> {
    this.stop();
    await this.source.refresh();
    this.poll();
    this.finish();
  }

  /** The end: what the subreaper did not reap, its parent did before it died. */
  finish(): void {
    this.stop();
    this.source.close?.();
    for (const [pid, t] of this.unsettled) {
      const rec = this.model.get(pid);
      if (!rec || rec.reapedAt !== undefined) continue;
      this.model.exitIfUnknown(pid, null, null, t);
      this.model.reaped(pid, rec.ppid, t);
    }
  }

  poll(): void {
    const started = performance.now();
    const t = this.now();
    const m = this.model;
    const { source } = this;
    for (const [pid, seen] of this.watching) {
      const e = source.stat(pid);
      const rec = m.get(pid)!;
      if (!e) {
        this.watching.delete(pid);
        // Reaped by its parent; unless the subreaper took it, which says so itself, exit status
        // included (ours is lost with the entry).
        if (this.subreaper !== undefined && rec.ppid === this.subreaper) continue;
        // NOTE: the parent may have exited in this same poll, after this child was read: look at
        // it now, or a zombie the subreaper reaped on re-parenting is put down to its parent.
        const parentNow = source.stat(rec.ppid);
        const parentEnded =
          m.get(rec.ppid)?.end !== undefined || !parentNow || parentNow.state === 'Z';
        if (this.subreaper !== undefined && parentEnded) {
          // Gone, so it has ended; only who reaped it waits (the subreaper says, or finish()).
          m.exitIfUnknown(pid, null, null, t);
          this.unsettled.set(pid, t);
          continue;
        }
        m.exitIfUnknown(pid, null, null, t);
        m.reaped(pid, rec.ppid, t);
        continue;
      }
      if (e.ppid !== rec.ppid) m.reparent(pid, e.ppid, t);
      if (e.state === 'Z') {
        const sig = e.exitSignal ?? 0;
        m.exitIfUnknown(pid, sig ? null : (e.exitCode ?? null), sig ? signalName(sig) : null, t);
      } else if (seen.comm === '') {
        seen.comm = e.comm; // first seen by a source that had not looked yet when it was added
      } else if (e.comm !== seen.comm) {
        seen.comm = e.comm;
        const argv = source.argv(pid);
        if (argv) m.exec(pid, argv, t);
      }
    }
    const scan = !source.nothingCreated?.();
    const parents = scan
      ? [...this.watching.keys()].filter((p) => m.get(p)?.end === undefined)
      : [];
    if (scan && this.subreaper !== undefined) parents.push(this.subreaper);
    for (let i = 0; i < parents.length; i++) {
      for (const child of source.children(parents[i]!)) {
        if (m.get(child) || this.watching.has(child)) continue;
        const e = source.stat(child);
        if (!e) continue;
        const argv = source.argv(child) ?? [];
        m.start(child, e.ppid, t);
        const rec = m.get(child)!;
        // It has exec'd already if its command line is no longer its parent's.
        if (argv.length > 0 && argv.join('\0') !== rec.argv.join('\0')) m.exec(child, argv, t);
        this.watching.set(child, { comm: e.comm });
        parents.push(child); // its own children, found in the same poll
        if (e.state === 'Z') m.exitIfUnknown(child, e.exitCode ?? null, null, t);
      }
    }
    m.advance(t);
    this.busyMs += performance.now() - started;
  }
}
