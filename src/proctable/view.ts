/**
 * The process table drawn as `ps` shows it, with the parent relations as a tree: PID, PPID, STATE,
 * AGE, COMMAND, zombies in red, fitted to the screen's width (cells wrap, see ui/table.ts) so a
 * redraw in place stays aligned. Shared by `zombie --watch` and the live view of `proc-lab trace`.
 */
import { basename } from 'node:path';
import type { Bi } from '../i18n/index.js';
import type { Cell } from '../ui/format.js';
import type { Output } from '../ui/output.js';
import { isZombie, type ProcRow } from './list.js';
import type { TreeRow } from './tree.js';

export const HEADER: readonly Bi[] = [
  { zh: 'PID', en: 'PID' },
  { zh: 'PPID', en: 'PPID' },
  { zh: '状态', en: 'STATE' },
  { zh: '存活', en: 'AGE' },
  { zh: '命令', en: 'COMMAND' },
];

/** `node /long/path/dist/demos/zombie-parent.js 0` → `node zombie-parent.js 0`, for a projector. */
export function shortCmd(cmd: string): string {
  return cmd
    .split(' ')
    .map((w) => (w.includes('/') && !w.startsWith('<') ? basename(w) : w))
    .join(' ');
}

function age(ms: number | undefined): string {
  if (ms === undefined) return '';
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  return `${Math.floor(ms / 60_000)}m${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}s`;
}

export function cells(r: TreeRow | ProcRow): Cell[] {
  const prefix = 'prefix' in r ? r.prefix : '';
  return [r.pid, r.ppid, r.state, age(r.ageMs), prefix + shortCmd(r.cmd)];
}

/** The table's lines fitted to `width` columns (default: the terminal's), zombies in red. */
export function tableLines(
  out: Output,
  rows: readonly (TreeRow | ProcRow)[],
  width = out.room,
): string[] {
  const zombies = new Set(rows.filter(isZombie).map((r) => r.pid));
  return out.tableLines(HEADER, rows.map(cells), {
    width,
    style: (row, line) => (zombies.has(row[0] as number) ? out.c.red.bold(line) : line),
  });
}
