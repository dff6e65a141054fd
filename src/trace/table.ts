/**
 * The end-of-run table: one row per process, in tree order by birth (PID, PPID at birth → at
 * end, the command after exec, lifetime, how it ended, how long it was a zombie, who reaped it).
 */
import type { Bi } from '../i18n/index.js';
import { subtree } from '../proctable/index.js';
import { shortCmd } from '../proctable/view.js';
import { ms } from '../ui/format.js';
import type { Output } from '../ui/output.js';
import type { ProcRecord } from './events.js';
import { ZOMBIE_MS } from './model.js';

/** COMMAND comes last, as in `ps`: it is the column a narrow screen cuts. */
export const COLUMNS: readonly Bi[] = [
  { zh: 'PID', en: 'PID' },
  { zh: 'PPID', en: 'PPID' },
  { zh: '存活', en: 'LIFE' },
  { zh: '结束', en: 'EXIT' },
  { zh: '僵尸', en: 'ZOMBIE' },
  { zh: '回收者', en: 'REAPED' },
  { zh: '命令（exec 之后）', en: 'COMMAND (after exec)' },
];

/** Records in tree order (children under their parent at birth), each with its tree prefix. */
export function treeOrder(records: readonly ProcRecord[], root: number | undefined) {
  const rows = records.map((r) => ({
    pid: r.pid,
    ppid: r.ppidBirth,
    name: '',
    cmd: '',
    state: '',
  }));
  const tree = root === undefined ? [] : subtree(rows, root);
  const placed = new Set(tree.map((r) => r.pid));
  const byPid = new Map(records.map((r) => [r.pid, r]));
  const ordered = tree.map((row) => ({ rec: byPid.get(row.pid)!, prefix: row.prefix }));
  for (const r of records) if (!placed.has(r.pid)) ordered.push({ rec: r, prefix: '' });
  return ordered;
}

export function commandOf(r: ProcRecord): string {
  return shortCmd(r.argv.join(' ')) || '?';
}

export function ending(r: ProcRecord): string {
  if (r.end === undefined) return '…';
  if (r.signal) return r.signal;
  return r.code === null || r.code === undefined ? '?' : String(r.code);
}

export function zombieTime(r: ProcRecord): number | undefined {
  if (r.end === undefined || r.reapedAt === undefined) return undefined;
  return r.reapedAt - r.end;
}

export function tableOf(
  out: Output,
  records: readonly ProcRecord[],
  root: number | undefined,
  width: number,
): string[] {
  const rows = treeOrder(records, root).map(({ rec: r, prefix }) => {
    const z = zombieTime(r);
    const forked = r.execs.length === 0 && r.pid !== root ? ' ⑂' : '';
    return [
      r.pid,
      r.ppid === r.ppidBirth ? String(r.ppid) : `${r.ppidBirth}→${r.ppid}`,
      r.end === undefined ? '…' : ms(r.end - r.start),
      ending(r),
      z !== undefined && z >= ZOMBIE_MS ? ms(z) : '',
      r.reapedBy === undefined ? '' : String(r.reapedBy),
      `${prefix}${commandOf(r)}${forked}`,
    ];
  });
  const zombies = new Set(records.filter((r) => r.zombie).map((r) => r.pid));
  // The table fits the width by wrapping its cells (a long command goes on below), never by
  // cutting a line short.
  return out.tableLines(COLUMNS, rows, {
    width,
    style: (row, line) => (zombies.has(row[0] as number) ? out.c.red(line) : line),
  });
}
