// memory-isolated, a reference solution: the child is a process of its own, with its own memory.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const me = fileURLToPath(import.meta.url);
let counter = 0;

function childWork() {
  counter += 100;
  console.log(`child pid ${process.pid} sees counter = ${counter}`);
}

if (process.argv[2] === 'child') {
  childWork();
} else {
  const child = spawn(process.execPath, [me, 'child'], { stdio: 'inherit' });
  await new Promise((resolve) => child.once('exit', resolve));
  console.log(`parent pid ${process.pid} sees counter = ${counter}`);
}
