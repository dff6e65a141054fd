/**
 * What the trace means, in a few sentences with this run's numbers: zombies (and why they went),
 * orphans (and who adopted them), a pool against a process per task, forks without exec against
 * exec'd programs, what was left behind. Each explanation names the lesson that teaches it. A
 * pattern is named only when the records show it; nothing here is a guess about intentions.
 */
import { basename } from 'node:path';
import { type Bi, fmt, list } from '../i18n/index.js';
import { ms } from '../ui/format.js';
import type { ProcRecord } from './events.js';
import { explainText as t } from './explain.text.js';
import { isOrphan, ZOMBIE_MS } from './model.js';

export type ExplanationKind =
  | 'zombie'
  | 'orphan'
  | 'pool'
  | 'per-task'
  | 'fork'
  | 'exec'
  | 'left-behind'
  | 'tidy';

export interface Explanation {
  kind: ExplanationKind;
  text: Bi;
  /** The lesson (and part) that teaches it: `proc-lab <lesson>`. */
  lesson: string;
}

export interface ExplainInput {
  processes: readonly ProcRecord[];
  root: number | undefined;
  leftBehind: readonly number[];
  subreaper: number | null;
}

const MAX_LISTED = 3;
const pidList = (pids: readonly number[]) => {
  const shown = pids.slice(0, 6).join(', ');
  return pids.length > 6 ? `${shown}, …` : shown;
};
const life = (r: ProcRecord) => (r.end ?? r.start) - r.start;

function zombies(i: ExplainInput): Explanation[] {
  const found = i.processes.filter(
    (r) => r.zombie && r.reapedAt !== undefined && r.end !== undefined,
  );
  const byPid = new Map(i.processes.map((r) => [r.pid, r]));
  const out: Explanation[] = found.slice(0, MAX_LISTED).map((r) => {
    const vars = { pid: r.pid, ppid: r.ppidBirth, by: r.reapedBy!, s: ms(r.reapedAt! - r.end!) };
    const parent = byPid.get(r.ppidBirth);
    let text = t.zombieOther;
    if (r.reapedBy === r.ppidBirth) text = t.zombieLate;
    else if (parent?.end !== undefined && Math.abs(r.reapedAt! - parent.end) < 1000) {
      text = t.zombieParentGone;
    }
    return { kind: 'zombie', text: fmt(text, vars), lesson: 'zombie' };
  });
  if (found.length > MAX_LISTED) {
    const n = found.length - MAX_LISTED;
    out.push({ kind: 'zombie', text: fmt(t.moreZombies, { n }), lesson: 'zombie' });
  }
  return out;
}

function orphans(i: ExplainInput): Explanation[] {
  const moved = i.processes.filter(isOrphan);
  if (moved.length === 0) return [];
  const to = moved[0]!.reparents.at(-1)!.to;
  const who = to === i.subreaper ? t.whoSubreaper : to === 1 ? t.whoInit : t.whoOther;
  const pids = pidList(moved.map((r) => r.pid));
  const text = moved.length === 1 ? t.orphanOne : t.orphanMany;
  return [
    {
      kind: 'orphan',
      text: fmt(text, { n: moved.length, pids, to, who }),
      lesson: 'zombie orphan',
    },
  ];
}

/** The most children of `kids` alive at one moment. */
function peak(kids: readonly ProcRecord[]): number {
  const edges = kids.flatMap((k) => [
    [k.start, 1],
    [k.end ?? Number.POSITIVE_INFINITY, -1],
  ]);
  edges.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  let alive = 0;
  let most = 0;
  for (const [, d] of edges) {
    alive += d!;
    most = Math.max(most, alive);
  }
  return most;
}

function pools(i: ExplainInput): Explanation[] {
  const out: Explanation[] = [];
  for (const p of i.processes) {
    const kids = i.processes.filter((r) => r.ppidBirth === p.pid);
    if (kids.length < 2 || p.end === undefined) continue;
    const parentLife = life(p);
    const long = kids.filter((k) => life(k) >= parentLife / 2);
    const starts = kids.map((k) => k.start);
    if (long.length === kids.length && Math.max(...starts) - Math.min(...starts) < 1000) {
      const s = ms(long.reduce((a, k) => a + life(k), 0) / long.length);
      const vars = { ppid: p.pid, n: kids.length, pids: pidList(kids.map((k) => k.pid)), s };
      out.push({ kind: 'pool', text: fmt(t.pool, vars), lesson: 'pool' });
    } else if (kids.length >= 3 && long.length === 0) {
      const avg = ms(kids.reduce((a, k) => a + life(k), 0) / kids.length);
      const vars = { ppid: p.pid, n: kids.length, avg, max: peak(kids) };
      out.push({ kind: 'per-task', text: fmt(t.perTask, vars), lesson: 'pool why' });
    }
  }
  return out;
}

function forksAndExecs(i: ExplainInput): Explanation[] {
  const others = i.processes.filter((r) => r.pid !== i.root);
  const forks = others.filter((r) => r.execs.length === 0);
  const execd = others.filter((r) => r.execs.length > 0);
  const out: Explanation[] = [];
  if (forks.length > 0) {
    const vars = { n: forks.length, pids: pidList(forks.map((r) => r.pid)) };
    out.push({ kind: 'fork', text: fmt(t.forks, vars), lesson: 'processes' });
  }
  if (execd.length > 0) {
    const names = [...new Set(execd.map((r) => basename(r.argv[0] ?? '?')))].slice(0, 4);
    const vars = { n: execd.length, names: list(names.map((n) => ({ zh: n, en: n }))) };
    out.push({ kind: 'exec', text: fmt(t.execs, vars), lesson: 'processes' });
  }
  return out;
}

export function explain(i: ExplainInput): Explanation[] {
  const out = [...zombies(i), ...orphans(i), ...pools(i), ...forksAndExecs(i)];
  if (i.leftBehind.length > 0) {
    const vars = { n: i.leftBehind.length, pids: pidList(i.leftBehind) };
    out.push({ kind: 'left-behind', text: fmt(t.leftBehind, vars), lesson: 'zombie orphan' });
  }
  if (!out.some((e) => ['zombie', 'orphan', 'left-behind'].includes(e.kind))) {
    out.push({ kind: 'tidy', text: fmt(t.tidy, { ms: ZOMBIE_MS }), lesson: 'zombie' });
  }
  return out;
}

export function seeLesson(lesson: string): Bi {
  return fmt(t.see, { lesson });
}
