/** pool-join: every result arrives, and the workers end by themselves (close, then join). */
import { list } from '../../i18n/index.js';
import { pids, sec } from '../facts.js';
import { fail, pass, ran } from '../rules/common.js';
import type { ExerciseModule } from '../types.js';
import { text } from './text.js';

const SQUARES = Array.from({ length: 10 }, (_, i) => i * i);
const asBi = (n: number) => ({ zh: String(n), en: String(n) });

const exercise: ExerciseModule = {
  statement: text.statement,
  hints: text.hints,
  rules: [
    ran(),
    {
      id: 'results',
      title: text.results.title,
      check(run) {
        const got = new Set(run.matches(/result (-?\d+) in \d+/).map((m) => Number(m.groups[0])));
        const missing = SQUARES.filter((v) => !got.has(v));
        if (missing.length > 0) {
          return fail(text.results.lost, {
            count: SQUARES.length - missing.length,
            missing: list(missing.map(asBi)),
          });
        }
        return pass(text.results.ok, { values: list(SQUARES.map(asBi)) });
      },
    },
    {
      id: 'clean-exit',
      title: text.clean.title,
      check(run) {
        const t = text.clean;
        const workers = run.children();
        if (workers.length === 0) return fail(t.none);
        const end = run.rootEnd;
        for (const w of workers) {
          if (w.exit === undefined || w.exit > end + run.resolutionMs) {
            return fail(t.running, { pid: w.pid, end: sec(end) });
          }
          const at = sec(w.exit);
          if (w.signal) return fail(t.killed, { pid: w.pid, t: at, signal: w.signal });
          if (w.code !== 0) return fail(t.code, { pid: w.pid, t: at, code: String(w.code) });
        }
        return pass(t.ok, { pids: pids(workers), end: sec(end) });
      },
    },
  ],
};
export default exercise;
