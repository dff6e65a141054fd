/**
 * Plain-text pictures (tables, bar charts) that stay aligned when cells mix Chinese and Latin
 * text: CJK characters take two terminal columns, ANSI colour codes take none.
 */

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

/** Columns a string occupies in a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of stripAnsi(s)) {
    const c = ch.codePointAt(0)!;
    // Wide: CJK ideographs and punctuation, Hangul, full-width forms. Good enough for our text.
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6);
    w += wide ? 2 : 1;
  }
  return w;
}

const CJK = '\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60';
const TOKENS = new RegExp(`[${CJK}]|\\s+|[^\\s${CJK}]+`, 'g');

/** Break `text` into lines of at most `max` columns: at spaces, or between any two CJK characters. */
export function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const token of paragraph.match(TOKENS) ?? []) {
      const w = displayWidth(token);
      if (used + w > max && used > 0) {
        out.push(line.trimEnd());
        line = '';
        used = 0;
        if (/^\s+$/.test(token)) continue;
      }
      line += token;
      used += w;
    }
    out.push(line.trimEnd());
  }
  return out;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

export type Cell = string | number;

export interface TableOptions {
  /** Right-align columns holding numbers (default: true). */
  alignNumbers?: boolean;
  /** Applied to a whole rendered row, e.g. to highlight a zombie in red. */
  style?: (row: readonly Cell[], line: string) => string;
  indent?: string;
}

/** A header line, a rule and aligned rows. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  opts: TableOptions = {},
): string[] {
  const { alignNumbers = true, indent = '  ' } = opts;
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(String(r[i] ?? '')))),
  );
  const numeric = header.map((_, i) => alignNumbers && rows.every((r) => typeof r[i] !== 'string'));
  const line = (cells: readonly Cell[]) =>
    indent +
    cells
      .map((c, i) => {
        const s = String(c ?? '');
        return numeric[i] ? padStart(s, widths[i]!) : padEnd(s, widths[i]!);
      })
      .join('  ')
      .trimEnd();
  const out = [line(header), indent + widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const r of rows) out.push(opts.style ? opts.style(r, line(r)) : line(r));
  return out;
}

export interface Bar {
  label: string;
  value: number;
  /** Shown after the bar, e.g. "1.23 ms". */
  text: string;
}

/** Horizontal bars scaled to the largest value; a log scale when values span > 100×. */
export function renderBars(bars: readonly Bar[], width = 40, indent = '  '): string[] {
  const max = Math.max(...bars.map((b) => b.value), Number.MIN_VALUE);
  const min = Math.min(...bars.map((b) => b.value).filter((v) => v > 0), max);
  const log = max / min > 100;
  const scale = (v: number) =>
    v <= 0 ? 0 : log ? (Math.log10(v / min) + 1) / (Math.log10(max / min) + 1) : v / max;
  const labelWidth = Math.max(...bars.map((b) => displayWidth(b.label)));
  const lines = bars.map((b) => {
    const n = Math.max(b.value > 0 ? 1 : 0, Math.round(scale(b.value) * width));
    return `${indent}${padEnd(b.label, labelWidth)}  ${'█'.repeat(n)}${' '.repeat(width - n)}  ${b.text}`;
  });
  if (log) lines.push(`${indent}${' '.repeat(labelWidth)}  (log scale)`);
  return lines;
}

/** "1.23 ms", "45 ms", "2.05 s": readable durations with sensible precision. */
export function ms(value: number): string {
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export function bytes(value: number): string {
  if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(1)} MiB`;
  if (value >= 1024) return `${(value / 1024).toFixed(0)} KiB`;
  return `${value} B`;
}
