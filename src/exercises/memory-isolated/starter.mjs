// memory-isolated: a child process changes a variable; the parent's copy stays as it was.
// Statement and hints: proc-lab exercises memory-isolated / proc-lab hint memory-isolated
// Check it: proc-lab verify memory-isolated
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
  // TODO: run childWork() in a child process instead (start this file again, `me`, with the
  // argument 'child'), wait for that child's exit, and only then print the parent's counter.
  childWork();
  console.log(`parent pid ${process.pid} sees counter = ${counter}`);
}
