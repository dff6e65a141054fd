// executor-map, a reference solution: 2 worker processes; map() yields results in input order.
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ProcessPoolExecutor } from 'proc-lab';

export async function square(n) {
  await sleep(100 * (6 - n));
  console.log(`task ${n} in ${process.pid}`);
  return n * n;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ex = new ProcessPoolExecutor({ maxWorkers: 2, module: import.meta.url });
  const inputs = [0, 1, 2, 3, 4, 5];
  let i = 0;
  for await (const value of ex.map('square', inputs)) console.log(`result ${inputs[i++]} ${value}`);
  await ex.shutdown({ wait: true });
}
