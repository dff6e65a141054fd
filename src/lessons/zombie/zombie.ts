/** Part `zombie`: a real zombie in the kernel's table, kept until its own parent reaps it. */
import { readFileSync } from 'node:fs';
import { allPids, hasProcfs, readStat } from '../../proctable/index.js';
import { LessonFailure } from '../../runtime/errors.js';
import { findPython } from '../../runtime/python.js';
import { ms } from '../../ui/format.js';
import { showWatchHint } from '../../ui/watch-hint.js';
import type { LessonContext } from '../types.js';
import { ZombieCycle } from './cycle.js';
import { ourTree, tableLines } from './table.js';
import { text } from './text.js';

/** The Python the user asked for with --python (checked before any process starts). */
export function python(ctx: LessonContext): string | undefined {
  if (!ctx.options.python) return undefined;
  const found = findPython();
  if (!found) throw new LessonFailure(text.noPython);
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

export async function zombie(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const py = python(ctx);
  const hold = ctx.scale((ctx.options.hold as number) * 1000);
  out.say(text.intro, { pid: process.pid });
  out.say(py ? text.pythonIntro : text.nodeTrick);

  // 1. Start the parent; its child exits; the parent does not reap.
  // The Python parent's own sleep outlasts ours: we wake it, so the timing is ours to tell.
  const cycle = new ZombieCycle(ctx, { python: py, holdS: hold / 1000 + 30 });
  const t0 = performance.now();
  await cycle.start();
  const ids = { parent: cycle.parentPid, child: cycle.childPid };
  out.fact(text.started, { ...ids, kind: py ? text.kindPython : text.kindNode });
  await cycle.zombie();
  out.fact(text.becameZombie, { ...ids, ms: ms(performance.now() - t0) });

  // 2. The evidence, and what the kernel keeps.
  if (!out.json) {
    out.say(text.evidence);
    out.lines(tableLines(out, await ourTree(ctx)));
  }
  showWatchHint(out, [ids.parent, ids.child]);
  out.say(text.pasteGrep, { cmd: 'ps -ef | grep defunct' });
  out.say(text.whyKept);
  keptByKernel(ctx, ids.child);
  if (hasProcfs) {
    const max = readFileSync('/proc/sys/kernel/pid_max', 'utf8').trim();
    out.say(text.cost, { max, now: allPids().length });
  } else out.say(text.costGeneric);
  out.say(text.nuance);
  out.say(text.holding, { hold: ms(hold) });
  await ctx.sleep(hold);

  // 3. Fix one: the parent waits. The zombie leaves the table; the parent lives on.
  out.say(py ? text.fixWaitPython : text.fixWait);
  const r = await cycle.reap();
  out.fact(text.reaped, {
    ...ids,
    code: r.code ?? '?',
    ms: ms(r.ms),
    zms: ms(out.now() - cycle.zombieAt),
  });
  if (!out.json) {
    out.say(text.afterTable);
    out.lines(tableLines(out, await ourTree(ctx)));
  }
  await cycle.end();
  out.say(text.fixExit);
}
