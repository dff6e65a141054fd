/**
 * The strace observer: strace follows every process the program creates (-f) and prints each
 * process-lifecycle syscall with a microsecond timestamp (-ttt), plus the writes that carry the
 * program's output, so each output line is known by the PID that wrote it. strace 6.1 cannot
 * trace only fds 1 and 2 (--trace-fds came later), so every write is traced and the parser keeps
 * those two.
 */
import { spawnSync } from 'node:child_process';
import { eachLine } from '../runtime/lines.js';
import { findOnPath } from '../runtime/which.js';
import type { Attribution } from './attribute.js';
import type { TraceModel } from './model.js';
import { StraceParser } from './strace-parse.js';

export const STRACE_ARGS = [
  '-f',
  '-ttt',
  '-q', // no "attached" lines; keep "+++ exited with N +++" and "+++ killed by SIGX +++"
  '-y', // each fd with the file it names, so a write is known to reach our pipe or not
  '-s',
  '16384', // strace's copy of each write; a longer one is taken from the pipe (attribute.ts)
  '-e',
  'trace=process,write,writev',
  // NOTE: no `-e signal=…` filter: with one, strace 6.1 stops reporting a tracee killed by a
  // signal ("+++ killed by SIGTERM +++" never comes) and exits early. The parser skips signals.
] as const;

/** Each timestamp is printed to the microsecond. */
export const STRACE_RESOLUTION_MS = 0.001;

export function findStrace(env: NodeJS.ProcessEnv): string | undefined {
  return process.platform === 'linux' ? findOnPath('strace', env) : undefined;
}

/**
 * Can strace trace here? ptrace may be forbidden (a container without CAP_SYS_PTRACE, Yama):
 * then strace starts but cannot follow anything. One tiny run tells (~10 ms).
 */
export function straceWorks(strace: string): { ok: true } | { ok: false; why: string } {
  const r = spawnSync(strace, ['-f', '-qq', '-e', 'trace=none', '--', 'true'], {
    encoding: 'utf8',
    timeout: 5000,
  });
  if (r.status === 0) return { ok: true };
  const why = (r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n')[0]!;
  return { ok: false, why };
}

export class StraceObserver {
  private parser: StraceParser | undefined;
  private readonly early: string[] = [];
  private tracer: number | undefined;
  /** Reaps by the subreaper (untraced) wait until strace has shown the process's exit. */
  private readonly reaps = new Map<number, { by: number; t: number }>();
  lastT = 0;
  /** Where output bytes are matched to their writers, when the program's pipes are ours. */
  attribution: Attribution | undefined;

  constructor(
    private readonly model: TraceModel,
    /** strace's epoch milliseconds → ms since the trace started. */
    private readonly toT: (epochMs: number) => number,
    private readonly now: () => number,
  ) {}

  attach(stream: NodeJS.ReadableStream): void {
    eachLine(stream, (line) => {
      if (this.parser) this.parser.line(line);
      else this.early.push(line);
    });
  }

  /** strace's own PID (the root program's parent), once the subreaper has started it. */
  setTracer(pid: number): void {
    this.tracer = pid;
    const m = this.model;
    this.parser = new StraceParser(
      {
        start: (p, ppid, t) => m.start(p, ppid, this.at(t)),
        exec: (p, argv, t) => m.exec(p, argv, this.at(t)),
        exit: (p, code, signal, t) => {
          m.exit(p, code, signal, this.at(t));
          // strace is the root's real parent and waits for it at once.
          if (p === this.parser?.root) m.reaped(p, pid, this.at(t));
          this.settle();
        },
        reaped: (p, by, t) => m.reaped(p, by, this.at(t)),
        write: (p, fd, data, t, n, target) => {
          if (this.attribution) this.attribution.write(p, fd, n, target, this.at(t), data);
          else m.output(p, fd === 1 ? 'stdout' : 'stderr', data, this.at(t));
        },
      },
      pid,
    );
    for (const line of this.early.splice(0)) this.parser.line(line);
  }

  get isTracer(): (pid: number) => boolean {
    return (pid) => pid === this.tracer;
  }

  /**
   * The subreaper reaped `pid` (an adopted orphan). Its report comes through another pipe than
   * the trace, so it may arrive first: it is applied once strace has shown the process's exit and
   * its parent's (the adoption happens at the parent's exit).
   */
  reapedBy(pid: number, by: number): void {
    this.reaps.set(pid, { by, t: this.now() });
    this.settle();
  }

  private settle(): void {
    for (const [pid, { by, t }] of this.reaps) {
      const rec = this.model.get(pid);
      if (rec?.end === undefined) continue;
      const parentEnd = rec.ppid === by ? 0 : this.model.get(rec.ppid)?.end;
      if (parentEnd === undefined) continue;
      this.reaps.delete(pid);
      this.model.reaped(pid, by, Math.max(t, rec.end, parentEnd));
    }
  }

  /** The trace has ended: lines still waiting are taken as they are. */
  end(): void {
    this.parser?.end();
    this.attribution?.end(this.lastT);
    for (const [pid, { by, t }] of this.reaps) this.model.reaped(pid, by, t);
    this.reaps.clear();
  }

  private at(epochMs: number): number {
    const t = this.toT(epochMs);
    this.lastT = Math.max(this.lastT, t);
    this.model.advance(this.lastT);
    return t;
  }
}
