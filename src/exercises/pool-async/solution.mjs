// pool-async, a reference solution: 3 workers take the 10 tasks in waves; callbacks run in main.
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Pool } from 'proc-lab';

export async function foo(i) {
  await sleep(500);
  console.log(`task ${i} in ${process.pid}`);
  return i + 100;
}

function call(result) {
  console.log(`callback ${result} in ${process.pid}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`main ${process.pid}`);
  const pool = new Pool({ processes: 3, module: import.meta.url });
  for (let i = 0; i < 10; i++) pool.applyAsync('foo', [i], { callback: call }); // returns at once
  console.log('end');
  pool.close(); // no more tasks
  await pool.join(); // wait until every task is done and the workers have exited
}
