/** executor-timeout: three fetches in a process pool; the hung one holds up nobody. */
import { pids, sec, type TracedRun } from '../facts.js';
import { fail, pass, ran } from '../rules/common.js';
import type { ExerciseModule } from '../types.js';
import { text } from './text.js';

/** Each task's line ("page /fast …" or "timeout /hang …"), first per path. */
function tasks(run: TracedRun) {
  const found = new Map<string, { kind: string; pid: number; t: number }>();
  for (const m of run.matches(/(page|timeout) (\/\w+) .*?\bin (\d+)/)) {
    const [kind, path, pid] = m.groups as [string, string, string];
    if (!found.has(path)) found.set(path, { kind, pid: Number(pid), t: m.line.t });
  }
  return found;
}

const exercise: ExerciseModule = {
  statement: text.statement,
  hints: text.hints,
  server: true,
  rules: [
    ran(),
    {
      id: 'workers',
      title: text.workers.title,
      check(run) {
        const t = text.workers;
        const found = tasks(run);
        if (found.size < 3) return fail(t.few, { count: found.size });
        const workers = new Set(run.descendants().map((p) => p.pid));
        for (const [path, task] of found) {
          if (!workers.has(task.pid)) {
            const what = task.pid === run.root.pid ? t.isMain : { zh: '', en: '' };
            return fail(t.main, { path, pid: task.pid, what });
          }
        }
        const used = [...new Set([...found.values()].map((x) => x.pid))];
        if (used.length < 2) return fail(t.one, { pid: used[0]! });
        return pass(t.ok, { pids: pids(used) });
      },
    },
    {
      id: 'not-blocked',
      title: text.early.title,
      check(run) {
        const t = text.early;
        const found = tasks(run);
        const hang = found.get('/hang');
        if (hang?.kind !== 'timeout') return fail(t.noTimeout);
        for (const path of ['/fast', '/slow']) {
          const page = found.get(path);
          if (page?.kind !== 'page') return fail(t.missing, { path });
          if (page.t > hang.t) return fail(t.late, { path, t: sec(page.t), hang: sec(hang.t) });
        }
        return pass(t.ok, {
          fast: sec(found.get('/fast')!.t),
          slow: sec(found.get('/slow')!.t),
          hang: sec(hang.t),
        });
      },
    },
    {
      id: 'shutdown-waits',
      title: text.shutdown.title,
      check(run) {
        const t = text.shutdown;
        const done = run.matches(/shutdown returned/)[0];
        if (!done) return fail(t.missing);
        const found = tasks(run);
        if (found.size < 3) return fail(text.workers.few, { count: found.size });
        // The task that ended last is the evidence either way.
        const [path, last] = [...found].sort((a, b) => b[1].t - a[1].t)[0]!;
        const vars = { s: sec(done.line.t), path, t: sec(last.t), last: sec(last.t) };
        return last.t > done.line.t ? fail(t.early, vars) : pass(t.ok, vars);
      },
    },
  ],
};
export default exercise;
