/**
 * The orphan. It reports its parent's PID, then watches getppid() until its parent has exited and
 * the kernel has re-parented it (to the nearest subreaper, else PID 1), and reports the new PPID.
 * It runs on, a normal process, until its stdin closes (or, given a lifetime in ms, until then).
 *
 * Messages are JSON lines on stdout (written synchronously: the parent is going away, and the
 * lesson reads the shared pipe); the parent is also told over IPC that it may now exit.
 */
import { writeSync } from 'node:fs';

const lifeMs = Number(process.argv[2] ?? 0) || 0;
const say = (m: Record<string, unknown>) => {
  try {
    writeSync(1, `${JSON.stringify(m)}\n`);
  } catch {
    // EPIPE: nobody is listening any more; keep going until told to end
  }
};

const before = process.ppid;
const t0 = performance.now();
say({ type: 'hello', pid: process.pid, ppid: before });
process.send?.({ type: 'hello' });
// The IPC channel to the parent dies with it; it must neither keep us alive nor end us.
process.channel?.unref();
process.on('disconnect', () => {});

const poll = setInterval(() => {
  const now = process.ppid;
  if (now === before) return;
  clearInterval(poll);
  say({
    type: 'orphan',
    pid: process.pid,
    ppidBefore: before,
    ppidAfter: now,
    ms: Math.round(performance.now() - t0),
  });
}, 5);

if (lifeMs > 0) setTimeout(() => process.exit(0), lifeMs);
else {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('error', () => process.exit(0));
  process.stdin.resume();
}

// Run alone: node dist/demos/orphan-parent.js 3000   (the orphan lives 3 s; see its PPID change)
