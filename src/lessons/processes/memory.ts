/** Part `memory`: a child's copy of a variable against threads that share a SharedArrayBuffer. */
import { Worker } from 'node:worker_threads';
import { demo } from '../../runtime/demo.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import type { LessonContext } from '../types.js';
import { text } from './text.js';

export async function memory(ctx: LessonContext): Promise<void> {
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

export function runThread(shared: SharedArrayBuffer, action: 'write' | 'read', value?: number) {
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
