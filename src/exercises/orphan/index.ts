/** orphan: a child outlives its parent, is adopted, and prints both parents' PIDs. */
import { type Proc, sec, type TracedRun } from '../facts.js';
import { fail, pass, ran } from '../rules/common.js';
import type { ExerciseModule } from '../types.js';
import { text } from './text.js';

/** The child that outlived the first process, if any (the one that ended last). */
function orphan(run: TracedRun): Proc | undefined {
  const late = run.children().filter((k) => (k.exit ?? run.end) > run.rootEnd);
  return late.sort((a, b) => (b.exit ?? run.end) - (a.exit ?? run.end))[0];
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
        const parent = run.root.pid;
        const end = sec(run.rootEnd);
        if (o) return pass(t.ok, { pid: o.pid, exit: sec(o.exit ?? run.end), parent, end });
        const k = run.children()[0];
        if (!k) return fail(t.none);
        return fail(t.before, { pid: k.pid, exit: sec(k.exit ?? run.end), parent, end });
      },
    },
    {
      id: 'adopted',
      title: text.adopted.title,
      check(run) {
        const k = orphan(run) ?? run.children()[0];
        if (!k) return fail(text.outlived.none);
        const r = k.reparents.find((x) => x.from === run.root.pid) ?? k.reparents[0];
        if (!r) return fail(text.adopted.none, { pid: k.pid });
        return pass(text.adopted.ok, { t: sec(r.t), pid: k.pid, from: r.from, to: r.to });
      },
    },
    {
      id: 'printed',
      title: text.printed.title,
      check(run) {
        const t = text.printed;
        const k = orphan(run) ?? run.children()[0];
        if (!k) return fail(text.outlived.none);
        const mine = (re: RegExp) => run.matches(re).find((m) => Number(m.groups[0]) === k.pid);
        const before = mine(/child (\d+) parent before (\d+)/);
        const after = mine(/child (\d+) parent after (\d+)/);
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
