/**
 * The `manager` part beside CPython (issue 10, item 1): the same count with multiprocessing's
 * Manager, once without a lock and once inside `with m.Lock():`. CPython's server gives each
 * connection its own thread and `d['c'] += 1` on a proxy is a read and then a write, so updates
 * are lost without the lock; proc-lab's manager is exact only because its increment is one
 * request. The conclusion is printed only when this run's two counts show it.
 */

import { watchMachine } from '../../measure/machine.js';
import { verdict } from '../../measure/verdict.js';
import { cpython } from '../../runtime/cpython.js';
import { pyDemo } from '../../runtime/python.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { numbers } from './events.js';
import { text } from './manager.text.js';

interface Run extends Record<string, unknown> {
  lock: boolean;
  expected: number;
  actual: number;
  lost: number;
  managerPid: number;
  pids: number[];
  serverThreads: number;
  ms: number;
}

export async function managerInCpython(ctx: LessonContext, n: number, u: number): Promise<void> {
  const { out } = ctx;
  out.say(text.cpythonIntro, { n, u });
  const busy = watchMachine();
  const runs: Run[] = [];
  for (const mode of ['nolock', 'lock'] as const) {
    // Each run starts a Manager and n processes: allow for a slow, busy machine.
    const r = await cpython<Run>(ctx, 'manager', {
      demo: 'ipc-manager',
      args: [mode, String(n), String(u)],
      timeoutMs: 120_000,
    });
    if (!r) {
      out.say(text.cpythonMissing, { path: pyDemo('ipc-manager') });
      return;
    }
    runs.push(r);
    out.fact(text.cpythonRun, {
      how: r.lock ? text.withLock : text.noLock,
      actual: r.actual,
      expected: r.expected,
      lost: r.lost,
      ms: ms(r.ms),
      manager: r.managerPid,
      threads: r.serverThreads,
      pids: numbers(r.pids),
    });
  }
  const [free, locked] = runs as [Run, Run];
  verdict(
    out,
    {
      name: 'manager-lost-updates',
      holds: free.lost > 0 && locked.lost === 0,
      values: {
        expected: free.expected,
        actual: free.actual,
        lost: free.lost,
        locked: locked.actual,
      },
      busy: busy(),
    },
    { holds: text.lostHolds, fails: text.lostFails },
  );
  if (n === 1) out.say(text.oneProcess);
  out.say(text.pythonRule);
}
