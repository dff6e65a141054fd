/**
 * A block of lines redrawn in place (a timeline growing, a process table refreshing). Only in a
 * terminal: elsewhere nothing is drawn until `done()`, which prints the final picture once, so
 * logs and pipes get plain lines and no cursor movement.
 *
 * A redraw moves the cursor up over exactly the lines it drew. That only works while every drawn
 * line is one screen row and the whole block is on the screen, so each line is wrapped one column
 * short of the terminal's width (a line that filled the last column would make some terminals
 * wrap) and the block is cut to the screen's height: a redraw never prints more rows than it
 * takes back, at any width.
 */
import { isEnding } from '../runtime/lifecycle.js';
import { wrap } from './layout.js';
import type { Output } from './output.js';

export class LiveRegion {
  private drawn = 0;
  private last: readonly string[] = [];

  constructor(private readonly out: Output) {}

  /** The lines as they fit this terminal now: wrapped to its width, cut to its height. */
  private fit(lines: readonly string[]): string[] {
    const rows = (this.out.stream as { rows?: number }).rows ?? 24;
    const fitted = lines.flatMap((l) => wrap(l, this.out.width - 1));
    return fitted.slice(0, Math.max(1, rows - 1));
  }

  update(lines: readonly string[]): void {
    this.last = lines;
    // Once proc-lab is ending (Ctrl-C), the "interrupted" line sits below the picture: a redraw
    // would move up over it and clear it.
    if (!this.out.interactive || isEnding()) return;
    const fitted = this.fit(lines);
    // Move up over what we drew last time, clear it, draw again.
    const up = this.drawn > 0 ? `\u001b[${this.drawn}F\u001b[0J` : '';
    this.out.write(`${up}${fitted.join('\n')}\n`);
    this.drawn = fitted.length;
  }

  /** Lines that scroll above the region (a program's output), with the region redrawn below. */
  above(lines: readonly string[]): void {
    if (!this.out.interactive) {
      this.out.lines(lines);
      return;
    }
    const up = this.drawn > 0 ? `\u001b[${this.drawn}F\u001b[0J` : '';
    const again = this.last.length > 0 ? `${this.last.join('\n')}\n` : '';
    this.out.write(`${up}${lines.join('\n')}\n${again}`);
    this.drawn = this.last.length;
  }

  /** Leave the final picture on screen (or print it once when not interactive). */
  done(lines: readonly string[] = this.last): void {
    if (isEnding()) return;
    if (this.out.interactive) this.update(lines);
    else this.out.lines(lines);
    this.drawn = 0;
  }
}
