// three-children: start 3 child processes that run at the same time, then wait for all three.
// Statement and hints: proc-lab exercises three-children / proc-lab hint three-children
// Check it: proc-lab verify three-children
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const me = fileURLToPath(import.meta.url);

if (process.argv[2] === 'child') {
  // The child's work (this same file, started again with `child`): say who it is, work, end.
  console.log(`child ${process.argv[3]} pid ${process.pid} parent ${process.ppid}`);
  setTimeout(() => {}, 500);
} else {
  console.log(`parent pid ${process.pid}`);
  for (let n = 0; n < 3; n++) {
    const child = spawn(process.execPath, [me, 'child', String(n)], { stdio: 'inherit' });
    // TODO: this waits for each child before the next one starts, so they never run at the same
    // time. Start all three first, then wait for each one's 'exit'.
    await new Promise((resolve) => child.once('exit', resolve));
  }
  console.log('all children done');
}
