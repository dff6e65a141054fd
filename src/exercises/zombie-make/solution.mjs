// zombie-make, a reference solution: block the event loop, so nobody reaps the child for 2 s.
import { spawn } from 'node:child_process';

const child = spawn('true');
console.log(`parent ${process.pid} made child ${child.pid}`);
// A synchronous 2 s wait: the event loop cannot run, so the exited child stays a zombie.
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
// Now the loop runs: libuv calls waitpid, the zombie is gone, and 'exit' is emitted.
child.once('exit', (code) => console.log(`reaped ${child.pid} with exit code ${code}`));
