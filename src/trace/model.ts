/**
 * The model of what happened: observers (strace, /proc polling, ps) report facts about processes
 * in their own terms; the model keeps one record per process and turns the facts into the trace's
 * events, the same whichever observer saw them. Observers differ in precision, not in meaning.
 */
import type { ProcRecord, Stream, Summary, TraceEvent } from './events.js';

/**
 * Every child is a zombie for a moment: from its exit until its parent's wait(). Only a zombie that
 * lasts this long is reported (an event, a count, a red row): long enough to be more than the usual
 * moment, short enough that the observers agree (the poller sees every 10 ms).
 */
export const ZOMBIE_MS = 50;

/**
 * An orphan outlived its parent: re-parented while still alive. A zombie is re-parented too when
 * its parent exits, but it had exited first, so it is not an orphan.
 */
export function isOrphan(p: ProcRecord): boolean {
  return p.reparents.some((r) => p.end === undefined || r.t <= p.end);
}

export interface ModelOptions {
  emit: (e: TraceEvent) => void;
  /**
   * Who adopts an orphan: the subreaper's PID, or 1. strace does not see re-parenting, so with it
   * the model applies the kernel's rule at the parent's exit; pollers see it and say so.
   */
  adopter?: number;
}

export class TraceModel {
  private readonly procs = new Map<number, ProcRecord>();
  private readonly partial = new Map<string, Buffer>();
  private alive = 0;
  maxAlive = 0;
  root: number | undefined;
  /** The processes still alive when the root exited. */
  leftBehind: number[] = [];
  adopter: number | undefined;

  constructor(private readonly o: ModelOptions) {
    this.adopter = o.adopter;
  }

  get(pid: number): ProcRecord | undefined {
    return this.procs.get(pid);
  }

  records(): ProcRecord[] {
    return [...this.procs.values()];
  }

  get aliveCount(): number {
    return this.alive;
  }

  start(pid: number, ppid: number, t: number, argv?: string[]): void {
    if (this.procs.has(pid)) return;
    this.root ??= pid;
    const parent = this.procs.get(ppid);
    this.procs.set(pid, {
      pid,
      ppidBirth: ppid,
      ppid,
      argv: argv ?? parent?.argv ?? [],
      execs: [],
      start: t,
      zombie: false,
      reparents: [],
    });
    this.alive++;
    this.maxAlive = Math.max(this.maxAlive, this.alive);
    this.o.emit({ event: 'proc-start', t, pid, ppid });
  }

  exec(pid: number, argv: string[], t: number): void {
    const p = this.procs.get(pid);
    if (!p) return;
    p.argv = argv;
    p.execs.push({ t, argv });
    this.o.emit({ event: 'exec', t, pid, argv });
  }

  exit(pid: number, code: number | null, signal: string | null, t: number): void {
    const p = this.procs.get(pid);
    if (!p || p.end !== undefined) return;
    this.flush(pid, t);
    p.end = t;
    p.code = code;
    p.signal = signal;
    this.alive--;
    this.o.emit({ event: 'proc-exit', t, pid, code, signal });
    if (pid === this.root) {
      this.leftBehind = this.records()
        .filter((r) => r.end === undefined)
        .map((r) => r.pid);
    }
    if (this.adopter !== undefined) {
      for (const c of this.procs.values()) {
        if (c.ppid === pid && c.reapedAt === undefined) this.reparent(c.pid, this.adopter, t);
      }
    }
  }

  /** An exit seen late (a poller finds a zombie, or finds the PID gone) fills in what it knows. */
  exitIfUnknown(pid: number, code: number | null, signal: string | null, t: number): void {
    const p = this.procs.get(pid);
    if (p && p.end === undefined) this.exit(pid, code, signal, t);
    else if (p && p.code === null && p.signal === null && (code !== null || signal !== null)) {
      p.code = code;
      p.signal = signal;
    }
  }

  reparent(pid: number, to: number, t: number): void {
    const p = this.procs.get(pid);
    if (!p || p.ppid === to) return;
    const from = p.ppid;
    p.ppid = to;
    p.reparents.push({ t, from, to });
    this.o.emit({ event: 'reparent', t, pid, from, to });
  }

  reaped(pid: number, by: number, t: number): void {
    const p = this.procs.get(pid);
    if (!p || p.reapedAt !== undefined) return;
    if (p.end === undefined) this.exit(pid, null, null, t);
    this.advance(t);
    p.reapedAt = t;
    p.reapedBy = by;
    const zombieMs = Math.max(0, Math.round((t - p.end!) * 10) / 10);
    this.o.emit({ event: 'reaped', t, pid, by, zombieMs });
  }

  /** Time has reached `t` (as the observer knows it): report the zombies that have lasted. */
  advance(t: number): void {
    for (const p of this.procs.values()) {
      if (p.end === undefined || p.reapedAt !== undefined || p.zombie) continue;
      if (t - p.end < ZOMBIE_MS) continue;
      p.zombie = true;
      this.o.emit({ event: 'zombie', t: p.end, pid: p.pid, ppid: p.ppid });
    }
  }

  /** Bytes written to stdout or stderr; events carry whole lines (pid null: writer unknown). */
  output(pid: number | null, stream: Stream, data: Buffer, t: number): void {
    const key = `${pid ?? ''}:${stream}`;
    let buf = Buffer.concat([this.partial.get(key) ?? Buffer.alloc(0), data]);
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10)) {
      this.line(pid, stream, buf.subarray(0, nl), t);
      buf = buf.subarray(nl + 1);
    }
    if (buf.length > 0) this.partial.set(key, buf);
    else this.partial.delete(key);
  }

  private line(pid: number | null, stream: Stream, bytes: Buffer, t: number): void {
    const line = bytes.toString('utf8').replace(/\r$/, '');
    this.o.emit({ event: 'output', t, pid, stream, line });
  }

  /** A process's unfinished last line, or (no pid) every one left. */
  flush(pid?: number, t?: number): void {
    for (const [key, buf] of this.partial) {
      const [who, stream] = key.split(':') as [string, Stream];
      const owner = who === '' ? null : Number(who);
      if (pid !== undefined && owner !== pid) continue;
      this.partial.delete(key);
      this.line(owner, stream, buf, t ?? this.procs.get(owner ?? -1)?.end ?? 0);
    }
  }

  summary(exitCode: number, stopped: Summary['stopped']): Summary {
    const all = this.records();
    return {
      processes: all.length,
      maxAlive: this.maxAlive,
      zombies: all.filter((p) => p.zombie).length,
      orphans: all.filter(isOrphan).length,
      leftBehind: this.leftBehind.length,
      exitCode,
      stopped,
    };
  }
}
