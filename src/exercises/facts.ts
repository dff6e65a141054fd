/**
 * One traced run of a learner's program, read from the trace events into what rules ask about:
 * each process (born when, of whom, exited when, a zombie how long, reaped by whom, adopted by
 * whom), the lines it printed, and a few questions over time (how many alive at once). Rules
 * never walk the raw events themselves.
 */
import { type Bi, list } from '../i18n/index.js';
import type { TraceEvent } from '../trace/index.js';

export interface Proc {
  pid: number;
  /** The parent at birth. */
  ppid: number;
  start: number;
  /** When it exited (it is then a zombie until reaped). */
  exit?: number;
  code?: number | null;
  signal?: string | null;
  /** The last program it exec'd (argv), if any. */
  argv?: string[];
  reapedAt?: number;
  reapedBy?: number;
  reparents: { t: number; from: number; to: number }[];
}

export interface Line {
  t: number;
  pid: number | null;
  stream: 'stdout' | 'stderr';
  text: string;
}

/** How the run ended, as the runner saw it. */
export interface Ending {
  /** The program's exit code, or null when a signal (or proc-lab) ended it. */
  code: number | null;
  signal: string | null;
  /** Stopped by proc-lab: too long, too many processes, too much output. */
  stopped?: 'timeout' | 'max-procs' | 'flood';
  /** The limit that stopped it (ms, processes or lines). */
  limit?: number;
}

/** Helper processes CPython's multiprocessing may start by itself; never counted as the program's. */
const HELPER = /multiprocessing\.(resource_tracker|forkserver)\b/;

export class TracedRun {
  readonly procs = new Map<number, Proc>();
  readonly lines: Line[] = [];
  readonly root: Proc;
  /** When the trace ended (the summary's t, else the last event's). */
  readonly end: number;
  readonly observer: string;
  /** How finely the observer sees times (ms); comparisons of two times allow this much. */
  readonly resolutionMs: number;
  /** proc-lab's subreaper, which adopts the program's orphans (undefined: none, PID 1 does). */
  readonly subreaper: number | undefined;

  constructor(
    readonly events: readonly TraceEvent[],
    readonly ending: Ending,
  ) {
    let observer = 'unknown';
    let resolutionMs = 10;
    let subreaper: number | undefined;
    let last = 0;
    for (const e of events) {
      last = Math.max(last, e.t);
      switch (e.event) {
        case 'observer':
          observer = e.kind;
          resolutionMs = e.resolutionMs;
          subreaper = e.subreaper ?? undefined;
          break;
        case 'proc-start':
          if (!this.procs.has(e.pid))
            this.procs.set(e.pid, { pid: e.pid, ppid: e.ppid, start: e.t, reparents: [] });
          break;
        case 'exec':
          this.at(e.pid, e.t).argv = e.argv;
          break;
        case 'proc-exit': {
          const p = this.at(e.pid, e.t);
          p.exit = e.t;
          p.code = e.code;
          p.signal = e.signal;
          break;
        }
        case 'reaped': {
          const p = this.at(e.pid, e.t);
          p.reapedAt = e.t;
          p.reapedBy = e.by;
          // Some observers report the reap but not the exit: the zombie time says when it exited.
          p.exit ??= e.t - e.zombieMs;
          break;
        }
        case 'reparent':
          this.at(e.pid, e.t).reparents.push({ t: e.t, from: e.from, to: e.to });
          break;
        case 'output':
          this.lines.push({ t: e.t, pid: e.pid, stream: e.stream, text: e.line });
          break;
        case 'summary':
          last = e.t;
          break;
      }
    }
    this.observer = observer;
    this.resolutionMs = resolutionMs;
    this.subreaper = subreaper;
    this.end = last;
    const first = [...this.procs.values()].sort((a, b) => a.start - b.start)[0];
    this.root = first ?? { pid: 0, ppid: 0, start: 0, reparents: [] };
  }

  /** A process an event names before its proc-start (an observer may miss the birth). */
  private at(pid: number, t: number): Proc {
    let p = this.procs.get(pid);
    if (!p) {
      p = { pid, ppid: 0, start: t, reparents: [] };
      this.procs.set(pid, p);
    }
    return p;
  }

  /** When the learner's own program (the first process) ended. */
  get rootEnd(): number {
    return this.root.exit ?? this.end;
  }

  isHelper(p: Proc): boolean {
    return (p.argv ?? []).some((a) => HELPER.test(a));
  }

  /** Every process of the program but the first one and CPython's helpers. */
  descendants(): Proc[] {
    return [...this.procs.values()].filter((p) => p !== this.root && !this.isHelper(p));
  }

  /** The first process's own children (by their parent at birth), helpers left out. */
  children(of: number = this.root.pid): Proc[] {
    return this.descendants().filter((p) => p.ppid === of);
  }

  helpers(): Proc[] {
    return [...this.procs.values()].filter((p) => this.isHelper(p));
  }

  /** The most processes of the program alive at one moment (a zombie is no longer alive). */
  maxAlive(procs: readonly Proc[] = [this.root, ...this.descendants()]): {
    count: number;
    t: number;
  } {
    const marks: { t: number; d: number }[] = [];
    for (const p of procs) {
      marks.push({ t: p.start, d: 1 });
      marks.push({ t: p.exit ?? this.end, d: -1 });
    }
    // At equal times an exit comes first: one ending as the next starts is not two at once.
    marks.sort((a, b) => a.t - b.t || a.d - b.d);
    let alive = 0;
    let best = { count: 0, t: 0 };
    for (const m of marks) {
      alive += m.d;
      if (alive > best.count) best = { count: alive, t: m.t };
    }
    return best;
  }

  /** How long `p` was a zombie, and until when (the end of the trace if nobody reaped it). */
  zombie(p: Proc): { ms: number; until: number; by?: number } | undefined {
    if (p.exit === undefined) return undefined;
    const until = p.reapedAt ?? this.end;
    return { ms: Math.max(0, until - p.exit), until, by: p.reapedBy };
  }

  /** Output lines matching `re`, with their captures, in the order printed. */
  matches(re: RegExp): { line: Line; groups: string[] }[] {
    const found: { line: Line; groups: string[] }[] = [];
    // Global: two processes writing at once can leave two reports on one line.
    const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const line of this.lines) {
      for (const m of line.text.matchAll(all)) found.push({ line, groups: m.slice(1) });
    }
    return found;
  }
}

/** PIDs as a list in each language's way ("4312、4313" and "4312, 4313"); "—" for none. */
export function pids(procs: readonly (Proc | number)[]): Bi {
  if (procs.length === 0) return { zh: '无', en: 'none' };
  return list(
    procs.map((p) => String(typeof p === 'number' ? p : p.pid)).map((s) => ({ zh: s, en: s })),
  );
}

/** Seconds with two decimals, as evidence shows times ("0.20 s"). */
export function sec(ms: number): string {
  return (ms / 1000).toFixed(2);
}
