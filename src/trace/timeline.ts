/**
 * The end-of-run picture: one row per process on a shared time axis, in the table's tree order.
 * Alive is drawn ━ (from a | at its birth), a zombie ░ from its exit until it was reaped, an exec
 * ▲ where it happened; the table beside it gives the exit codes.
 */
import { renderTimeline, type TimelineRow } from '../ui/timeline.js';
import type { ProcRecord } from './events.js';
import { ZOMBIE_MS } from './model.js';
import { treeOrder } from './table.js';

/** Rows beyond this are summarised: a fork bomb's picture would be a wall of lines. */
export const MAX_ROWS = 24;

export function timelineOf(
  records: readonly ProcRecord[],
  root: number | undefined,
  width: number,
  now: number,
): { lines: string[]; hidden: number } {
  const ordered = treeOrder(records, root);
  const rows: TimelineRow[] = ordered.slice(0, MAX_ROWS).map(({ rec }) => {
    const end = rec.end ?? now;
    const lingered = rec.reapedAt !== undefined && rec.reapedAt - end >= ZOMBIE_MS;
    return {
      label: String(rec.pid),
      blocks: [
        { start: rec.start, end, label: '' },
        ...(lingered ? [{ start: end, end: rec.reapedAt!, fill: '░' }] : []),
        ...rec.execs.map((e) => ({ start: e.t, end: e.t, fill: '▲' })),
      ],
    };
  });
  // renderTimeline fits labels, axis and the last tick's label into the line's width itself.
  const lines = renderTimeline(rows, { now, total: width });
  return { lines, hidden: Math.max(0, ordered.length - MAX_ROWS) };
}
