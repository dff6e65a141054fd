/** orphan: a grandchild outlives its parent, is adopted, and prints both parents' PIDs. */
import { type Proc, sec, type TracedRun } from '../facts.js';
import { fail, pass, ran } from '../rules/common.js';
import type { ExerciseModule } from '../types.js';
import { text } from './text.js';

/** A process of the program that outlived its parent at birth (an orphan), if any. */
function orphan(run: TracedRun): Proc | undefined {
  return run.descendants().find((p) => {
    const parent = run.procs.get(p.ppid);
    return parent?.exit !== undefined && (p.exit ?? run.end) > parent.exit;
  });
}

/** The orphan, else the process the evidence is about: the program's last-born. */
function subject(run: TracedRun): Proc | undefined {
  return orphan(run) ?? run.descendants().at(-1);
}

const exercise: ExerciseModule = {
  statement: text.statement,
  hints: text.hints,
  rules: [
    ran(),
    {
      id: 'outlived',
      title: text.outlived.title,
      check(run) {
        const t = text.outlived;
        const o = orphan(run);
        const k = o ?? subject(run);
        if (!k) return fail(t.none);
        const parent = run.procs.get(k.ppid);
        const vars = {
          pid: k.pid,
          exit: sec(k.exit ?? run.end),
          parent: k.ppid,
          end: sec(parent?.exit ?? run.end),
        };
        return o ? pass(t.ok, vars) : fail(t.before, vars);
      },
    },
    {
      id: 'adopted',
      title: text.adopted.title,
      check(run) {
        const k = subject(run);
        if (!k) return fail(text.outlived.none);
        const r = k.reparents.find((x) => x.from === k.ppid) ?? k.reparents[0];
        if (!r) return fail(text.adopted.none, { pid: k.pid });
        return pass(text.adopted.ok, { t: sec(r.t), pid: k.pid, from: r.from, to: r.to });
      },
    },
    {
      id: 'printed',
      title: text.printed.title,
      check(run) {
        const t = text.printed;
        const k = subject(run);
        if (!k) return fail(text.outlived.none);
        const mine = (re: RegExp) => run.matches(re).find((m) => Number(m.groups[0]) === k.pid);
        const before = mine(/orphan (\d+) parent before (\d+)/);
        const after = mine(/orphan (\d+) parent after (\d+)/);
        if (!before) return fail(t.missingBefore, { pid: k.pid });
        if (!after) return fail(t.missingAfter, { pid: k.pid });
        const b = Number(before.groups[1]);
        const a = Number(after.groups[1]);
        if (b !== k.ppid) return fail(t.wrongBefore, { pid: k.pid, printed: b, parent: k.ppid });
        const to = k.reparents.at(-1)?.to;
        if (to === undefined) return fail(text.adopted.none, { pid: k.pid });
        if (a !== to) return fail(t.wrongAfter, { pid: k.pid, printed: a, to });
        return pass(t.ok, { pid: k.pid, before: b, after: a });
      },
    },
  ],
};
export default exercise;
