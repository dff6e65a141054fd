/**
 * The `orphan` part: a parent exits before its child, the child reports its PPID before and after
 * the re-parenting, and then we end the orphan ourselves. The orphan's new parent is a subreaper
 * we start (Linux with python3), so its reaping never depends on PID 1; without one, the demo runs
 * only when a probe (pid1.ts) has just seen PID 1 reap an orphan's zombie, and otherwise says why
 * it does not.
 */
import type { ChildProcess } from 'node:child_process';
import type { Bi } from '../../i18n/index.js';
import { GONE, StateWatch } from '../../proctable/index.js';
import { demo } from '../../runtime/demo.js';
import { messagesFromStdout } from '../../runtime/json-lines.js';
import { waitExit } from '../../runtime/messages.js';
import { findPython, pyDemo } from '../../runtime/python.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { endByEof, within } from './cycle.js';
import { text } from './orphan.text.js';
import { LIMIT_MS, pid1Once, probeOnce } from './pid1.js';
import { ourTree, tableLines } from './table.js';

interface Hello {
  pid: number;
  ppid: number;
}
interface Orphaned {
  pid: number;
  ppidBefore: number;
  ppidAfter: number;
  ms: number;
}

/**
 * Wait for a message that may arrive in the same chunk as an earlier one: listen from the start.
 * Not bound to the root's exit: without a subreaper the root is the parent that exits on purpose,
 * and the orphan's lines still arrive on the stdout pipe it shares.
 */
function expect<T>(child: ChildProcess, type: string, what: string): Promise<T> {
  const message = new Promise<T>((resolve) => {
    const on = (m: { type?: string }) => {
      if (m?.type !== type) return;
      child.off('message', on);
      resolve(m as T);
    };
    child.on('message', on);
  });
  const p = within(message, 15_000, what);
  p.catch(() => {}); // awaited later; a failure is reported there, not as an unhandled rejection
  return p;
}

/** Without a subreaper the orphan ends itself after this long, should proc-lab vanish first. */
const SAFETY_MS = 60_000;

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

export async function orphan(ctx: LessonContext): Promise<void> {
  const { out, children } = ctx;
  out.say(text.intro);
  const init = await pid1Once(ctx);
  const python = process.platform === 'linux' ? findPython() : undefined;
  // Without a subreaper of ours the orphan goes to PID 1: first see whether PID 1 reaps.
  const probe = python ? undefined : await probeOnce(ctx);
  if (probe && !probe.reaps) {
    out.say(text.skipped, { name: init.name, limit: ms(LIMIT_MS) });
    return;
  }
  const parent = demo('orphan-parent');
  // With a subreaper, the orphan lives until the stdin it shares with the subreaper closes (ours
  // to close, and closed by the kernel if proc-lab dies). Without one, the parent is our direct
  // child and its stdin dies with it, so the orphan gets a lifetime as a safety net and we end it
  // with a signal.
  const life = python ? '0' : String(SAFETY_MS);
  const node = [process.execPath, ...parent.execArgv, parent.path, life];
  const stdio = [python ? 'pipe' : 'ignore', 'pipe', 'inherit'] as const;
  // Everything below the root writes its JSON lines to the root's stdout, which we read.
  const root = python
    ? children.spawn('orphan-subreaper.py', python, [pyDemo('orphan-subreaper'), ...node], {
        stdio: [...stdio],
      })
    : children.spawn('orphan-parent', node[0]!, node.slice(1), { stdio: [...stdio] });
  messagesFromStdout(root);
  root.stdin?.on('error', () => {});
  const reapedBy = new Map<number, number>();
  root.on('message', (m: { type?: string; pid?: number; by?: number }) => {
    if (m.type === 'reaped' && m.pid !== undefined && m.by !== undefined) {
      reapedBy.set(m.pid, m.by);
    }
  });
  const sub = python ? expect<{ pid: number }>(root, 'subreaper', 'subreaper') : undefined;
  const hello = expect<Hello>(root, 'hello', 'hello');
  const gone = expect<{ pid: number }>(root, 'parent-exit', 'parent-exit');
  const adopted = expect<Orphaned>(root, 'orphan', 'orphan');
  const watch = new StateWatch((s) =>
    out.event('state', { pid: s.pid, ppid: s.ppid, state: s.state }),
  );
  let orphanPid: number | undefined;
  const undo = children.onCleanup(async () => {
    if (python) await endByEof(root);
    watch.stop();
    // Without a subreaper the orphan is not below any child of ours: end it by its PID.
    if (!python && orphanPid !== undefined && watch.seen(orphanPid)?.state !== GONE) {
      killQuietly(orphanPid);
    }
  });
  try {
    const subPid = sub ? (await sub).pid : undefined;
    out.say(subPid ? text.viaSubreaper : text.viaInit, {
      name: init.name,
      pid: subPid ?? '',
      ms: ms(probe?.zombieMs ?? 0),
    });

    // 1. Before: the child's parent is the demo parent.
    const h = await hello;
    orphanPid = h.pid;
    watch.add(h.pid);
    watch.add(h.ppid);
    out.fact(text.before, { parent: h.ppid, child: h.pid, ppid: h.ppid });
    await gone;
    out.fact(text.parentExit, { parent: h.ppid });

    // 2. After: re-parented, as the orphan itself and the kernel (our own read) both say.
    const o = await adopted;
    await within(
      watch.until(o.pid, (s) => s.ppid === o.ppidAfter),
      5000,
      'ppid',
    );
    out.event('orphan', { pid: o.pid, ppidBefore: o.ppidBefore, ppidAfter: o.ppidAfter });
    const who: Bi =
      o.ppidAfter === subPid ? text.whoSubreaper : o.ppidAfter === 1 ? text.whoInit : text.whoOther;
    out.fact(text.after, { ms: ms(o.ms), child: o.pid, ppid: o.ppidAfter, who });
    if (!out.json) {
      out.say(text.tree);
      out.lines(tableLines(out, await ourTree(ctx)));
    }
    out.say(text.notZombie);
    await ctx.sleep(ctx.scale(2000));

    // 3. End it: EOF on the stdin it shares with us (or a signal); its adoptive parent reaps it.
    if (python) root.stdin?.end();
    else killQuietly(o.pid);
    await within(
      watch.until(o.pid, (s) => s.state === GONE),
      10_000,
      'orphan exit',
    );
    if (subPid) await waitExit(root);
    const by = reapedBy.get(o.pid) ?? o.ppidAfter;
    out.event('reaped', { pid: o.pid, by });
    out.fact(text.reaped, { pid: o.pid, by });
  } finally {
    watch.stop();
    undo();
  }
}
