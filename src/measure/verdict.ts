/**
 * A conclusion drawn from a comparison, printed only when this run's numbers support it. Each
 * one emits a `verdict` event {name, holds, ...the values compared, load, cores, othersMs}; in
 * prose it prints the lesson's sentence for the case that holds, or, when the numbers do not show
 * the point, the lesson's sentence for that case followed by how busy the machine was and a
 * suggestion to rerun. Lessons decide `holds` from their measurements; this module only keeps the
 * two cases apart and the screen honest.
 */
import type { Bi, Vars } from '../i18n/index.js';
import type { Output } from '../ui/output.js';
import type { Busy } from './machine.js';

export interface Verdict {
  /** Stable id, e.g. `multicore-speedup`. */
  name: string;
  holds: boolean;
  /** The figures compared, as numbers or short strings; they go into the event as they are. */
  values: Record<string, number | string | boolean>;
  /** How busy the machine was during the measurement (from watchMachine()). */
  busy?: Busy;
}

export interface VerdictText {
  /** Printed when the numbers support the point; may use the values as {placeholders}. */
  holds: Bi;
  /** Printed when they do not: say plainly what this run showed instead. */
  fails: Bi;
}

const busyLine: Bi = {
  zh: '这次测量时机器并不空闲：1 分钟平均负载 {load}（{cores} 个核），其他进程占用了约 {others} 秒 CPU。换个空闲的时候再运行一次，结果更能说明问题。',
  en: 'The machine was not idle while this ran: a 1-minute load average of {load} on {cores} cores, and other processes took about {others} s of CPU. Run it again when the machine is quieter for numbers that can show the point.',
};

const busyLineNoProc: Bi = {
  zh: '这次测量时机器并不空闲：1 分钟平均负载 {load}（{cores} 个核）。换个空闲的时候再运行一次。',
  en: 'The machine was not idle while this ran: a 1-minute load average of {load} on {cores} cores. Run it again when the machine is quieter.',
};

export function verdict(out: Output, v: Verdict, text: VerdictText, vars: Vars = {}): void {
  const busy = v.busy;
  out.event('verdict', {
    name: v.name,
    holds: v.holds,
    ...v.values,
    ...(busy ? { load: busy.load, cores: busy.cores, othersMs: busy.othersMs } : {}),
  });
  const all: Vars = { ...v.values, ...vars };
  if (v.holds) {
    out.say(text.holds, all);
    return;
  }
  out.correction(text.fails, all);
  if (!busy) return;
  if (busy.othersMs === undefined) out.say(busyLineNoProc, { load: busy.load, cores: busy.cores });
  else
    out.say(busyLine, {
      load: busy.load,
      cores: busy.cores,
      others: (busy.othersMs / 1000).toFixed(1),
    });
}
