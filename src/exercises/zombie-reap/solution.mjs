// zombie-reap, a reference solution: the work yields to the event loop every 10 ms, so Node
// reaps each child right after it exits.
import { spawn } from 'node:child_process';

const children = [0, 1, 2, 3, 4].map((n) => spawn('sleep', [String(0.2 * (n + 1))]));
const exits = children.map(
  (c) =>
    new Promise((resolve) =>
      c.once('exit', () => {
        console.log(`reaped ${c.pid}`);
        resolve();
      }),
    ),
);

function workFor(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // compute
  }
}

// 1.2 s of work in 10 ms slices; between slices the loop runs and reaps whoever has exited.
const end = Date.now() + 1200;
while (Date.now() < end) {
  workFor(10);
  await new Promise(setImmediate);
}
console.log('work done');
await Promise.all(exits);
