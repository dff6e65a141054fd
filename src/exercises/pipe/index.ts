/** pipe: a writer child and a reader child on one pipe; their byte counts agree. */
import { childCount, fail, pass, ran, together } from '../rules/common.js';
import type { ExerciseModule } from '../types.js';
import { text } from './text.js';

const exercise: ExerciseModule = {
  statement: text.statement,
  hints: text.hints,
  rules: [
    ran(),
    childCount(2),
    together(2),
    {
      id: 'counts',
      title: text.counts.title,
      check(run) {
        const t = text.counts;
        const kids = new Set(run.children().map((k) => k.pid));
        const fromChild = (re: RegExp) =>
          run.matches(re).find((m) => kids.has(Number(m.groups[0])));
        const w = fromChild(/writer pid (\d+) wrote (\d+) bytes/);
        const r = fromChild(/reader pid (\d+) read (\d+) bytes/);
        if (!w) return fail(t.noWriter);
        if (!r) return fail(t.noReader);
        const vars = {
          writer: Number(w.groups[0]),
          wrote: Number(w.groups[1]),
          reader: Number(r.groups[0]),
          read: Number(r.groups[1]),
        };
        if (vars.writer === vars.reader) return fail(t.same, { pid: vars.writer });
        if (vars.wrote !== vars.read || vars.wrote === 0) return fail(t.differ, vars);
        return pass(t.ok, vars);
      },
    },
  ],
  timeoutMs: 6000,
};
export default exercise;
