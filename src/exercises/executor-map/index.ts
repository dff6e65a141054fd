/** executor-map: 2 process workers, results in input order. */
import { list } from '../../i18n/index.js';
import { pids } from '../facts.js';
import { childCount, fail, pass, ran } from '../rules/common.js';
import type { ExerciseModule } from '../types.js';
import { text } from './text.js';

const asBi = (s: string) => ({ zh: s, en: s });

const exercise: ExerciseModule = {
  statement: text.statement,
  hints: text.hints,
  rules: [
    ran(),
    childCount(2, 'workers', text.workersTitle),
    {
      id: 'in-workers',
      title: text.inWorkers.title,
      check(run) {
        const t = text.inWorkers;
        const tasks = run.matches(/task (\d+) in (\d+)/);
        if (tasks.length < 6) return fail(t.few, { count: tasks.length });
        const workers = run.children();
        const ids = new Set(workers.map((w) => w.pid));
        const away = tasks.find((m) => !ids.has(Number(m.groups[1])));
        if (away) return fail(t.elsewhere, { task: away.groups[0]!, pid: away.groups[1]! });
        return pass(t.ok, { pids: pids(workers) });
      },
    },
    {
      id: 'order',
      title: text.order.title,
      check(run) {
        const t = text.order;
        const results = run.matches(/result (\d+) (-?\d+)/).map((m) => m.groups.map(Number));
        if (results.length < 6) return fail(t.few, { count: results.length });
        for (const [n, value] of results) {
          if (value !== n! * n!)
            return fail(t.wrongValue, { n: n!, value: value!, square: n! * n! });
        }
        const order = results.map(([n]) => n!);
        if (order.some((n, i) => n !== i)) {
          return fail(t.wrongOrder, { order: list(order.map((n) => asBi(String(n)))) });
        }
        return pass(t.ok, { values: list(results.map(([, v]) => asBi(String(v)))) });
      },
    },
  ],
};
export default exercise;
