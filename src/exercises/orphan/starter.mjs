// orphan: a child outlives its parent and prints its parent's PID before and after.
// Statement and hints: proc-lab exercises orphan / proc-lab hint orphan
// Check it: proc-lab verify orphan
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const me = fileURLToPath(import.meta.url);

if (process.argv[2] === 'child') {
  console.log(`child ${process.pid} parent before ${process.ppid}`);
  process.send('said', () => process.disconnect()); // tell the parent the first line is out
  setTimeout(() => console.log(`child ${process.pid} parent after ${process.ppid}`), 600);
} else {
  const child = fork(me, ['child'], { stdio: 'inherit' });
  await new Promise((resolve) => child.once('message', resolve)); // the child's first line is out
  // TODO: the parent waits for its child here, so the child never outlives it. Let the parent
  // leave now instead (process.exit), while the child still runs: the child becomes an orphan
  // and is adopted by another process, which its second line shows.
  await new Promise((resolve) => child.once('exit', resolve));
  console.log(`parent ${process.pid} ends`);
}
