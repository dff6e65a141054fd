/** pool-async: the material's Pool(3) program, checked on its processes, time and callbacks. */
import { type Bi, fmt } from '../../i18n/index.js';
import { pids, sec, type TracedRun } from '../facts.js';
import { childCount, fail, pass, ran } from '../rules/common.js';
import type { ExerciseModule } from '../types.js';
import { text } from './text.js';

/** How long each task sleeps. */
const TASK_MS = 500;

/** Python's helper processes, named so the learner sees why they are not counted. */
function helpers(run: TracedRun): Bi {
  const found = run.helpers();
  return found.length > 0 ? fmt(text.helpers, { pids: pids(found) }) : { zh: '', en: '' };
}

const exercise: ExerciseModule = {
  statement: text.statement,
  hints: text.hints,
  rules: [
    ran(),
    childCount(3, 'workers', text.workersTitle),
    {
      id: 'reused',
      title: text.reused.title,
      check(run) {
        const t = text.reused;
        const tasks = run.matches(/task (\d+) in (\d+)/);
        if (tasks.length < 10) return fail(t.few, { count: tasks.length });
        const workers = new Set(run.children().map((k) => k.pid));
        const per = new Map<number, number>();
        for (const m of tasks) {
          const pid = Number(m.groups[1]);
          if (!workers.has(pid)) {
            const what = pid === run.root.pid ? t.isMain : { zh: '', en: '' };
            return fail(t.notWorker, { task: m.groups[0]!, pid, what });
          }
          per.set(pid, (per.get(pid) ?? 0) + 1);
        }
        const spread = [...per].map(([pid, n]) => `${pid} ×${n}`).join(', ');
        return pass(t.ok, { count: per.size, spread });
      },
    },
    {
      id: 'max-alive',
      title: text.maxAlive.title,
      check(run) {
        const best = run.maxAlive();
        const vars = { count: best.count, t: sec(best.t), helpers: helpers(run) };
        return best.count <= 4 ? pass(text.maxAlive.ok, vars) : fail(text.maxAlive.bad, vars);
      },
    },
    {
      id: 'time',
      title: text.time.title,
      check(run) {
        // From the first task's start (its line comes at its end, 0.5 s in) to the last
        // callback: the pool's own time, without the interpreter's start-up (slower traced).
        const first = run.matches(/task \d+ in \d+/)[0];
        const last = run.matches(/callback -?\d+ in \d+/).at(-1);
        if (!first || !last) return fail(text.time.missing);
        const from = Math.max(0, first.line.t - TASK_MS);
        const ms = last.line.t - from;
        const vars = { s: sec(ms), from: sec(from), to: sec(last.line.t) };
        return ms < 3500 ? pass(text.time.ok, vars) : fail(text.time.bad, vars);
      },
    },
    {
      id: 'callbacks',
      title: text.callbacks.title,
      check(run) {
        const t = text.callbacks;
        const main = run.root.pid;
        const calls = run.matches(/callback (-?\d+) in (\d+)/);
        if (calls.length < 10) return fail(t.few, { count: calls.length });
        const away = calls.find((m) => Number(m.groups[1]) !== main);
        if (away) return fail(t.elsewhere, { result: away.groups[0]!, pid: away.groups[1]!, main });
        return pass(t.ok, { pid: main });
      },
    },
  ],
};
export default exercise;
