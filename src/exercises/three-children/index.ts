/** three-children: 3 children at once, each printing its PIDs, each reaped by the parent. */
import { pids } from '../facts.js';
import { childCount, fail, pass, ran, reapedByParent, together } from '../rules/common.js';
import type { ExerciseModule } from '../types.js';
import { text } from './text.js';

const exercise: ExerciseModule = {
  statement: text.statement,
  hints: text.hints,
  rules: [
    ran(),
    childCount(3),
    together(3),
    {
      id: 'printed',
      title: text.printed.title,
      check(run) {
        const t = text.printed;
        const lines = run.matches(/child \d+ pid (\d+) parent (\d+)/);
        const kids = run.children();
        if (kids.length === 0) return fail(t.missing, { pid: '?' });
        for (const k of kids) {
          const line = lines.find((l) => Number(l.groups[0]) === k.pid);
          if (!line) return fail(t.missing, { pid: k.pid });
          const printed = Number(line.groups[1]);
          if (printed !== k.ppid) return fail(t.wrong, { pid: k.pid, printed, parent: k.ppid });
        }
        return pass(t.ok, { pids: pids(kids), parent: run.root.pid });
      },
    },
    reapedByParent(),
  ],
};
export default exercise;
