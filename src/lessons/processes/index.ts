/**
 * Lesson `processes` (material §1.1): PIDs, separate memory, stability, multi-core and cost, each
 * shown on real children before it is explained.
 */
import type { ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Bi, fmt } from '../../i18n/index.js';
import { median } from '../../measure/stats.js';
import { demo } from '../../runtime/demo.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { bytes, ms } from '../../ui/format.js';
import { showWatchHint } from '../../ui/watch-hint.js';
import type { LessonContext, LessonModule } from '../types.js';
import { text } from './text.js';

interface Hello {
  pid: number;
  ppid: number;
  rss: number;
}

async function pids(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const n = ctx.options.children as number;
  out.say(text.pidsIntro, { pid: process.pid, n });
  const kids = Array.from({ length: n }, () => ctx.demo('report'));
  const hellos = await Promise.all(kids.map((k) => waitMessage<Hello>(k, 'hello')));
  for (const h of hellos) out.event('report', { pid: h.pid, ppid: h.ppid });
  out.table(
    [text.pidsRow, { zh: 'PID', en: 'PID' }, { zh: 'PPID', en: 'PPID' }],
    hellos.map((h, i) => [`#${i + 1}`, h.pid, h.ppid]),
  );
  showWatchHint(
    out,
    hellos.map((h) => h.pid),
  );
  await ctx.sleep(ctx.scale(1500));
  for (const k of kids) k.send({ type: 'bye' });
  await Promise.all(kids.map(waitExit));
  out.say(text.pidsExplain, { pid: process.pid });
}

async function memory(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const counter = 100;
  const changed = 999;
  out.say(text.memoryIntro, { value: counter, changed });
  out.event('memory', { where: 'parent', pid: process.pid, value: counter });
  const child = ctx.demo('memory-child', [String(counter), String(changed)]);
  const seen = await waitMessage<{ pid: number; value: number }>(child, 'memory');
  const after = await waitMessage<{ pid: number; value: number }>(child, 'memory');
  await waitExit(child);
  out.event('memory', { where: 'child', pid: after.pid, value: after.value });
  out.fact(text.memoryChild, { pid: seen.pid, value: `${seen.value} → ${after.value}` });
  out.event('memory', { where: 'parent', pid: process.pid, value: counter });
  out.fact(text.memoryParent, { pid: process.pid, value: counter });
  out.say(text.memoryProcessesExplain);

  const shared = new SharedArrayBuffer(4);
  const value = 42;
  out.say(text.memoryThreadsIntro, { value });
  const a = await runThread(shared, 'write', value);
  const b = await runThread(shared, 'read');
  const mainValue = Atomics.load(new Int32Array(shared), 0);
  for (const [name, r] of [
    ['A', a],
    ['B', b],
  ] as const) {
    out.event('memory', { where: `thread-${name}`, pid: r.pid, tid: r.tid, value: r.value });
    out.fact(text.memoryThread, {
      name,
      pid: r.pid,
      tid: r.tid,
      action: r.action === 'write' ? text.wrote : text.read,
      value: r.value,
    });
  }
  out.event('memory', { where: 'main-thread', pid: process.pid, tid: 0, value: mainValue });
  out.say(text.memoryThreadsExplain, { pid: process.pid });
}

interface ThreadReport {
  pid: number;
  tid: number;
  action: string;
  value: number;
}

function runThread(shared: SharedArrayBuffer, action: 'write' | 'read', value?: number) {
  const where = demo('shared-thread');
  const w = new Worker(where.path, {
    execArgv: where.execArgv,
    workerData: { shared, action, value },
  });
  return new Promise<ThreadReport>((resolve, reject) => {
    w.once('message', (m: ThreadReport) => resolve(m));
    w.once('error', reject);
  }).finally(() => w.terminate());
}

const CRASHES: readonly { how: string; what: Bi }[] = [
  { how: 'throw', what: text.whatThrow },
  { how: 'exit3', what: text.whatExit },
  { how: 'hang', what: text.whatKill },
];

async function stability(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  out.say(text.stabilityIntro);
  const t0 = performance.now();
  // stderr is piped so the thrown child's stack trace does not spill over the lesson.
  const kids = CRASHES.map((c) => ({
    ...c,
    child: ctx.demo('crash', [c.how], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] }),
  }));
  await Promise.all(kids.map((k) => waitMessage(k.child, 'ready')));
  kids.find((k) => k.how === 'hang')!.child.kill('SIGKILL');
  for (const k of kids) {
    const { code, signal } = await waitExit(k.child);
    const how = signal
      ? fmt(text.exitSignal, { signal })
      : fmt(text.exitCode, { code: code ?? '?' });
    out.fact(text.stabilityRow, { pid: k.child.pid!, what: k.what, how });
  }
  out.event('alive', { pid: process.pid, ms: Math.round(performance.now() - t0) });
  out.fact(text.stabilitySurvivor, { pid: process.pid, ms: ms(performance.now() - t0) });
  out.say(text.stabilityExplain);
}

/** Time one run of the prime count split over `n` processes, from the first fork to the last exit. */
async function countPrimes(ctx: LessonContext, limit: number, n: number) {
  const t0 = performance.now();
  const kids = Array.from({ length: n }, (_, k) =>
    ctx.demo('primes', [String(limit), String(k), String(n)]),
  );
  const parts = await Promise.all(kids.map((k) => waitMessage<{ count: number }>(k, 'primes')));
  await Promise.all(kids.map(waitExit));
  return { ms: performance.now() - t0, count: parts.reduce((s, p) => s + p.count, 0) };
}

async function multicore(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const n = availableParallelism();
  const limit = ctx.fast ? 600_000 : 4_000_000;
  out.say(text.multicoreIntro, { limit: limit.toLocaleString('en'), n });
  const one = await countPrimes(ctx, limit, 1);
  out.event('measure', { name: 'primes-1-process', ms: Math.round(one.ms) });
  out.fact(text.multicoreRow, { n: 1, ms: ms(one.ms), count: one.count });
  const many = await countPrimes(ctx, limit, n);
  out.event('measure', { name: `primes-${n}-processes`, ms: Math.round(many.ms) });
  out.fact(text.multicoreRow, { n, ms: ms(many.ms), count: many.count });
  const speedup = one.ms / many.ms;
  out.event('measure', { name: 'speedup', value: Number(speedup.toFixed(2)), ideal: n });
  out.bars([
    { label: '1', value: one.ms, text: ms(one.ms) },
    { label: String(n), value: many.ms, text: ms(many.ms) },
  ]);
  out.fact(text.multicoreSpeedup, { speedup: speedup.toFixed(2), n });
  out.say(text.multicoreExplain);
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

function callCost(): number {
  let sum = 0;
  const f = (x: number) => x + 1;
  const calls = 1_000_000;
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) sum = f(sum);
  const elapsed = performance.now() - t0;
  return sum === calls ? elapsed / calls : Number.NaN;
}

async function cost(ctx: LessonContext): Promise<void> {
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

const lesson: LessonModule = { sections: { pids, memory, stability, multicore, cost } };
export default lesson;
