/**
 * While the program runs, in a terminal: its process tree redrawn in place below its output, the
 * same table as `zombie --watch` (proctable's view: states, zombies in red), read from /proc
 * four times a second. Output lines scroll above the tree. Not in a pipe or with --json: there
 * the screen only gets the output lines and the end.
 */
import { type Bi, fmt, pick } from '../i18n/index.js';
import { quickSnapshot, subtree } from '../proctable/index.js';
import { tableLines } from '../proctable/view.js';
import { wrap } from '../ui/layout.js';
import { LiveRegion } from '../ui/live.js';
import type { Output } from '../ui/output.js';

const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';
export const LIVE_MS = 250;

const text = {
  underSubreaper: {
    zh: '进程树（proc-lab 的子进程收割者 PID {pid} 之下），每 0.25 秒刷新',
    en: "the process tree under proc-lab's subreaper (PID {pid}), redrawn every 0.25 s",
  },
  underProgram: {
    zh: '程序（PID {pid}）的进程树，每 0.25 秒刷新',
    en: 'the process tree of the program (PID {pid}), redrawn every 0.25 s',
  },
} satisfies Record<string, Bi>;

export class LiveTree {
  private readonly region: LiveRegion;
  private timer: NodeJS.Timeout | undefined;
  private root: number | undefined;
  private drawing = false;

  private title: Bi = text.underProgram;

  constructor(
    private readonly out: Output,
    private readonly width: number,
  ) {
    this.region = new LiveRegion(out);
  }

  /** Start redrawing the tree under `root`: the subreaper, or (without one) the program. */
  start(root: number, subreaper: boolean): void {
    if (this.root !== undefined) return;
    this.root = root;
    this.title = subreaper ? text.underSubreaper : text.underProgram;
    this.out.write(HIDE_CURSOR);
    this.timer = setInterval(() => void this.draw(), LIVE_MS);
    void this.draw();
  }

  /** Lines of the program's output, above the tree. */
  above(lines: readonly string[]): void {
    this.region.above(lines);
  }

  /** Stop, and take the tree off the screen (the table and timeline follow). */
  stop(): void {
    if (this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.region.update([]);
    this.out.write(SHOW_CURSOR);
  }

  private async draw(): Promise<void> {
    if (this.drawing || this.root === undefined) return;
    this.drawing = true;
    try {
      const tree = subtree(await quickSnapshot(), this.root);
      if (this.timer === undefined) return;
      const head = pick(fmt(this.title, { pid: this.root }), this.out.lang);
      this.region.update([
        '',
        ...head.flatMap((l) => wrap(l, this.width)).map((l) => this.out.c.bold(l)),
        ...tableLines(this.out, tree, this.width),
      ]);
    } finally {
      this.drawing = false;
    }
  }
}
