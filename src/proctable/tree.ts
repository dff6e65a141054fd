/**
 * A process tree from a flat table: the rows under one root, depth first, children in PID order,
 * each with the `├─`/`└─` prefix that `ps -ef --forest` and `pstree` draw.
 */
import type { ProcRow } from './list.js';

export interface TreeRow extends ProcRow {
  depth: number;
  /** Drawn before the command: '', '├─ ', '│  └─ ', ... */
  prefix: string;
}

/**
 * `root` and its descendants. `keep` can drop a branch (e.g. the short-lived `ps` that ps-list
 * itself starts under us); a dropped row hides its descendants too.
 */
export function subtree(
  rows: readonly ProcRow[],
  root: number,
  keep: (row: ProcRow) => boolean = () => true,
): TreeRow[] {
  const byParent = new Map<number, ProcRow[]>();
  for (const r of rows) {
    if (r.pid === r.ppid) continue; // PID 0 on some systems is its own parent
    const list = byParent.get(r.ppid) ?? [];
    list.push(r);
    byParent.set(r.ppid, list);
  }
  const top = rows.find((r) => r.pid === root);
  if (!top) return [];
  const out: TreeRow[] = [];
  const visit = (row: ProcRow, depth: number, lead: string, last: boolean) => {
    const branch = depth === 0 ? '' : last ? '└─ ' : '├─ ';
    out.push({ ...row, depth, prefix: lead + branch });
    const kids = (byParent.get(row.pid) ?? []).filter(keep).sort((a, b) => a.pid - b.pid);
    const nextLead = depth === 0 ? '' : lead + (last ? '   ' : '│  ');
    for (const [i, k] of kids.entries()) visit(k, depth + 1, nextLead, i === kids.length - 1);
  };
  visit(top, 0, '', true);
  return out;
}
