/** Part `cost`: what starting a process, a thread and a function call cost, in time and memory. */
import type { ChildProcess } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { median } from '../../measure/stats.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { bytes, ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { runThread } from './memory.js';
import type { Hello } from './pids.js';
import { text } from './text.js';

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

function callCost(): number {
  let sum = 0;
  const f = (x: number) => x + 1;
  const calls = 1_000_000;
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) sum = f(sum);
  const elapsed = performance.now() - t0;
  return sum === calls ? elapsed / calls : Number.NaN;
}

export async function cost(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const k = ctx.fast ? 5 : 15;
  out.say(text.costIntro, { k });
  const procs: { ms: number; rss: number }[] = [];
  const threads: number[] = [];
  const calls: number[] = [];
  for (let i = 0; i < k; i++) {
    procs.push(await startProcess(ctx));
    threads.push(await startThread());
    calls.push(callCost());
  }
  const p = median(procs.map((x) => x.ms));
  const t = median(threads);
  const c = median(calls);
  out.event('measure', { name: 'start-process', ms: p, runs: k });
  out.event('measure', { name: 'start-thread', ms: t, runs: k });
  out.event('measure', { name: 'function-call', ms: c, runs: k });
  out.bars([
    { label: out.text(text.costProcess), value: p, text: ms(p) },
    { label: out.text(text.costThread), value: t, text: ms(t) },
    { label: out.text(text.costCall), value: c, text: `${(c * 1e6).toFixed(1)} ns` },
  ]);
  const rssProcess = median(procs.map((x) => x.rss));
  const rssThread = await threadMemory(4);
  out.event('measure', { name: 'memory-process', bytes: rssProcess });
  out.event('measure', { name: 'memory-thread', bytes: Math.round(rssThread) });
  out.bars([
    { label: out.text(text.costMemProcess), value: rssProcess, text: bytes(rssProcess) },
    { label: out.text(text.costMemThread), value: rssThread, text: bytes(rssThread) },
  ]);
  out.fact(text.costRatio, {
    ratio: (p / t).toFixed(1),
    calls: Math.round(p / c).toLocaleString('en'),
  });
  out.say(text.costExplain);
}
