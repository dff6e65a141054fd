// orphan: a child outlives its parent and prints its parent's PID before and after.
// Statement and hints: proc-lab exercises orphan / proc-lab hint orphan
// Check it: proc-lab verify orphan
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const me = fileURLToPath(import.meta.url);
const role = process.argv[2];

if (role === 'orphan') {
  console.log(`orphan ${process.pid} parent before ${process.ppid}`);
  process.send('said', () => process.disconnect()); // tell the parent the first line is out
  setTimeout(() => console.log(`orphan ${process.pid} parent after ${process.ppid}`), 600);
} else if (role === 'middle') {
  // fd 3 is the main program's pipe; the orphan gets it too and holds it until it exits.
  const child = fork(me, ['orphan'], { stdio: ['inherit', 'inherit', 'inherit', 3, 'ipc'] });
  await new Promise((resolve) => child.once('message', resolve));
  // TODO: the middle process waits for its child here, so the child never outlives its parent.
  // Leave now instead (process.exit), while the child still runs: the child becomes an orphan
  // and is adopted by another process, which its second line shows.
  await new Promise((resolve) => child.once('exit', resolve));
} else {
  const middle = fork(me, ['middle'], { stdio: ['inherit', 'inherit', 'inherit', 'pipe', 'ipc'] });
  // The pipe ends once the middle process and the orphan have both exited.
  middle.stdio[3].resume();
  await new Promise((resolve) => middle.stdio[3].once('close', resolve));
  console.log(`main ${process.pid} ends`);
}
