/**
 * Plain-text pictures (bar charts; tables live in table.ts) and number formats. Measuring is
 * layout.ts's, so pictures stay aligned when labels mix Chinese and Latin text.
 */
import { width as displayWidth, padEnd, wrap } from './layout.js';

export { padEnd, padStart, width as displayWidth, wrap } from './layout.js';
export { type Cell, renderTable, type TableOptions } from './table.js';

export interface Bar {
  label: string;
  value: number;
  /** Shown after the bar, e.g. "1.23 ms". */
  text: string;
}

/**
 * Horizontal bars scaled to the largest value; a log scale when values span > 100×, said by
 * `logNote` (a caption in the reader's language). `total` is the room for a whole line (the
 * terminal's width): bars get what labels and values leave, and when labels are too long to sit
 * beside a bar, each label gets a line of its own above its bar.
 */
export function renderBars(
  bars: readonly Bar[],
  total = 80,
  opts: { indent?: string; logNote?: string } = {},
): string[] {
  const { indent = '  ', logNote = '(log scale)' } = opts;
  const max = Math.max(...bars.map((b) => b.value), Number.MIN_VALUE);
  const min = Math.min(...bars.map((b) => b.value).filter((v) => v > 0), max);
  const log = max / min > 100;
  const scale = (v: number) =>
    v <= 0 ? 0 : log ? (Math.log10(v / min) + 1) / (Math.log10(max / min) + 1) : v / max;
  const textWidth = Math.max(...bars.map((b) => displayWidth(b.text)));
  const labelWidth = Math.max(...bars.map((b) => displayWidth(b.label)));
  const room = total - displayWidth(indent) - textWidth - 2;
  // Beside: "label  ████  text" when that leaves a bar of at least 10 columns.
  const beside = room - labelWidth - 2 >= 10;
  const width = Math.min(40, beside ? room - labelWidth - 2 : room - 2);
  const lead = beside ? (b: Bar) => `${padEnd(b.label, labelWidth)}  ` : () => '  ';
  const lines = bars.flatMap((b) => {
    const n = Math.max(b.value > 0 ? 1 : 0, Math.round(scale(b.value) * width));
    const bar = `${indent}${lead(b)}${'█'.repeat(n)}${' '.repeat(width - n)}  ${b.text}`;
    return beside
      ? [bar]
      : [...wrap(b.label, total - displayWidth(indent)).map((l) => indent + l), bar];
  });
  if (log) lines.push(`${indent}${beside ? ' '.repeat(labelWidth + 2) : '  '}${logNote}`);
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
