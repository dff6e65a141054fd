// three-children, a reference solution: start all three, then wait for each one's exit.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const me = fileURLToPath(import.meta.url);

if (process.argv[2] === 'child') {
  console.log(`child ${process.argv[3]} pid ${process.pid} parent ${process.ppid}`);
  setTimeout(() => {}, 500);
} else {
  console.log(`parent pid ${process.pid}`);
  const children = [0, 1, 2].map((n) =>
    spawn(process.execPath, [me, 'child', String(n)], { stdio: 'inherit' }),
  );
  // Node collects each exit status (waitpid) as soon as its event loop hears SIGCHLD.
  await Promise.all(children.map((c) => new Promise((resolve) => c.once('exit', resolve))));
  console.log('all children done');
}
