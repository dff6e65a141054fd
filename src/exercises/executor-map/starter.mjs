// executor-map: squares of 0..5 in a ProcessPoolExecutor of 2 workers, printed in input order.
// Statement and hints: proc-lab exercises executor-map / proc-lab hint executor-map
// Check it: proc-lab verify executor-map
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ProcessPoolExecutor } from 'proc-lab';

// The workers import this file to find square by its name.
export async function square(n) {
  await sleep(100 * (6 - n)); // the later items take less time
  console.log(`task ${n} in ${process.pid}`);
  return n * n;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // TODO: as it is, the main process computes every square itself. Use
  // new ProcessPoolExecutor({ maxWorkers: 2, module: import.meta.url }) and its map('square',
  // inputs), which gives the results in the order of the inputs; then await ex.shutdown().
  for (let n = 0; n < 6; n++) console.log(`result ${n} ${await square(n)}`);
}
