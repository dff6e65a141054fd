/**
 * A text timeline: one row per worker (or process), each task a labelled block on a shared time
 * axis, so waves of work and idle gaps are visible at a glance. Pure: callers redraw it in place
 * (LiveRegion) while tasks run, or print it once.
 */
import { width as displayWidth, padEnd } from './layout.js';

export interface Block {
  /** ms since the timeline's origin */
  start: number;
  /** undefined while the block is still running */
  end?: number;
  /** Drawn at the block's start after a `|`; no label, no `|` (a plain bar, a mark). */
  label?: string;
  /** What fills the rest: default ━, or ┄ while the block is still running. */
  fill?: string;
}

export interface TimelineRow {
  label: string;
  blocks: Block[];
}

export interface TimelineOptions {
  /** ms since the origin that the right edge stands for (at least the last block's end). */
  now: number;
  /** Columns for a whole line, labels included (the terminal's width; default 80). */
  total?: number;
  indent?: string;
}

export function renderTimeline(rows: readonly TimelineRow[], opts: TimelineOptions): string[] {
  const { total = 80, indent = '  ' } = opts;
  const labelWidth = Math.max(4, ...rows.map((r) => displayWidth(r.label)));
  // The axis gets what the labels leave, less room for the last tick's label to stick out.
  const width = Math.max(20, Math.min(100, total - displayWidth(indent) - labelWidth - 1 - 4));
  const lastEnd = Math.max(0, ...rows.flatMap((r) => r.blocks.map((b) => b.end ?? b.start)));
  const span = Math.max(opts.now, lastEnd, 1);
  const col = (t: number) => Math.min(width, Math.round((t / span) * width));

  const lines = rows.map((row) => {
    const cells = Array<string>(width).fill(' ');
    const blocks = [...row.blocks].sort((x, y) => x.start - y.start);
    // A block too short for its label, with the next one right behind it, gives its columns to
    // that one: a queue that went 9 → 8 → 7 within one column reads |9━━|7━━, not |9━||7━━.
    let from: number | undefined;
    for (const [i, b] of blocks.entries()) {
      const c0 = from ?? col(b.start);
      const c1 = Math.max(c0 + 1, col(b.end ?? opts.now));
      const fill = b.fill ?? (b.end === undefined ? '┄' : '━');
      const text = b.label === undefined ? '' : `|${b.label}`;
      const next = blocks[i + 1];
      from = next && c1 - c0 < text.length && col(next.start) <= c1 ? c0 : undefined;
      if (from !== undefined) continue;
      for (let c = c0; c < c1 && c < width; c++) cells[c] = text[c - c0] ?? fill;
    }
    return `${indent}${padEnd(row.label, labelWidth)} ${cells.join('').trimEnd()}`;
  });

  // Axis: a tick every quarter, labelled in seconds.
  const axis = Array<string>(width + 1).fill('─');
  const labels = Array<string>(width + 8).fill(' ');
  for (let q = 0; q <= 4; q++) {
    const c = Math.round((q / 4) * width);
    axis[c] = '┴';
    const text = `${((span * q) / 4 / 1000).toFixed(span < 4000 ? 2 : 1)}s`;
    const at = Math.max(0, Math.min(c - Math.floor(text.length / 2), width + 8 - text.length));
    for (let i = 0; i < text.length; i++) labels[at + i] = text[i]!;
  }
  const pad = ' '.repeat(labelWidth + 1);
  lines.push(`${indent}${pad}${axis.join('')}`, `${indent}${pad}${labels.join('').trimEnd()}`);
  return lines;
}
