/**
 * The trace in prose: a header naming the observer and the subreaper, the program's output lines
 * as they come (prefixed by the PID that wrote them, when the observer can tell), and at the end
 * the table and the summary. With --json none of this: the command prints the events instead.
 */
import { readFileSync } from 'node:fs';
import { type Bi, fmt, pick } from '../i18n/index.js';
import { shortCmd } from '../proctable/view.js';
import { ms, wrap } from '../ui/format.js';
import type { Output } from '../ui/output.js';
import type { TraceEvent } from './events.js';
import { seeLesson } from './explain.js';
import { LiveTree } from './live.js';
import { screen } from './screen.text.js';
import { tableOf } from './table.js';
import { text } from './text.js';
import { timelineOf } from './timeline.js';
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

  private readonly live: LiveTree | undefined;

  constructor(
    private readonly out: Output,
    private readonly argv: readonly string[],
    private readonly about?: Bi,
  ) {
    this.width = Math.max(60, Math.min(process.stdout.columns ?? 80, 120) - 1);
    this.live = out.interactive ? new LiveTree(out, this.width) : undefined;
  }

  event(e: TraceEvent): void {
    const { out } = this;
    if (e.event === 'observer') {
      out.heading(fmt(screen.title, { cmd: shortCmd(this.argv.join(' ')) }));
      if (this.about) this.say(this.about);
      this.say(
        e.kind === 'strace'
          ? text.observerStrace
          : fmt(text.observerPoll, {
              ms: e.resolutionMs,
              source: e.kind === 'proc' ? '/proc' : 'ps',
            }),
      );
      if (e.subreaper !== null) this.say(fmt(text.subreaper, { pid: e.subreaper }));
      else {
        const why = process.platform === 'linux' ? text.noPython : text.notLinux;
        this.say(fmt(text.noSubreaper, { why, init: pid1Name() }));
      }
      if (e.kind !== 'strace') this.say(screen.unknownWriter);
      out.blank();
      if (e.subreaper !== null) this.live?.start(e.subreaper, true);
    } else if (e.event === 'proc-start' && this.tracer === undefined) {
      this.tracer = e.ppid;
      this.live?.start(e.pid, false); // no-op when started: without a subreaper the program is the top
    } else if (e.event === 'output') {
      const line =
        e.pid === null ? e.line : `${out.c.dim(`${String(e.pid).padStart(7)} │`)} ${e.line}`;
      // Live, everything goes to stdout: the tree is redrawn below the lines, in one stream.
      if (this.live) this.live.above([line]);
      else (e.stream === 'stderr' ? process.stderr : process.stdout).write(`${line}\n`);
    }
  }

  /** A paragraph, as Output.say prints it (other languages dimmed), wrapped to the screen. */
  private say(text: Bi): void {
    const { out } = this;
    const lines = pick(text, out.lang).flatMap((l, i) =>
      wrap(l, this.width).map((w) => (i > 0 ? out.c.dim(w) : w)),
    );
    out.lines(lines);
  }

  /** A measured fact, as Output.fact draws it, wrapped to the screen (a Chinese character is 2). */
  private fact(text: Bi): void {
    const { out } = this;
    const [first = '', ...rest] = pick(text, out.lang);
    const room = this.width - 4;
    const lines = wrap(first, room).map((l, i) =>
      i === 0 ? `  ${out.c.green('●')} ${l}` : `    ${l}`,
    );
    for (const r of rest) lines.push(...wrap(r, room).map((l) => `    ${out.c.dim(l)}`));
    out.lines(lines);
  }

  /** Take the live tree off the screen (the run ended, or proc-lab is ending). */
  stopLive(): void {
    this.live?.stop();
  }

  end(r: TraceReport): void {
    const { out } = this;
    this.stopLive();
    out.heading(screen.tableTitle);
    out.lines(tableOf(out, r.processes, r.root, this.width));
    this.say(screen.legend);
    this.say(screen.legendZombie);
    const sub = r.observer.subreaper;
    if (sub !== null && r.observer.kind === 'strace' && this.tracer !== undefined) {
      this.say(fmt(screen.legendReapers, { tracer: this.tracer, subreaper: sub }));
    } else if (sub !== null) this.say(fmt(screen.legendSubreaper, { subreaper: sub }));
    out.heading(screen.timelineTitle);
    const picture = timelineOf(r.processes, r.root, this.width, r.durationMs);
    out.lines(picture.lines);
    if (picture.hidden > 0) this.say(fmt(screen.timelineHidden, { n: picture.hidden }));
    this.say(screen.timelineLegend);
    out.heading(screen.meaningTitle);
    for (const x of r.explanations) {
      this.fact(
        fmt({ zh: '{text}{see}', en: '{text} {see}' }, { text: x.text, see: seeLesson(x.lesson) }),
      );
    }
    out.blank();
    const { stopped: _, ...counts } = r.summary;
    this.fact(fmt(screen.summary, counts));
    this.fact(fmt(screen.summary2, { ...counts, time: ms(r.durationMs) }));
  }
}
