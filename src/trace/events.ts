/**
 * What `proc-lab trace` reports: its `--json` events (a public interface, listed in the README and
 * used by `proc-lab verify`) and the per-process record kept by the model.
 */

export type ObserverKind = 'strace' | 'proc' | 'ps';
export type Stream = 'stdout' | 'stderr';
/** Why proc-lab ended the program itself, if it did. */
export type StopReason = 'max-procs' | 'timeout' | 'interrupted';

/** `t` is ms since the trace started, the moment it happened (as the observer saw it). */
export type TraceEvent =
  | {
      event: 'observer';
      t: number;
      kind: ObserverKind;
      resolutionMs: number;
      subreaper: number | null;
    }
  | { event: 'proc-start'; t: number; pid: number; ppid: number }
  | { event: 'exec'; t: number; pid: number; argv: string[] }
  | { event: 'proc-exit'; t: number; pid: number; code: number | null; signal: string | null }
  | { event: 'zombie'; t: number; pid: number; ppid: number }
  | { event: 'reaped'; t: number; pid: number; by: number; zombieMs: number }
  | { event: 'reparent'; t: number; pid: number; from: number; to: number }
  | { event: 'output'; t: number; pid: number | null; stream: Stream; line: string }
  | ({ event: 'summary'; t: number } & Summary);

export interface Summary {
  /** Processes the program created, itself included (threads are not processes). */
  processes: number;
  /** The most that were alive (started, not yet exited) at one moment. */
  maxAlive: number;
  /** Processes that stayed zombies at least ZOMBIE_MS (see model.ts). */
  zombies: number;
  /** Processes whose parent ended before them, re-parented to the subreaper (or PID 1). */
  orphans: number;
  /** Processes still running when the program itself ended (proc-lab then ended them). */
  leftBehind: number;
  /** The exit code proc-lab trace ends with: the program's own, 128+N for signal N, ... */
  exitCode: number;
  /** Set when proc-lab ended the program itself. */
  stopped: StopReason | null;
}

export interface Exec {
  t: number;
  argv: string[];
}

export interface ProcRecord {
  pid: number;
  /** Parent when it was born, and now (different after a re-parenting). */
  ppidBirth: number;
  ppid: number;
  /** The command line: after the last exec, or the parent's (a fork without exec). */
  argv: string[];
  execs: Exec[];
  start: number;
  /** When it exited (it is a zombie from then until reaped). */
  end?: number;
  code?: number | null;
  signal?: string | null;
  reapedAt?: number;
  reapedBy?: number;
  /** Set once it has been a zombie for ZOMBIE_MS. */
  zombie: boolean;
  reparents: { t: number; from: number; to: number }[];
}
