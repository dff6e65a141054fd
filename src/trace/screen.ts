/**
 * The trace in prose: a header naming the observer and the subreaper, the program's output lines
 * as they come (prefixed by the PID that wrote them, when the observer can tell), and at the end
 * the table and the summary. With --json none of this: the command prints the events instead.
 */
import { readFileSync } from 'node:fs';
import { type Bi, fmt } from '../i18n/index.js';
import { shortCmd } from '../proctable/view.js';
import { ms } from '../ui/format.js';
import type { Output } from '../ui/output.js';
import type { TraceEvent } from './events.js';
import { screen } from './screen.text.js';
import { tableOf } from './table.js';
import { text } from './text.js';
import type { TraceReport } from './types.js';

function pid1Name(): string {
  try {
    return readFileSync('/proc/1/comm', 'utf8').trim();
  } catch {
    return '?';
  }
}

export class TraceScreen {
  private tracer: number | undefined;
  readonly width: number;

  constructor(
    private readonly out: Output,
    private readonly argv: readonly string[],
    private readonly about?: Bi,
  ) {
    this.width = Math.max(60, Math.min(process.stdout.columns ?? 80, 120) - 1);
  }

  event(e: TraceEvent): void {
    const { out } = this;
    if (e.event === 'observer') {
      out.heading(fmt(screen.title, { cmd: shortCmd(this.argv.join(' ')) }));
      if (this.about) out.say(this.about);
      out.say(
        e.kind === 'strace'
          ? text.observerStrace
          : fmt(text.observerPoll, {
              ms: e.resolutionMs,
              source: e.kind === 'proc' ? '/proc' : 'ps',
            }),
      );
      if (e.subreaper !== null) out.say(text.subreaper, { pid: e.subreaper });
      else {
        const why = process.platform === 'linux' ? text.noPython : text.notLinux;
        out.say(text.noSubreaper, { why, init: pid1Name() });
      }
      if (e.kind !== 'strace') out.say(screen.unknownWriter);
      out.blank();
    } else if (e.event === 'proc-start' && this.tracer === undefined) {
      this.tracer = e.ppid;
    } else if (e.event === 'output') {
      const line =
        e.pid === null ? e.line : `${out.c.dim(`${String(e.pid).padStart(7)} │`)} ${e.line}`;
      (e.stream === 'stderr' ? process.stderr : process.stdout).write(`${line}\n`);
    }
  }

  end(r: TraceReport): void {
    const { out } = this;
    out.heading(screen.tableTitle);
    out.lines(tableOf(out, r.processes, r.root, this.width));
    out.say(screen.legend);
    out.say(screen.legendZombie);
    const sub = r.observer.subreaper;
    if (sub !== null && r.observer.kind === 'strace' && this.tracer !== undefined) {
      out.say(screen.legendReapers, { tracer: this.tracer, subreaper: sub });
    } else if (sub !== null) out.say(screen.legendSubreaper, { subreaper: sub });
    out.blank();
    const { stopped: _, ...counts } = r.summary;
    out.fact(screen.summary, counts);
    out.fact(screen.summary2, { ...counts, time: ms(r.durationMs) });
  }
}
