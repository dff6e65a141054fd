/**
 * The one place the exercises meet `proc-lab trace` (src/trace/): run an argv under the tracer
 * with its output captured (it reaches us as `output` events, never our stdout, which --json
 * keeps for events), and collect the events. `stop` ends the program early (an output flood).
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

interface Summary {
  exitCode: number;
  stopped: 'max-procs' | 'timeout' | 'interrupted' | null;
}

interface Report {
  events: TraceEvent[];
  summary: Summary;
  root: number | undefined;
  processes: { pid: number; code?: number | null; signal?: string | null }[];
}

type Trace = (argv: string[], options: Record<string, unknown>) => Promise<Report>;

async function loadTrace(): Promise<Trace> {
  try {
    const mod = (await import(new URL('../trace/index.js', import.meta.url).href)) as {
      trace: Trace;
    };
    return mod.trace;
  } catch {
    throw new LessonFailure({
      zh: '这个版本的 proc-lab 还没有跟踪器（proc-lab trace）',
      en: 'this build of proc-lab has no tracer yet (proc-lab trace)',
    });
  }
}

export async function traceProgram(argv: string[], o: TraceOptions): Promise<TraceResult> {
  const trace = await loadTrace();
  const abort = new AbortController();
  const stop = () => abort.abort();
  const report = await trace(argv, {
    env: o.env,
    timeoutMs: o.timeoutMs,
    maxProcs: o.maxProcs,
    stdio: 'captured',
    signal: abort.signal,
    onEvent: (e: TraceEvent) => {
      if (e.event === 'output')
        o.onLine({ t: e.t, pid: e.pid, stream: e.stream, text: e.line }, stop);
    },
  });
  const root = report.processes.find((p) => p.pid === report.root);
  const stopped = report.summary.stopped;
  return {
    events: report.events,
    code: root?.code ?? null,
    signal: root?.signal ?? null,
    stopped: stopped === 'timeout' || stopped === 'max-procs' ? stopped : undefined,
  };
}
