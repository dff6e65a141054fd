// orphan, a reference solution: the parent leaves first; the child asks for its parent again later.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const me = fileURLToPath(import.meta.url);

if (process.argv[2] === 'child') {
  console.log(`child ${process.pid} parent before ${process.ppid}`);
  process.send('said', () => process.disconnect()); // tell the parent the first line is out
  // process.ppid asks the kernel each time: after the parent has gone, the adopter's PID.
  setTimeout(() => console.log(`child ${process.pid} parent after ${process.ppid}`), 600);
} else {
  const child = fork(me, ['child'], { stdio: 'inherit' });
  await new Promise((resolve) => child.once('message', resolve)); // the child's first line is out
  console.log(`parent ${process.pid} ends`);
  process.exit(0); // leave now, without waiting for the child
}
