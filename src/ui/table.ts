/**
 * Tables that fit the terminal. A header cell or a body cell may hold several lines (with
 * `--lang both` a header is its Chinese line above its English one). When the natural table is
 * wider than the room, columns shrink and their cells wrap (never inside a word, a number or a
 * code name: see layout.ts); when even the longest unbreakable pieces do not fit side by side, the
 * table folds into one block per row ("header: value" lines), which fits any width.
 */
import { hang, longestPiece, padEnd, padStart, width, wrap } from './layout.js';

export type Cell = string | number;

export interface TableOptions {
  /** Right-align columns holding numbers (default: true). */
  alignNumbers?: boolean;
  /** Applied to each rendered line of a row, e.g. to highlight a zombie in red. */
  style?: (row: readonly Cell[], line: string) => string;
  /** Applied to each header line (Output makes it bold). */
  headStyle?: (line: string) => string;
  indent?: string;
  /** Columns available, indent included (default 80). */
  width?: number;
}

const GAP = 2;
const lines = (c: Cell | undefined) => String(c ?? '').split('\n');

/** How wide each column may be: natural when it fits, else shrunk towards its longest piece. */
function fitColumns(cols: string[][], room: number): number[] | undefined {
  const natural = cols.map((c) => Math.max(1, ...c.flatMap(lines).map(width)));
  const total = (ws: number[]) => ws.reduce((a, b) => a + b, 0) + GAP * (ws.length - 1);
  if (total(natural) <= room) return natural;
  const least = cols.map((c, i) => Math.min(natural[i]!, Math.max(1, ...c.map(longestPiece))));
  if (total(least) > room) return undefined;
  // Share what is left in proportion to how much each column would still like.
  const spare = room - total(least);
  const want = natural.map((n, i) => n - least[i]!);
  const wanted = want.reduce((a, b) => a + b, 0) || 1;
  const out = least.map((l, i) => l + Math.floor((spare * want[i]!) / wanted));
  return out;
}

export function renderTable(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  opts: TableOptions = {},
): string[] {
  const { alignNumbers = true, indent = '  ', headStyle = (l: string) => l } = opts;
  const room = (opts.width ?? 80) - width(indent);
  const cols = header.map((h, i) => [h, ...rows.map((r) => String(r[i] ?? ''))]);
  const widths = fitColumns(cols, room);
  if (!widths) return fold(header, rows, opts);

  const numeric = header.map((_, i) => alignNumbers && rows.every((r) => typeof r[i] !== 'string'));
  const render = (cells: readonly Cell[], align: boolean): string[] => {
    const wrapped = header.map((_, i) => lines(cells[i]).flatMap((l) => wrap(l, widths[i]!)));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, k) =>
      (
        indent +
        wrapped
          .map((w, i) => {
            const s = w[k] ?? '';
            return align && numeric[i] ? padStart(s, widths[i]!) : padEnd(s, widths[i]!);
          })
          .join(' '.repeat(GAP))
      ).trimEnd(),
    );
  };
  const out = [
    ...render(header, false).map(headStyle),
    indent + widths.map((w) => '─'.repeat(w)).join(' '.repeat(GAP)),
  ];
  for (const r of rows) {
    for (const line of render(r, true)) out.push(opts.style ? opts.style(r, line) : line);
  }
  return out;
}

/** One block per row: the first cell as its title, then "header: value" for every other cell. */
function fold(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  opts: TableOptions,
): string[] {
  const { indent = '  ', headStyle = (l: string) => l } = opts;
  const max = opts.width ?? 80;
  const label = (h: string) => h.split('\n').join(' / ');
  const out: string[] = [];
  for (const r of rows) {
    const block = lines(r[0]).flatMap((l) => hang(l, max, `${indent}▸ `, `${indent}  `));
    for (let i = 1; i < header.length; i++) {
      const [first = '', ...more] = lines(r[i]);
      block.push(
        ...hang(
          `${headStyle(label(header[i]!))}: ${first}`,
          max,
          `${indent}    `,
          `${indent}      `,
        ),
        ...more.flatMap((l) => hang(l, max, `${indent}      `, `${indent}      `)),
      );
    }
    out.push(...block.map((l) => (opts.style ? opts.style(r, l) : l)), '');
  }
  out.pop();
  return out;
}
