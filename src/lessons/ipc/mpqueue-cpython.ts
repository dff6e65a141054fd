/**
 * The `mpqueue` part beside CPython: one multiprocessing.Queue shared by producers and consumers,
 * the name of the thread that really writes into its pipe (QueueFeederThread), and join() before
 * get() on a process that put a small and then a large item, with a timeout instead of a hang.
 */
import { type Bi, list } from '../../i18n/index.js';
import { watchMachine } from '../../measure/machine.js';
import { verdict } from '../../measure/verdict.js';
import { cpython } from '../../runtime/cpython.js';
import { pyDemo } from '../../runtime/python.js';
import { bytes, ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { text } from './mpqueue.text.js';

interface Join {
  size: number;
  pid: number;
  waitedMs: number;
  aliveAfterJoin: boolean;
  exitcodeAfterJoin: number | null;
  exitcodeAfterGet: number | null;
}

interface Result extends Record<string, unknown> {
  expected: number;
  consumers: { pid: number; took: number }[];
  producerThreads: string[];
  small: Join;
  large: Join;
  timeoutMs: number;
}

export async function mpqueueInCpython(ctx: LessonContext, k: number, m: number): Promise<void> {
  const { out } = ctx;
  const timeoutMs = ctx.fast ? 500 : 2000;
  const busy = watchMachine();
  const r = await cpython<Result>(ctx, 'mpqueue', {
    demo: 'ipc-mpqueue',
    args: [String(k), String(m), String(timeoutMs / 1000)],
    timeoutMs: 120_000,
  });
  if (!r) {
    out.say(text.cpythonMissing, { path: pyDemo('ipc-mpqueue') });
    return;
  }
  const parts: Bi[] = r.consumers.map((c) => ({
    zh: `PID ${c.pid} 取了 ${c.took} 个`,
    en: `PID ${c.pid} took ${c.took}`,
  }));
  const total = r.consumers.reduce((s, c) => s + c.took, 0);
  out.say(text.cpythonIntro, { k, m });
  out.fact(text.cpythonShared, { parts: list(parts), total, expected: r.expected });
  out.fact(text.cpythonThreads, {
    threads: list(r.producerThreads.map((t) => ({ zh: t, en: t }))),
  });
  for (const j of [r.small, r.large]) {
    out.fact(j.aliveAfterJoin ? text.joinTimedOut : text.joinReturned, {
      size: bytes(j.size),
      pid: j.pid,
      ms: ms(j.waitedMs),
      code: j.exitcodeAfterGet ?? '—',
    });
  }
  verdict(
    out,
    {
      name: 'mpqueue-join-before-get',
      holds: !r.small.aliveAfterJoin && r.large.aliveAfterJoin,
      values: {
        smallAlive: r.small.aliveAfterJoin,
        largeAlive: r.large.aliveAfterJoin,
        timeoutMs: r.timeoutMs,
      },
      busy: busy(),
    },
    { holds: text.joinHolds, fails: text.joinFails },
    { small: bytes(r.small.size), large: bytes(r.large.size), ms: ms(r.timeoutMs) },
  );
}
