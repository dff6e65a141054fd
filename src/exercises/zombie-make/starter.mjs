// zombie-make: make a child that stays a zombie for at least 1 s, then reap it yourself.
// Statement and hints: proc-lab exercises zombie-make / proc-lab hint zombie-make
// Check it: proc-lab verify zombie-make
import { spawn } from 'node:child_process';

// A child that exits at once (the `true` command).
const child = spawn('true');
console.log(`parent ${process.pid} made child ${child.pid}`);
// Node collects a child's exit status (waitpid) from its event loop, as soon as SIGCHLD arrives,
// and only then emits 'exit'. So this child is reaped within milliseconds: no zombie to see.
// TODO: keep the event loop from running for 2 s right after spawning (a synchronous wait, e.g.
// Atomics.wait on a SharedArrayBuffer), so that the child stays a zombie; then let the loop run
// and reap it.
child.once('exit', (code) => console.log(`reaped ${child.pid} with exit code ${code}`));
