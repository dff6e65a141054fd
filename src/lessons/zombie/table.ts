/**
 * proc-lab's own process tree as a table, the way `ps -ef | grep defunct` shows zombies but with
 * the parent relations drawn (the drawing itself is proctable's view, shared with `trace`).
 */
import { type ProcRow, snapshot, subtree, type TreeRow } from '../../proctable/index.js';
import type { LessonContext } from '../types.js';

export { tableLines } from '../../proctable/view.js';

/**
 * proc-lab's tree now. ps-list starts `ps` under us to take the snapshot; those helpers are not
 * part of the lesson, so only children in the registry are kept below proc-lab itself.
 */
export async function ourTree(ctx: LessonContext, rows?: readonly ProcRow[]): Promise<TreeRow[]> {
  const all = rows ?? (await snapshot());
  const registered = new Set(ctx.children.pids);
  return subtree(all, process.pid, (r) => r.ppid !== process.pid || registered.has(r.pid));
}
