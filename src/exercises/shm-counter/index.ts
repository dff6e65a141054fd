/** shm-counter: several processes, one shared counter, an exact total. */

import type { TracedRun } from '../facts.js';
import { pids } from '../facts.js';
import { fail, pass, ran } from '../rules/common.js';
import type { ExerciseModule } from '../types.js';
import { text } from './text.js';

/** The "worker pid P added N" lines that come from child processes, one per PID. */
function reports(run: TracedRun): { pid: number; added: number }[] {
  const kids = new Set(run.children().map((k) => k.pid));
  const byPid = new Map<number, number>();
  for (const m of run.matches(/worker pid (\d+) added (\d+)/)) {
    const pid = Number(m.groups[0]);
    if (kids.has(pid)) byPid.set(pid, Number(m.groups[1]));
  }
  return [...byPid].map(([pid, added]) => ({ pid, added }));
}

const exercise: ExerciseModule = {
  statement: text.statement,
  hints: text.hints,
  rules: [
    ran(),
    {
      id: 'workers',
      title: text.workers.title,
      check(run) {
        const done = reports(run);
        const vars = { count: done.length, pids: pids(done.map((d) => d.pid)) };
        if (done.length < 2) return fail(text.workers.few, vars);
        const added = [...new Set(done.map((d) => d.added))];
        return pass(text.workers.ok, { ...vars, n: added.join('/') });
      },
    },
    {
      id: 'exact',
      title: text.exact.title,
      check(run) {
        const t = text.exact;
        const done = reports(run);
        const finals = run.matches(/final count (-?\d+)/);
        const last = finals.at(-1);
        if (!last) return fail(t.missing);
        if (done.length === 0) return fail(t.noWork);
        const count = Number(last.groups[0]);
        const expected = done.reduce((sum, d) => sum + d.added, 0);
        const n = done[0]!.added;
        if (count !== expected) return fail(t.lost, { count, expected, lost: expected - count });
        return pass(t.ok, { count, k: done.length, n });
      },
    },
  ],
  timeoutMs: 20_000,
};
export default exercise;
