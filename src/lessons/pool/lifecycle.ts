/**
 * Part 5 of the pool lesson: close, join and terminate, each shown. join() before close() and
 * work after close() are refused; terminate() loses the unfinished tasks (counted), shown beside
 * CPython's terminate() (SIGTERM, results that never become ready); and the material's program
 * run as a program of its own with and without join(), to show what the material's comment
 * leaves out: without join() the pool dies with the program.
 */
import { Pool } from '../../pool/index.js';
import { countAlive } from '../../proctable/stat.js';
import { demo } from '../../runtime/demo.js';
import { collectOutput } from '../../runtime/messages.js';
import { ms } from '../../ui/format.js';
import { beside } from '../beside.js';
import type { LessonContext } from '../types.js';
import { sizes } from './apply.js';
import { runPool, taskModule } from './runner.js';
import { text } from './text.js';

const errorOf = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

async function closeAndJoin(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const { n, m, t } = sizes(ctx);
  out.say(text.closeIntro);
  const main = process.pid;
  const pool = new Pool({
    processes: n,
    module: taskModule(),
    onOutput: (line, w) => out.event('output', { pid: w.pid, ppid: main, line }),
  });
  const pids = pool.pids;
  const results = Array.from({ length: m }, (_, i) => pool.applyAsync('foo', [i, t]));
  const refused = (call: string, e: unknown) => {
    const err = errorOf(e);
    out.event('refused', { call, error: err.name, message: err.message, pid: main });
    return err.name;
  };
  const early = await pool.join().then(
    () => 'none',
    (e: unknown) => refused('join', e),
  );
  out.fact(text.joinRefused, { error: early });
  pool.close();
  let late = 'none';
  try {
    pool.applyAsync('foo', [m, t]);
  } catch (e) {
    late = refused('applyAsync', e);
  }
  out.fact(text.closeRefused, { error: late });
  const t0 = performance.now();
  await pool.join();
  const waited = performance.now() - t0;
  const done = results.filter((r) => r.ready() && r.successful()).length;
  const left = countAlive(pids);
  out.event('measure', {
    name: 'close-join',
    tasks: m,
    finished: done,
    ms: Math.round(waited),
    left,
  });
  out.fact(text.closeJoined, { m: done, ms: ms(waited), pids: pids.join(', ') });
}

async function terminate(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const { n, m, t } = sizes(ctx);
  // Stop after the first wave, so the next wave is running and the rest still queued.
  const after = Math.max(1, Math.min(n, m - 1));
  out.say(text.terminateIntro, { m, after });
  const run = await runPool(ctx, {
    mode: 'async',
    workers: n,
    tasks: m,
    taskMs: t,
    terminateAfter: after,
  });
  const pids = [...new Set([...run.workerPids, ...run.replaced.map((r) => r.new)])];
  const left = countAlive(pids);
  const lost = run.records.filter((r) => r.error?.name === 'PoolTerminatedError').length;
  const done = run.finished.length;
  // The signal that ended the workers, read from their exits (not assumed).
  const signal = [...new Set(run.exits.map((e) => e.signal ?? `exit ${e.code}`))].join(', ');
  out.event('measure', { name: 'terminate', tasks: m, finished: done, lost, left, signal });
  out.fact(text.terminateFact, { done, lost, left, pids: pids.join(', '), signal });
  const py = await beside<{ ready: number; total: number; signal: string; waitedMs: number }>(
    ctx,
    'terminate',
    { demo: 'pool-terminate', args: [n, m, t, after].map(String) },
  );
  if (py) out.fact(text.terminateCpython, { ...py, after, wait: ms(py.waitedMs) });
  out.say(text.terminateDiffers);
}

/** The material's program as its own process; what it printed, how long it lived, what it lost. */
export async function program(
  ctx: LessonContext,
  join: boolean,
  { n, m, t }: { n: number; m: number; t: number },
) {
  const where = demo('pool-material');
  const args = [...where.execArgv, where.path, String(n), String(m), String(t)];
  const t0 = performance.now();
  // No IPC channel: like a program started from a shell, it ends when its own code is done.
  const child = ctx.children.spawn(
    'pool-material',
    process.execPath,
    [...args, join ? 'join' : 'nojoin'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const { stdout, stderr } = await collectOutput(child);
  const lines = stdout.split('\n').filter((l) => l !== '');
  return {
    pid: child.pid!,
    ms: performance.now() - t0,
    lines,
    callbacks: lines.filter((l) => l.startsWith('-->exec done:')).length,
    lost: Number(/ended with (\d+) unfinished/.exec(stderr)?.[1] ?? 0),
  };
}

async function withoutJoin(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const { m } = sizes(ctx);
  out.say(text.noJoinIntro);
  const joined = await program(ctx, true, sizes(ctx));
  out.event('measure', {
    name: 'join',
    pid: joined.pid,
    ppid: process.pid,
    tasks: m,
    ms: Math.round(joined.ms),
    callbacks: joined.callbacks,
    lost: joined.lost,
  });
  out.fact(text.withJoin, { pid: joined.pid, ms: ms(joined.ms), callbacks: joined.callbacks, m });
  const alone = await program(ctx, false, sizes(ctx));
  out.event('measure', {
    name: 'no-join',
    pid: alone.pid,
    ppid: process.pid,
    tasks: m,
    ms: Math.round(alone.ms),
    callbacks: alone.callbacks,
    lost: alone.lost,
  });
  out.fact(text.withoutJoin, {
    pid: alone.pid,
    ms: ms(alone.ms),
    callbacks: alone.callbacks,
    m,
    lost: alone.lost,
  });
  out.say(text.childOutput);
  out.lines(alone.lines.slice(-4).map((l) => `    ${alone.pid} │ ${l}`));
  out.correction(text.correctionJoin, { lost: alone.lost });
}

export async function lifecycle(ctx: LessonContext): Promise<void> {
  await closeAndJoin(ctx);
  await terminate(ctx);
  await withoutJoin(ctx);
}
