/**
 * Watching a few PIDs change state: polls their kernel entries and calls back whenever the state
 * letter or the parent changes, or the PID leaves the table ('gone'). On Linux a poll is a few
 * small file reads, so every 20 ms is cheap; elsewhere each poll runs `ps`, so poll less often.
 */
import { entries, hasProcfs } from './stat.js';

export const GONE = 'gone';

export interface Observed {
  pid: number;
  ppid: number;
  /** A state letter, or 'gone' once the PID has left the process table. */
  state: string;
}

export const DEFAULT_POLL_MS = hasProcfs ? 20 : 150;

type Waiter = { pid: number; test: (o: Observed) => boolean; resolve: (o: Observed) => void };

export class StateWatch {
  private readonly last = new Map<number, Observed>();
  private readonly waiters = new Set<Waiter>();
  private timer: NodeJS.Timeout | undefined;
  private busy = false;

  constructor(
    private readonly onChange: (o: Observed) => void,
    private readonly pollMs = DEFAULT_POLL_MS,
  ) {}

  /** Start watching a PID (the first poll reports its current state as a change). */
  add(pid: number): void {
    if (!this.last.has(pid)) this.last.set(pid, { pid, ppid: 0, state: '' });
    this.timer ??= setInterval(() => void this.poll(), this.pollMs);
    void this.poll();
  }

  /** The last state seen for a PID. */
  seen(pid: number): Observed | undefined {
    const o = this.last.get(pid);
    return o?.state ? o : undefined;
  }

  /** Resolve with the first observation of `pid` that passes `test` (possibly the current one). */
  until(pid: number, test: (o: Observed) => boolean): Promise<Observed> {
    const now = this.seen(pid);
    if (now && test(now)) return Promise.resolve(now);
    return new Promise((resolve) => this.waiters.add({ pid, test, resolve }));
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async poll(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const watched = [...this.last.keys()].filter((p) => this.last.get(p)!.state !== GONE);
      const found = await entries(watched);
      for (const pid of watched) {
        const e = found.get(pid);
        const before = this.last.get(pid)!;
        const now: Observed = e
          ? { pid, ppid: e.ppid, state: e.state }
          : { pid, ppid: before.ppid, state: GONE };
        if (now.state === before.state && now.ppid === before.ppid) continue;
        this.last.set(pid, now);
        this.onChange(now);
        for (const w of this.waiters) {
          if (w.pid === pid && w.test(now)) {
            this.waiters.delete(w);
            w.resolve(now);
          }
        }
      }
    } finally {
      this.busy = false;
    }
  }
}
