/** The options and the answer of `trace()` (see the contract in index.ts). */
import type { Bi } from '../i18n/index.js';
import { EXIT } from '../runtime/errors.js';
import type { ObserverKind, ProcRecord, Summary, TraceEvent } from './events.js';
import type { Explanation } from './explain.js';

export type Notice = Bi;

export interface TraceOptions {
  /** Who watches: strace, /proc polled every 10 ms, ps, or the best available (default). */
  observer?: ObserverKind | 'auto';
  /** More processes alive at once than this ends the whole tree (a fork bomb). Default 64. */
  maxProcs?: number;
  /** End the whole tree after this long. Default: no limit. */
  timeoutMs?: number;
  cwd?: string;
  /** The command's environment. Default: proc-lab's own. */
  env?: NodeJS.ProcessEnv;
  /**
   * 'captured' (default): stdout and stderr go to pipes and reach the caller as `output` events
   * only. 'passthrough': the command writes to proc-lab's own stdout and stderr, and with strace
   * the `output` events are still there. stdin is always passed through.
   */
  stdio?: 'captured' | 'passthrough';
  /** Every event as it happens. */
  onEvent?: (e: TraceEvent) => void;
  /** Something to tell the user before the run (strace missing: polling instead). */
  onNotice?: (n: Notice) => void;
  /** Aborting ends the whole tree; the report then says stopped: 'interrupted'. */
  signal?: AbortSignal;
  /** SIGTERM → SIGKILL grace when proc-lab ends the tree. Default 1000 ms. */
  graceMs?: number;
}

export interface TraceReport {
  argv: string[];
  observer: { kind: ObserverKind; resolutionMs: number; subreaper: number | null };
  /** python3 was found (needed for the subreaper). */
  python: boolean;
  /** Things the screen must say (e.g. strace missing, so polling). */
  notices: Notice[];
  events: TraceEvent[];
  /** One record per process, in order of birth. */
  processes: ProcRecord[];
  /** The program's own PID (its first process). */
  root: number | undefined;
  /** PIDs still running when the program ended (proc-lab ended them). */
  leftBehind: number[];
  maxProcs: number;
  summary: Summary;
  /** What it means, with this run's numbers, each pointing to its lesson (see explain.ts). */
  explanations: Explanation[];
  durationMs: number;
}

/** proc-lab could not trace (strace asked for but missing, ...): one bilingual line, exit 1. */
export class TraceFailure extends Error {
  readonly exitCode = EXIT.failure;
  constructor(readonly text: Bi) {
    super(text.en);
    this.name = 'TraceFailure';
  }
}
