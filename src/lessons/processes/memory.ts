/**
 * Part `memory`: a child's copy of a variable (Node's fork(), a new program; then CPython's
 * os.fork(), a copy-on-write copy of the whole process, with its memory measured), the start
 * methods of multiprocessing, and threads: a SharedArrayBuffer is shared, an ordinary object is not.
 */
import { Worker } from 'node:worker_threads';
import { cpython } from '../../runtime/cpython.js';
import { demo } from '../../runtime/demo.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { pyDemo } from '../../runtime/python.js';
import { bytes } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { text } from './text.js';

interface Mem {
  rss: number;
  private: number;
  shared: number;
}

/** What src/demos/fork-memory.py prints. */
export interface ForkMemory extends Record<string, unknown> {
  bytes: number;
  childPid: number;
  counter: { child: number; parent: number };
  /** The buffer's first byte as each side reads it after the child's write. */
  byte: { child: number; parent: number };
  sameAddress: boolean;
  before: Mem | null;
  after: Mem | null;
  startMethod: string;
  version: string;
}

/** The child's private memory must grow by most of the buffer for "copied on write" to hold. */
export const COPIED_SHARE = 0.8;

async function nodeChild(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  // The parent's variable, read again (not a constant reprinted) after the child's change.
  const mine = { counter: 100 };
  const changed = 999;
  out.say(text.memoryIntro, { value: mine.counter, changed });
  out.event('memory', { where: 'parent', pid: process.pid, value: mine.counter });
  const child = ctx.demo('memory-child', [String(mine.counter), String(changed)]);
  const seen = await waitMessage<{ pid: number; value: number }>(child, 'memory');
  const after = await waitMessage<{ pid: number; value: number }>(child, 'memory');
  await waitExit(child);
  out.event('memory', { where: 'child', pid: after.pid, value: after.value });
  out.fact(text.memoryChild, { pid: seen.pid, value: `${seen.value} → ${after.value}` });
  out.event('memory', { where: 'parent-after', pid: process.pid, value: mine.counter });
  out.fact(text.memoryParent, { pid: process.pid, value: mine.counter });
  out.say(text.memoryProcessesExplain);
}

async function forkCopy(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const r = await cpython<ForkMemory>(ctx, 'cow', { demo: 'fork-memory' });
  if (!r) {
    out.say(text.cowAbsent);
    out.say(text.noPython, { path: pyDemo('fork-memory') });
    out.say(text.startMethods);
    return;
  }
  out.say(text.cowIntro, { size: bytes(r.bytes) });
  out.fact(text.cowCounter, {
    pid: r.childPid,
    child: r.counter.child,
    parent: r.counter.parent,
    same: r.sameAddress ? text.sameAddress : text.otherAddress,
  });
  if (r.before && r.after) {
    for (const [when, m] of [
      [text.cowBefore, r.before],
      [text.cowAfter, r.after],
    ] as const) {
      out.fact(text.cowRow, {
        when,
        rss: bytes(m.rss),
        private: bytes(m.private),
        shared: bytes(m.shared),
      });
    }
    const grew = r.after.private - r.before.private;
    const vars = {
      grew: bytes(Math.max(0, grew)),
      size: bytes(r.bytes),
      rssBefore: bytes(r.before.rss),
      rssAfter: bytes(r.after.rss),
    };
    out.say(grew >= COPIED_SHARE * r.bytes ? text.cowCopied : text.cowNotCopied, vars);
  } else out.say(text.cowNoProc);
  out.say(text.startMethods);
  out.say(text.startMethodHere, { version: r.version, method: r.startMethod });
}

async function threads(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const shared = new SharedArrayBuffer(4);
  const plain = { value: 0 };
  const value = 42;
  out.say(text.memoryThreadsIntro, { value });
  const a = await runThread(shared, 'write', value, plain);
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
  out.event('memory', {
    where: 'main-thread',
    pid: process.pid,
    tid: 0,
    value: mainValue,
    plain: plain.value,
  });
  out.fact(text.memoryMain, { pid: process.pid, shared: mainValue, plain: plain.value });
  out.say(text.memoryThreadsExplain, { pid: process.pid });
}

export async function memory(ctx: LessonContext): Promise<void> {
  await nodeChild(ctx);
  await forkCopy(ctx);
  await threads(ctx);
}

interface ThreadReport {
  pid: number;
  tid: number;
  action: string;
  value: number;
}

export function runThread(
  shared: SharedArrayBuffer,
  action: 'write' | 'read',
  value?: number,
  plain?: { value: number },
) {
  const where = demo('shared-thread');
  const w = new Worker(where.path, {
    execArgv: where.execArgv,
    workerData: { shared, action, value, plain },
  });
  return new Promise<ThreadReport>((resolve, reject) => {
    w.once('message', (m: ThreadReport) => resolve(m));
    w.once('error', reject);
  }).finally(() => w.terminate());
}
