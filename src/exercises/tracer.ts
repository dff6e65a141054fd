/**
 * The one place the exercises meet `proc-lab trace` (src/trace/): run an argv under the tracer
 * with its output captured (it reaches us as `output` events, never our stdout, which --json
 * keeps for events), and collect the events. `stop` ends the program early (an output flood).
 */
import { type TraceEvent, trace } from '../trace/index.js';
import type { Line } from './facts.js';

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

export async function traceProgram(argv: string[], o: TraceOptions): Promise<TraceResult> {
  const abort = new AbortController();
  const stop = () => abort.abort();
  const report = await trace(argv, {
    env: o.env,
    timeoutMs: o.timeoutMs,
    maxProcs: o.maxProcs,
    stdio: 'captured',
    signal: abort.signal,
    onEvent: (e) => {
      if (e.event === 'output') {
        o.onLine({ t: e.t, pid: e.pid, stream: e.stream, text: e.line }, stop);
      }
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
