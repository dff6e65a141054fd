/**
 * The events `proc-lab trace --json` prints (issue 14), as the exercises read them. Every event
 * has `t`, ms since the trace started. Rules are functions over a list of these.
 */
export type TraceEvent =
  | { event: 'observer'; t: number; kind: string; resolutionMs: number; subreaper: number | null }
  | { event: 'proc-start'; t: number; pid: number; ppid: number }
  | { event: 'exec'; t: number; pid: number; argv: string[] }
  | { event: 'proc-exit'; t: number; pid: number; code: number | null; signal: string | null }
  | { event: 'zombie'; t: number; pid: number; ppid: number }
  | { event: 'reaped'; t: number; pid: number; by: number; zombieMs: number }
  | { event: 'reparent'; t: number; pid: number; from: number; to: number }
  | { event: 'output'; t: number; pid: number | null; stream: 'stdout' | 'stderr'; line: string }
  | {
      event: 'summary';
      t: number;
      processes: number;
      maxAlive: number;
      zombies: number;
      orphans: number;
      leftBehind: number;
      exitCode: number | null;
    };
