// zombie-reap: 5 children exit at different moments; reap each one within 100 ms of its exit.
// Statement and hints: proc-lab exercises zombie-reap / proc-lab hint zombie-reap
// Check it: proc-lab verify zombie-reap
import { spawn } from 'node:child_process';

// Child n exits after 0.2, 0.4, ... 1.0 s.
const children = [0, 1, 2, 3, 4].map((n) => spawn('sleep', [String(0.2 * (n + 1))]));

// The parent's own work: 1.2 s of computing, in one piece.
function work(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // compute
  }
}

work(1200);
console.log('work done');
// TODO: Node reaps a child only from its event loop, and work() holds the loop for 1.2 s, so
// every child stays a zombie until the program leaves; and process.exit() leaves without reaping
// at all. Do the work in short slices (say 10 ms), letting the loop run between them
// (await new Promise(setImmediate)), and wait for every child's 'exit' before the end.
process.exit(0);
