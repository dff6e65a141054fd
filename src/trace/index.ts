/**
 * proc-lab trace: run a program and watch every process it creates.
 *
 * CONTRACT (stable; `proc-lab verify` builds on it):
 *
 *   trace(argv: string[], options?: TraceOptions): Promise<TraceReport>
 *
 * runs argv (never through a shell; argv[0] looked up on PATH) under proc-lab's subreaper, with
 * the chosen observer, and resolves when the program and everything it started have ended.
 *   options: { observer: 'strace'|'proc'|'ps'|'auto' (default auto: strace if it works, else
 *     /proc polled every 10 ms), maxProcs (default 64), timeoutMs, cwd, env,
 *     stdio: 'captured' (default; output only as events) | 'passthrough', onEvent(e),
 *     signal: AbortSignal, graceMs }
 *   report: { events, processes (one ProcRecord per process, see events.ts), summary,
 *     explanations ({kind: zombie|orphan|pool|per-task|fork|exec|left-behind|tidy, text: Bi,
 *     lesson}), observer, root, leftBehind, notices, durationMs }
 *   events (exactly the --json events; t = ms since the trace started):
 *     observer {kind, resolutionMs, subreaper}   proc-start {pid, ppid}   exec {pid, argv}
 *     proc-exit {pid, code, signal}   zombie {pid, ppid}   reaped {pid, by, zombieMs}
 *     reparent {pid, from, to}   output {pid|null, stream, line}
 *     summary {processes, maxAlive, zombies, orphans, leftBehind, exitCode, stopped}
 *   summary.exitCode: the program's own; 128+N when signal N ended it; 124 after timeoutMs;
 *     1 after maxProcs; 130 when aborted.
 *   throws CommandError (exitCode 127 not found, 126 cannot be run) before starting anything,
 *   and TraceFailure (exit 1) when the asked observer cannot work here.
 */
export { CommandError } from './command.js';
export type { ObserverKind, ProcRecord, StopReason, Summary, TraceEvent } from './events.js';
export { type Explanation, type ExplanationKind, explain } from './explain.js';
export { ZOMBIE_MS } from './model.js';
export { DEFAULT_MAX_PROCS, runTrace as trace, TIMEOUT_EXIT } from './run.js';
export { TraceFailure, type TraceOptions, type TraceReport } from './types.js';
