/**
 * A parent that leaves its child behind: it starts orphan-child, waits until the child has
 * reported this PID as its parent, then exits without waiting for it. The child is now an orphan.
 * Its stdin and stdout are this process's, so the orphan still hears whoever started us.
 */
import { fork } from 'node:child_process';
import { writeSync } from 'node:fs';
import { locate } from '../runtime/demo.js';

const lifeMs = process.argv[2] ?? '0';
const where = locate('./orphan-child', import.meta.url);
const child = fork(where.path, [lifeMs], {
  execArgv: where.execArgv,
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
});
// Ended before it is ready (proc-lab going away): end it too and reap it, leaving nothing.
const quit = () => {
  child.kill('SIGTERM');
  child.once('exit', () => process.exit(0));
};
process.on('SIGTERM', quit);
process.on('SIGHUP', quit);
child.once('exit', () => process.exit(0));
child.once('message', () => {
  try {
    writeSync(
      1,
      `${JSON.stringify({ type: 'parent-exit', pid: process.pid, child: child.pid })}\n`,
    );
  } catch {
    // EPIPE: nobody listening
  }
  process.exit(0);
});

// Run alone: node dist/demos/orphan-parent.js 3000   (prints the orphan's PPID before and after)
