/** zombie-reap: 5 children exiting at different moments, each reaped within 100 ms. */
import { list } from '../../i18n/index.js';
import { sec } from '../facts.js';
import { childCount, fail, notReapedByParent, pass, ran } from '../rules/common.js';
import type { ExerciseModule } from '../types.js';
import { text } from './text.js';

const exercise: ExerciseModule = {
  statement: text.statement,
  hints: text.hints,
  rules: [
    ran(),
    childCount(5),
    {
      id: 'apart',
      title: text.apart.title,
      check(run) {
        const t = text.apart;
        const kids = run.children();
        const running = kids.find((k) => k.exit === undefined);
        if (running) return fail(t.missing, { pid: running.pid });
        const byExit = [...kids].sort((a, b) => a.exit! - b.exit!);
        for (let i = 1; i < byExit.length; i++) {
          const gap = byExit[i]!.exit! - byExit[i - 1]!.exit!;
          if (gap < 50) {
            return fail(t.close, { a: byExit[i - 1]!.pid, b: byExit[i]!.pid, gap: sec(gap) });
          }
        }
        const times = list(byExit.map((k) => ({ zh: sec(k.exit!), en: sec(k.exit!) })));
        return pass(t.ok, { times });
      },
    },
    {
      id: 'prompt',
      title: text.prompt.title,
      check(run) {
        const t = text.prompt;
        const kids = run.children();
        if (kids.length === 0) return fail(text.apart.missing, { pid: '?' });
        let slowest = { pid: 0, ms: -1 };
        for (const k of kids) {
          const bad = notReapedByParent(run, k);
          if (bad) return bad;
          const z = run.zombie(k)!;
          if (z.ms > 100) {
            const vars = { pid: k.pid, exit: sec(k.exit!), until: sec(z.until), z: sec(z.ms) };
            return fail(t.late, vars);
          }
          if (z.ms > slowest.ms) slowest = { pid: k.pid, ms: z.ms };
        }
        return pass(t.ok, { max: sec(slowest.ms), pid: slowest.pid });
      },
    },
  ],
};
export default exercise;
