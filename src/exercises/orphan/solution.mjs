// orphan, a reference solution: the middle process leaves as soon as its child has spoken; the
// child, the orphan, reads process.ppid again later and finds the process that adopted it.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const me = fileURLToPath(import.meta.url);
const role = process.argv[2];

if (role === 'orphan') {
  console.log(`orphan ${process.pid} parent before ${process.ppid}`);
  process.send('said', () => process.disconnect()); // tell the parent the first line is out
  // process.ppid asks the kernel each time: after the parent has gone, the adopter's PID.
  setTimeout(() => console.log(`orphan ${process.pid} parent after ${process.ppid}`), 600);
} else if (role === 'middle') {
  // fd 3 is the main program's pipe; the orphan gets it too and holds it until it exits.
  const child = fork(me, ['orphan'], { stdio: ['inherit', 'inherit', 'inherit', 3, 'ipc'] });
  await new Promise((resolve) => child.once('message', resolve));
  process.exit(0); // leave now, without waiting for the child: it is an orphan
} else {
  const middle = fork(me, ['middle'], { stdio: ['inherit', 'inherit', 'inherit', 'pipe', 'ipc'] });
  // The pipe ends once the middle process and the orphan have both exited.
  middle.stdio[3].resume();
  await new Promise((resolve) => middle.stdio[3].once('close', resolve));
  console.log(`main ${process.pid} ends`);
}
