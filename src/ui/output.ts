/**
 * The one place lessons write to. In prose mode it prints headings, paragraphs, tables and
 * pictures in the chosen language(s); with `--json` it prints only events, one JSON object per
 * line, each stamped with `t` (ms since the lesson started). Lessons call both kinds of method and
 * never check the mode themselves.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { type Bi, fmt, inline, type Lang, pick, type Vars } from '../i18n/index.js';
import { type Bar, renderBars } from './format.js';
import { hang, PROSE_MAX, terminalWidth, wrap } from './layout.js';
import { type Cell, renderTable, type TableOptions } from './table.js';

export interface OutputOptions {
  lang: Lang;
  json: boolean;
  /** false for --no-color; otherwise colorLevel() decides from NO_COLOR, FORCE_COLOR and chalk. */
  color?: boolean;
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * How much colour to use. `--no-color` wins over everything; FORCE_COLOR (which chalk reads) wins
 * over NO_COLOR, as in Node's own tty.getColorDepth(); NO_COLOR (any non-empty value, see
 * no-color.org) turns colour off even in a terminal, which chalk alone does not do.
 */
export function colorLevel(color: boolean | undefined, env = process.env): 0 | undefined {
  if (color === false) return 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false')
    return undefined;
  if (env.NO_COLOR) return 0;
  return undefined;
}

export type EventFields = Record<string, unknown>;

export class Output {
  readonly lang: Lang;
  readonly json: boolean;
  readonly c: ChalkInstance;
  readonly stream: NodeJS.WritableStream & { isTTY?: boolean };
  private t0 = performance.now();
  /** The id of the section running now (set by the lesson runner), for events that need it. */
  section: string | undefined;

  constructor(opts: OutputOptions) {
    this.lang = opts.lang;
    this.json = opts.json;
    this.stream = opts.stream ?? process.stdout;
    const level = opts.json ? 0 : colorLevel(opts.color);
    this.c = level === 0 ? new Chalk({ level: 0 }) : new Chalk();
  }

  /** True when the screen can be redrawn in place: a terminal, and not --json. */
  get interactive(): boolean {
    return !this.json && this.stream.isTTY === true;
  }

  /** The terminal's width now (it may change while a live view runs): 80 when unknown. */
  get width(): number {
    return terminalWidth(this.stream);
  }

  /**
   * The width prose wraps at: one column short of the terminal's (a line filling the last column
   * makes some terminals wrap, and it cannot be told from a word the terminal cut), and no wider
   * than reads well.
   */
  get prose(): number {
    return Math.min(this.width - 1, PROSE_MAX);
  }

  /** The width tables and charts may use: one column short of the terminal's, as for prose. */
  get room(): number {
    return this.width - 1;
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
    const lines = pick(text, this.lang).flatMap((l) => wrap(l, this.prose - 2));
    this.write(`\n${lines.map((l) => this.c.bold.inverse(` ${l} `)).join('\n')}\n`);
  }

  heading(text: Bi): void {
    if (this.json) return;
    const lines = pick(text, this.lang).flatMap((l) => wrap(l, this.prose));
    this.write(`\n${lines.map((l) => this.c.bold.cyan(l)).join('\n')}\n`);
  }

  /** A paragraph of explanation; with --lang both, the Chinese and then the English (dimmed). */
  say(text: Bi, vars?: Vars): void {
    if (this.json) return;
    const langs = pick(vars ? fmt(text, vars) : text, this.lang);
    const lines = langs.flatMap((l, i) =>
      wrap(l, this.prose).map((w) => (i > 0 ? this.c.dim(w) : w)),
    );
    this.write(`${lines.join('\n')}\n${langs.length > 1 ? '\n' : ''}`);
  }

  /** A measured fact from this run ("child 1: PID 4242"), marked so evidence stands out. */
  fact(text: Bi, vars?: Vars): void {
    if (this.json) return;
    const [first = '', ...rest] = pick(vars ? fmt(text, vars) : text, this.lang);
    const lines = [
      ...hang(first, this.prose, `  ${this.c.green('●')} `, '    '),
      ...rest.flatMap((l) => hang(l, this.prose, '    ', '    ').map((w) => this.c.dim(w))),
    ];
    this.write(`${lines.join('\n')}\n`);
  }

  /** A correction of the source material: it said something wrong, here is what is true. */
  correction(text: Bi, vars?: Vars): void {
    if (this.json) return;
    const lines = pick(vars ? fmt(text, vars) : text, this.lang).flatMap((l) =>
      hang(l, this.prose, `  ${this.c.yellow('⚠')} `, '    ').map((w) => this.c.yellow(w)),
    );
    this.write(`${lines.join('\n')}\n`);
  }

  /** Text wrapped to the prose width with an indent, for lines a lesson composes itself. */
  wrapped(text: string, first = '  ', rest = first): string[] {
    return hang(text, this.prose, first, rest);
  }

  /** A table cell or header holding a text: with --lang both, zh above en (one per line). */
  cell(text: Bi, vars?: Vars): string {
    return pick(vars ? fmt(text, vars) : text, this.lang).join('\n');
  }

  /** Lines already drawn (a table, a timeline): printed as they are. */
  lines(lines: readonly string[]): void {
    if (this.json || lines.length === 0) return;
    this.write(`${lines.join('\n')}\n`);
  }

  /** A table fitted to the terminal's width (see table.ts); headers one language per line. */
  table(header: readonly Bi[], rows: readonly (readonly Cell[])[], opts?: TableOptions): void {
    this.lines(this.tableLines(header, rows, opts));
  }

  tableLines(
    header: readonly Bi[],
    rows: readonly (readonly Cell[])[],
    opts?: TableOptions,
  ): string[] {
    if (this.json) return [];
    return renderTable(
      header.map((h) => this.cell(h)),
      rows,
      { width: this.room, headStyle: (l) => this.c.bold(l), ...opts },
    );
  }

  bars(bars: readonly Bar[]): void {
    const logNote = `(${this.text({ zh: '对数刻度', en: 'log scale' })})`;
    this.lines(renderBars(bars, this.room, { logNote }));
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
