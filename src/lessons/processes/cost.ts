/**
 * Part `cost`: what starting a child process and a Worker thread costs in Node, in time (until its
 * first line runs) and memory, with CPython's thread, os.fork() and spawn measured the same way
 * beside them (src/demos/start-cost.py). Conclusions are printed only when the numbers hold.
 */
import type { ChildProcess } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { type Busy, watchMachine } from '../../measure/machine.js';
import { median } from '../../measure/stats.js';
import { verdict } from '../../measure/verdict.js';
import { cpython } from '../../runtime/cpython.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { pyDemo } from '../../runtime/python.js';
import { bytes, ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { text } from './cost.text.js';
import { runThread } from './memory.js';
import type { Hello } from './pids.js';
import { text as common } from './text.js';

/** What src/demos/start-cost.py prints. */
export interface StartCost extends Record<string, unknown> {
  threadMs: number;
  forkMs: number;
  spawnMs: number;
  version: string;
}

async function startProcess(ctx: LessonContext): Promise<{ ms: number; rss: number }> {
  const t0 = performance.now();
  const child: ChildProcess = ctx.demo('report');
  const hello = await waitMessage<Hello>(child, 'hello');
  const elapsed = performance.now() - t0;
  child.send({ type: 'bye' });
  await waitExit(child);
  return { ms: elapsed, rss: hello.rss };
}

async function startThread(): Promise<number> {
  const t0 = performance.now();
  await runThread(new SharedArrayBuffer(4), 'read');
  return performance.now() - t0;
}

/** Extra memory of live threads: the process's RSS before and after starting `n` idle ones. */
async function threadMemory(n: number): Promise<number> {
  const before = process.memoryUsage().rss;
  const code = `require('node:worker_threads').parentPort.postMessage('up'); setInterval(() => {}, 1e6);`;
  const workers = Array.from({ length: n }, () => new Worker(code, { eval: true }));
  await Promise.all(workers.map((w) => new Promise((r) => w.once('message', r))));
  const after = process.memoryUsage().rss;
  await Promise.all(workers.map((w) => w.terminate()));
  return Math.max(0, (after - before) / n);
}

/** A ratio worth printing: whole numbers from 10 up, one decimal below. */
function ratio(x: number): string {
  return x >= 10 ? x.toFixed(0) : x.toFixed(1);
}

/** CPython's three ways to start something, measured like Node's; undefined without python3. */
async function python(ctx: LessonContext): Promise<StartCost | undefined> {
  const runs = ctx.fast ? 3 : 5;
  return cpython<StartCost>(ctx, 'start-cost', {
    demo: 'start-cost',
    args: [String(runs)],
    timeoutMs: 60_000,
  });
}

function showPython(ctx: LessonContext, r: StartCost | undefined, busy: Busy): void {
  const { out } = ctx;
  if (!r) {
    out.say(text.costPythonAbsent);
    out.say(common.noPython, { path: pyDemo('start-cost') });
    return;
  }
  const vars = { thread: ms(r.threadMs), fork: ms(r.forkMs), spawn: ms(r.spawnMs) };
  out.say(text.costPython, { version: r.version, ...vars });
  verdict(
    out,
    {
      name: 'cpython-start-order',
      holds: r.threadMs < r.forkMs && r.forkMs < r.spawnMs,
      values: { threadMs: r.threadMs, forkMs: r.forkMs, spawnMs: r.spawnMs },
      busy,
    },
    { holds: text.costPythonHolds, fails: text.costPythonFails },
    vars,
  );
}

export async function cost(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const k = ctx.fast ? 5 : 15;
  out.say(text.costIntro, { k });
  const watch = watchMachine();
  const procs: { ms: number; rss: number }[] = [];
  const threads: number[] = [];
  for (let i = 0; i < k; i++) {
    procs.push(await startProcess(ctx));
    threads.push(await startThread());
  }
  const p = median(procs.map((x) => x.ms));
  const t = median(threads);
  out.event('measure', { name: 'start-process', ms: p, runs: k });
  out.event('measure', { name: 'start-thread', ms: t, runs: k });
  const py = await python(ctx);
  const busy = watch();
  // Node's and CPython's figures in one chart (log scale when they differ by orders of magnitude).
  out.bars([
    { label: out.text(text.costProcess), value: p, text: ms(p) },
    { label: out.text(text.costThread), value: t, text: ms(t) },
    ...(py
      ? [
          { label: out.text(text.costPySpawn), value: py.spawnMs, text: ms(py.spawnMs) },
          { label: out.text(text.costPyFork), value: py.forkMs, text: ms(py.forkMs) },
          { label: out.text(text.costPyThread), value: py.threadMs, text: ms(py.threadMs) },
        ]
      : []),
  ]);
  const rssProcess = median(procs.map((x) => x.rss));
  const rssThread = await threadMemory(4);
  out.event('measure', { name: 'memory-process', bytes: rssProcess });
  out.event('measure', { name: 'memory-thread', bytes: Math.round(rssThread) });
  out.bars([
    { label: out.text(text.costMemProcess), value: rssProcess, text: bytes(rssProcess) },
    { label: out.text(text.costMemThread), value: rssThread, text: bytes(rssThread) },
  ]);
  out.fact(text.costRatio, { ratio: ratio(p / t) });
  out.say(text.costWhy);
  verdict(
    out,
    {
      name: 'start-process-costlier',
      holds: p > t,
      values: { processMs: Number(p.toFixed(2)), threadMs: Number(t.toFixed(2)) },
      busy,
    },
    { holds: text.costHolds, fails: text.costFails },
    { process: ms(p), thread: ms(t) },
  );
  showPython(ctx, py, busy);
}
