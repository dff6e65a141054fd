/**
 * The one place lessons write to. In prose mode it prints headings, paragraphs, tables and
 * pictures in the chosen language(s); with `--json` it prints only events, one JSON object per
 * line, each stamped with `t` (ms since the lesson started). Lessons call both kinds of method and
 * never check the mode themselves.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { type Bi, fmt, inline, type Lang, pick, type Vars } from '../i18n/index.js';
import { type Bar, type Cell, renderBars, renderTable, type TableOptions } from './format.js';

export interface OutputOptions {
  lang: Lang;
  json: boolean;
  /** false for --no-color; otherwise chalk decides from NO_COLOR/FORCE_COLOR and the terminal. */
  color?: boolean;
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
}

export type EventFields = Record<string, unknown>;

export class Output {
  readonly lang: Lang;
  readonly json: boolean;
  readonly c: ChalkInstance;
  readonly stream: NodeJS.WritableStream & { isTTY?: boolean };
  private t0 = performance.now();

  constructor(opts: OutputOptions) {
    this.lang = opts.lang;
    this.json = opts.json;
    this.stream = opts.stream ?? process.stdout;
    this.c = opts.color === false || opts.json ? new Chalk({ level: 0 }) : new Chalk();
  }

  /** True when the screen can be redrawn in place: a terminal, and not --json. */
  get interactive(): boolean {
    return !this.json && this.stream.isTTY === true;
  }

  /** Restart the clock that stamps events; called when a lesson starts. */
  restart(): void {
    this.t0 = performance.now();
  }

  /** ms since the lesson started, as carried by every event. */
  now(): number {
    return Math.round((performance.now() - this.t0) * 10) / 10;
  }

  /** A machine-readable fact. Printed only with --json; prose mode shows the same fact as text. */
  event(event: string, fields: EventFields = {}): void {
    if (!this.json) return;
    this.write(`${JSON.stringify({ event, t: this.now(), ...fields })}\n`);
  }

  /** The text of a Bi in the chosen language(s), joined on one line. */
  text(text: Bi, vars?: Vars): string {
    return inline(vars ? fmt(text, vars) : text, this.lang);
  }

  title(text: Bi): void {
    if (this.json) return;
    const lines = pick(text, this.lang);
    this.write(`\n${lines.map((l) => this.c.bold.inverse(` ${l} `)).join('\n')}\n`);
  }

  heading(text: Bi): void {
    if (this.json) return;
    const lines = pick(text, this.lang);
    this.write(`\n${lines.map((l) => this.c.bold.cyan(l)).join('\n')}\n`);
  }

  /** A paragraph of explanation; with --lang both, the Chinese and then the English. */
  say(text: Bi, vars?: Vars): void {
    if (this.json) return;
    const lines = pick(vars ? fmt(text, vars) : text, this.lang);
    this.write(
      `${lines.map((l, i) => (i > 0 ? this.c.dim(l) : l)).join('\n')}\n${lines.length > 1 ? '\n' : ''}`,
    );
  }

  /** A measured fact from this run ("child 1: PID 4242"), marked so evidence stands out. */
  fact(text: Bi, vars?: Vars): void {
    if (this.json) return;
    const [first, ...rest] = pick(vars ? fmt(text, vars) : text, this.lang);
    this.write(
      `  ${this.c.green('●')} ${first}\n${rest.map((l) => `    ${this.c.dim(l)}\n`).join('')}`,
    );
  }

  /** A correction of the source material: it said something wrong, here is what is true. */
  correction(text: Bi, vars?: Vars): void {
    if (this.json) return;
    const lines = pick(vars ? fmt(text, vars) : text, this.lang);
    this.write(`${lines.map((l) => `  ${this.c.yellow('⚠')} ${this.c.yellow(l)}`).join('\n')}\n`);
  }

  /** Lines already drawn (a table, a timeline): printed as they are. */
  lines(lines: readonly string[]): void {
    if (this.json || lines.length === 0) return;
    this.write(`${lines.join('\n')}\n`);
  }

  table(header: readonly Bi[], rows: readonly (readonly Cell[])[], opts?: TableOptions): void {
    if (this.json) return;
    const [head, ...rest] = renderTable(
      header.map((h) => this.text(h)),
      rows,
      opts,
    );
    this.lines([this.c.bold(head!), ...rest]);
  }

  bars(bars: readonly Bar[], width?: number): void {
    this.lines(renderBars(bars, width));
  }

  /** A one-line notice on stderr (e.g. progress could not be saved); never breaks --json stdout. */
  warn(text: Bi): void {
    process.stderr.write(`proc-lab: ${inline(text, this.lang)}\n`);
  }

  blank(): void {
    if (!this.json) this.write('\n');
  }

  write(s: string): void {
    this.stream.write(s);
  }
}
