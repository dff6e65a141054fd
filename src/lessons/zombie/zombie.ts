/** Part `zombie`: a real zombie in the kernel's table, kept until its own parent reaps it. */

import { readFileSync } from 'node:fs';
import { fmt } from '../../i18n/index.js';
import { traceHint } from '../../material/hint.text.js';
import { allPids, hasProcfs, readStat } from '../../proctable/index.js';
import { LessonFailure } from '../../runtime/errors.js';
import { findPython, pyDemo, pythonMissing } from '../../runtime/python.js';
import { ms } from '../../ui/format.js';
import { keepAlive, showWatchHint } from '../../ui/watch-hint.js';
import type { LessonContext } from '../types.js';
import { ZombieCycle } from './cycle.js';
import { ourTree, tableLines } from './table.js';
import { text } from './text.js';

/**
 * The python3 for the material's own os.fork() program: used whenever it is found; with --python
 * it is required (checked before any process starts) and the Node half is left out.
 */
export function python(ctx: LessonContext): string | undefined {
  const found = findPython();
  if (ctx.options.python && !found) {
    throw new LessonFailure(fmt(text.noPython, { missing: pythonMissing() }));
  }
  return found;
}

/** Linux shows what a zombie still holds: no memory, but the exit status kept for wait(). */
function keptByKernel(ctx: LessonContext, pid: number): void {
  if (!hasProcfs) return;
  const stat = readStat(pid);
  let status = '';
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return;
  }
  if (stat?.state === 'Z' && !/^VmRSS:/m.test(status)) {
    ctx.out.fact(text.keptEvidence, { pid, code: stat.exitCode ?? '?' });
  }
}

/**
 * One zombie's story: started, seen as Z, shown in the table, reaped by its own parent. The full
 * telling (what the kernel keeps, what it costs, the hold) is given once, for the first half.
 */
async function story(ctx: LessonContext, py: string | undefined, full: boolean): Promise<void> {
  const { out } = ctx;
  const hold = full ? ctx.scale((ctx.options.hold as number) * 1000) : 0;
  // 1. Start the parent; its child exits; the parent does not reap.
  // The Python parent's own sleep outlasts ours: we wake it, so the timing is ours to tell.
  const cycle = new ZombieCycle(ctx, { python: py, holdS: hold / 1000 + 30 });
  const t0 = performance.now();
  await cycle.start();
  const ids = { parent: cycle.parentPid, child: cycle.childPid };
  out.fact(text.started, { ...ids, kind: py ? text.kindPython : text.kindNode });
  await cycle.zombie();
  const seenMs = performance.now() - t0;
  out.fact(text.becameZombie, { ...ids, ms: ms(seenMs) });

  // 2. The evidence, and what the kernel keeps.
  if (!out.json) {
    out.say(text.evidence);
    out.lines(tableLines(out, await ourTree(ctx)));
  }
  if (full) {
    showWatchHint(out, [ids.parent, ids.child]);
    out.say(text.pasteGrep, { cmd: 'ps -ef | grep defunct' });
    out.say(text.whyKept);
    keptByKernel(ctx, ids.child);
    if (hasProcfs) {
      const max = readFileSync('/proc/sys/kernel/pid_max', 'utf8').trim();
      out.say(text.cost, { max, now: allPids().length });
    } else out.say(text.costGeneric);
    out.say(text.nuance);
    await keepAlive(ctx, hold, text.holding);
  }

  // 3. Fix one: the parent waits. The zombie leaves the table; the parent lives on.
  out.say(py ? text.fixWaitPython : text.fixWait);
  const r = await cycle.reap();
  const zombieMs = out.now() - cycle.zombieAt;
  out.fact(text.reaped, { ...ids, code: r.code ?? '?', ms: ms(r.ms), zms: ms(zombieMs) });
  if (py) {
    out.event('cpython', {
      topic: 'zombie-fork',
      pid: ids.parent,
      child: ids.child,
      state: 'Z',
      seenMs: Math.round(seenMs),
      zombieMs: Math.round(zombieMs),
      code: r.code,
    });
  }
  if (!out.json && full) {
    out.say(text.afterTable);
    out.lines(tableLines(out, await ourTree(ctx)));
  }
  await cycle.end();
}

export async function zombie(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const py = python(ctx);
  out.say(text.intro, { pid: process.pid });
  if (py) {
    // The material's own program first; then, unless --python asked for it alone, the same
    // zombie from Node, whose event loop reaps by itself unless it is blocked.
    out.say(text.pythonIntro);
    await story(ctx, py, true);
    if (!ctx.options.python) {
      out.say(text.nodeSecond);
      out.say(text.nodeTrick);
      await story(ctx, undefined, false);
    }
  } else {
    out.say(text.pythonAbsent, { path: pyDemo('zombie-fork') });
    out.say(text.nodeTrick);
    await story(ctx, undefined, true);
  }
  out.say(text.fixExit);
  out.say(traceHint.zombie);
}
