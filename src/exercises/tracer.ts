/**
 * The one place the exercises meet `proc-lab trace` (src/trace/): run an argv under the tracer
 * and collect its events, with the program's output captured line by line (never on our stdout,
 * which --json keeps for events). `stop` ends the program early (an output flood).
 */
import { LessonFailure } from '../runtime/errors.js';
import type { Line } from './facts.js';
import type { TraceEvent } from './trace-events.js';

export interface TraceOptions {
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  maxProcs: number;
  onLine: (line: Line, stop: () => void) => void;
}

export interface TraceResult {
  events: TraceEvent[];
  code: number | null;
  signal: string | null;
  stopped?: 'timeout' | 'max-procs';
}

type TraceFn = (argv: string[], options: Record<string, unknown>) => Promise<unknown>;

export async function traceProgram(argv: string[], o: TraceOptions): Promise<TraceResult> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(new URL('../trace/index.js', import.meta.url).href)) as Record<
      string,
      unknown
    >;
  } catch {
    throw new LessonFailure({
      zh: '这个版本的 proc-lab 还没有跟踪器（proc-lab trace）',
      en: 'this build of proc-lab has no tracer yet (proc-lab trace)',
    });
  }
  const fn = Object.values(mod).find((v) => typeof v === 'function') as TraceFn;
  const events: TraceEvent[] = [];
  let root: number | undefined;
  const stop = () => {
    if (root !== undefined) process.kill(root, 'SIGKILL');
  };
  const report = (await fn(argv, {
    env: o.env,
    timeoutMs: o.timeoutMs,
    maxProcs: o.maxProcs,
    stdio: 'pipe',
    onEvent: (e: TraceEvent) => {
      events.push(e);
      if (e.event === 'proc-start' && root === undefined) root = e.pid;
      if (e.event === 'output') {
        o.onLine({ t: e.t, pid: e.pid, stream: e.stream, text: e.line }, stop);
      }
    },
  })) as { events?: TraceEvent[]; exitCode?: number | null; signal?: string | null };
  const summary = events.find((e) => e.event === 'summary');
  return {
    events: report.events ?? events,
    code: report.exitCode ?? (summary?.event === 'summary' ? summary.exitCode : null),
    signal: report.signal ?? null,
  };
}
