// pool-async: the material's pool program: Pool(3), 10 tasks of 0.5 s, applyAsync with a callback.
// Statement and hints: proc-lab exercises pool-async / proc-lab hint pool-async
// Check it: proc-lab verify pool-async
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Pool } from 'proc-lab';

// A pool's workers import this file to find foo (as Python's pickle finds a function by name).
export async function foo(i) {
  await sleep(500);
  console.log(`task ${i} in ${process.pid}`);
  return i + 100;
}

function call(result) {
  console.log(`callback ${result} in ${process.pid}`);
}

// The main part runs only when node runs this file, not when a worker imports it (like Python's
// `if __name__ == "__main__":`).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`main ${process.pid}`);
  // TODO: as it is, the main process runs all 10 tasks itself, one after another (5 s). Create
  // new Pool({ processes: 3, module: import.meta.url }), submit each task with
  // pool.applyAsync('foo', [i], { callback: call }), then pool.close() and await pool.join().
  for (let i = 0; i < 10; i++) call(await foo(i));
  console.log('end');
}
