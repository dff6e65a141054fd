/**
 * A parent that cannot reap its child. It starts a child and at once blocks its own event loop in
 * a synchronous read of stdin. Node (libuv) collects a child's exit status only from its event
 * loop (SIGCHLD, then waitpid), so once the child exits it stays a zombie (state Z, `<defunct>`)
 * for as long as the read blocks. One byte on stdin, or EOF because proc-lab went away, lets the
 * loop run: libuv reaps the child and the parent reports it. It then waits for EOF to exit.
 *
 * Protocol: JSON lines on stdout, written synchronously (the loop is blocked, so nothing
 * asynchronous could be flushed): {type:'child', pid, ppid}, then {type:'reaped', pid, by, code}.
 */
import { spawn } from 'node:child_process';
import { readSync, writeSync } from 'node:fs';

/** How long the child runs before it exits (0: at once, as in the material). */
const lifeMs = Math.max(0, Number(process.argv[2] ?? 0) || 0);

function say(message: Record<string, unknown>): void {
  try {
    writeSync(1, `${JSON.stringify(message)}\n`);
  } catch {
    // EPIPE: proc-lab is gone; the child is reaped all the same.
  }
}

/** Block the whole process until a byte or EOF arrives on stdin; true when it was EOF. */
function blockOnStdin(): boolean {
  const buf = Buffer.alloc(1);
  for (;;) {
    try {
      return readSync(0, buf, 0, 1, null) === 0;
    } catch (err) {
      // A non-blocking stdin (some terminals): wait a little, still without running the loop.
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') return true;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

const child = spawn(process.execPath, ['-e', `setTimeout(() => {}, ${lifeMs})`], {
  stdio: 'ignore',
});
let reaped = false;
let ending = false;
const exited = new Promise<void>((resolve) =>
  child.once('exit', (code, signal) => {
    reaped = true;
    say({ type: 'reaped', pid: child.pid, by: process.pid, code, signal });
    resolve();
  }),
);

// SIGTERM while blocked is queued until the read returns (proc-lab closes stdin first). Never
// leave without reaping: a parent that dies first hands its zombie to PID 1.
const end = async () => {
  if (ending) return;
  ending = true;
  if (!reaped) child.kill('SIGKILL'); // still running: end it (a zombie just ignores this)
  await exited;
  process.exit(0);
};
process.on('SIGTERM', () => void end());
process.on('SIGHUP', () => void end());

say({ type: 'child', pid: child.pid, ppid: process.pid });
// NOTE: nothing asynchronous may run between spawn() and this read, or libuv could reap the
// child first. This line is the whole demo: a blocked event loop cannot collect exit statuses.
const eof = blockOnStdin();

if (eof) void end();
else {
  // Reaped now (the loop runs again); stay until stdin closes, so the table can show the parent
  // alive and the zombie gone.
  process.stdin.on('end', () => void end());
  process.stdin.on('error', () => void end());
  process.stdin.resume();
}

// Run alone: node dist/demos/zombie-parent.js   (then, in another terminal,
// ps -o pid,ppid,stat,cmd --ppid <its PID>; press Enter to let it reap, Ctrl-D to end it)
