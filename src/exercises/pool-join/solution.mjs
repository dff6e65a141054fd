// pool-join, a reference solution: close() and then await join(): every task finishes.
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Pool } from 'proc-lab';

export async function square(i) {
  await sleep(300);
  return i * i;
}

function show(result) {
  console.log(`result ${result} in ${process.pid}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pool = new Pool({ processes: 3, module: import.meta.url });
  for (let i = 0; i < 10; i++) pool.applyAsync('square', [i], { callback: show });
  pool.close(); // no more tasks: each worker exits once the queue is empty
  await pool.join(); // wait for that (awaiting the pool is what keeps the program running)
  console.log('end');
}
