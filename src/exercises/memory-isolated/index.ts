/** memory-isolated: the child changes its copy of a variable; the parent's copy is unchanged. */
import { sec } from '../facts.js';
import { childCount, fail, pass, ran } from '../rules/common.js';
import type { ExerciseModule } from '../types.js';
import { text } from './text.js';

const CHILD = /child pid (\d+) sees counter = (-?\d+)/;
const PARENT = /parent pid (\d+) sees counter = (-?\d+)/;

const exercise: ExerciseModule = {
  statement: text.statement,
  hints: text.hints,
  rules: [
    ran(),
    childCount(1),
    {
      id: 'child-copy',
      title: text.childCopy.title,
      check(run) {
        const t = text.childCopy;
        const line = run.matches(CHILD)[0];
        if (!line) return fail(t.missing);
        const pid = Number(line.groups[0]);
        const value = Number(line.groups[1]);
        if (!run.children().some((k) => k.pid === pid)) {
          const what = pid === run.root.pid ? t.isMain : { zh: '', en: '' };
          return fail(t.notChild, { pid, value, what });
        }
        if (value !== 100) return fail(t.wrong, { pid, value });
        return pass(t.ok, { pid, value });
      },
    },
    {
      id: 'parent-copy',
      title: text.parentCopy.title,
      check(run) {
        const t = text.parentCopy;
        const root = run.root.pid;
        const line = run.matches(PARENT).find((l) => Number(l.groups[0]) === root);
        if (!line) return fail(t.missing, { pid: root });
        const value = Number(line.groups[1]);
        if (value !== 0) return fail(t.changed, { pid: root, value });
        const child = run.children()[0];
        if (!child) return fail(t.noChild);
        const exit = child.exit ?? run.end;
        // The observer may notice an exit a little after the parent's wait returned.
        const vars = { pid: root, t: sec(line.line.t), child: child.pid, exit: sec(exit) };
        if (line.line.t + run.resolutionMs + 20 < exit) return fail(t.early, vars);
        return pass(t.ok, vars);
      },
    },
  ],
};
export default exercise;
