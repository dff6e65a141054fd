/**
 * Rules several exercises share, built from parameters. Each returns a Rule whose evidence names
 * this run's PIDs and times; the words live in common.text.ts.
 */
import { type Bi, fmt, type Vars } from '../../i18n/index.js';
import { type Proc, pids, sec, type TracedRun } from '../facts.js';
import type { Rule, Verdict } from '../types.js';
import { common } from './common.text.js';

export const pass = (text: Bi, vars: Vars = {}): Verdict => ({
  ok: true,
  evidence: fmt(text, vars),
});
export const fail = (text: Bi, vars: Vars = {}): Verdict => ({
  ok: false,
  evidence: fmt(text, vars),
});

/** The program started, ran to its own end and exited 0 within the limits. */
export function ran(): Rule {
  const t = common.ran;
  return {
    id: 'ran',
    title: t.title,
    check(run) {
      const { root, ending } = run;
      if (root.pid === 0) return fail(t.none);
      const vars = { pid: root.pid, s: sec(run.rootEnd - root.start) };
      if (ending.stopped === 'timeout') return fail(t.timeout, { s: sec(ending.limit ?? 0) });
      if (ending.stopped === 'max-procs') return fail(t.maxProcs, { n: ending.limit ?? 0 });
      if (ending.stopped === 'flood') return fail(t.flood, { n: ending.limit ?? 0 });
      if (ending.signal) return fail(t.signal, { ...vars, signal: ending.signal });
      if (ending.code !== 0) return fail(t.code, { ...vars, code: String(ending.code) });
      return pass(t.ok, vars);
    },
  };
}

/** Exactly `n` children of the first process (CPython's helper processes not counted). */
export function childCount(n: number, id = 'children', title: Bi = common.children.title): Rule {
  const t = common.children;
  return {
    id,
    title: fmt(title, { n }),
    check(run) {
      const kids = run.children();
      const vars = { n, count: kids.length, pids: pids(kids) };
      return kids.length === n ? pass(t.ok, vars) : fail(t.bad, vars);
    },
  };
}

/**
 * Every child of the first process was reaped by it, before it ended. The first failing child is
 * the evidence: still running at the end, reaped by someone else (after the parent died), never.
 */
export function reapedByParent(): Rule {
  const t = common.reapedByParent;
  return {
    id: 'reaped-by-parent',
    title: t.title,
    check(run) {
      const kids = run.children();
      if (kids.length === 0) return fail(t.none);
      const parent = run.root.pid;
      for (const k of kids) {
        const bad = notReapedByParent(run, k);
        if (bad) return bad;
      }
      return pass(t.ok, { pids: pids(kids), parent });
    },
  };
}

/** Why `k` was not reaped by its parent in time, or undefined when it was. */
export function notReapedByParent(run: TracedRun, k: Proc): Verdict | undefined {
  const t = common.reapedByParent;
  const parent = run.root.pid;
  if (k.exit === undefined || k.exit > run.rootEnd) {
    return fail(t.running, { pid: k.pid, parent, end: sec(run.rootEnd) });
  }
  const z = run.zombie(k)!;
  if (z.by === undefined) {
    return fail(t.never, { pid: k.pid, exit: sec(k.exit), until: sec(z.until) });
  }
  if (z.by !== parent) {
    const by = whoIs(run, z.by);
    return fail(t.other, { pid: k.pid, parent, exit: sec(k.exit), until: sec(z.until), by });
  }
  return undefined;
}

/** A PID as evidence names it: proc-lab's subreaper is called so. */
export function whoIs(run: TracedRun, pid: number): Bi {
  if (pid === run.subreaper) return fmt(common.subreaper, { pid });
  return { zh: String(pid), en: String(pid) };
}

/** All `n` children alive at one moment (they ran at the same time, not one after another). */
export function together(n: number): Rule {
  const t = common.together;
  return {
    id: 'together',
    title: fmt(t.title, { n }),
    check(run) {
      const kids = run.children();
      if (kids.length === 0) return fail(t.none);
      const best = run.maxAlive(kids);
      return best.count >= n
        ? pass(t.ok, { n, t: sec(best.t) })
        : fail(t.bad, { count: best.count });
    },
  };
}
