/** zombie-make: a zombie for at least 1 s, then reaped by its own parent. */
import { sec } from '../facts.js';
import { fail, pass, ran, reapedByParent } from '../rules/common.js';
import type { ExerciseModule } from '../types.js';
import { text } from './text.js';

const exercise: ExerciseModule = {
  statement: text.statement,
  hints: text.hints,
  rules: [
    ran(),
    {
      id: 'zombie-1s',
      title: text.zombie.title,
      check(run) {
        const t = text.zombie;
        const kids = run.children().filter((k) => k.exit !== undefined);
        if (kids.length === 0) return fail(t.none);
        // The child that was a zombie longest is the evidence either way.
        const [k, z] = kids
          .map((k) => [k, run.zombie(k)!] as const)
          .sort((a, b) => b[1].ms - a[1].ms)[0]!;
        const vars = { pid: k.pid, exit: sec(k.exit!), z: sec(z.ms) };
        return z.ms >= 1000 ? pass(t.ok, vars) : fail(t.short, vars);
      },
    },
    reapedByParent(),
  ],
};
export default exercise;
