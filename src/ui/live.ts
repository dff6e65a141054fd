/**
 * A block of lines redrawn in place (a timeline growing, a process table refreshing). Only in a
 * terminal: elsewhere nothing is drawn until `done()`, which prints the final picture once, so
 * logs and pipes get plain lines and no cursor movement.
 */
import type { Output } from './output.js';

export class LiveRegion {
  private drawn = 0;
  private last: readonly string[] = [];

  constructor(private readonly out: Output) {}

  update(lines: readonly string[]): void {
    this.last = lines;
    if (!this.out.interactive) return;
    // Move up over what we drew last time, clear it, draw again.
    const up = this.drawn > 0 ? `\u001b[${this.drawn}F\u001b[0J` : '';
    this.out.write(`${up}${lines.join('\n')}\n`);
    this.drawn = lines.length;
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
    if (this.out.interactive) this.update(lines);
    else this.out.lines(lines);
    this.drawn = 0;
  }
}
