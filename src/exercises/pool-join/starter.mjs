// pool-join: this program loses its tasks; make every one of its 10 results arrive before it ends.
// Statement and hints: proc-lab exercises pool-join / proc-lab hint pool-join
// Check it: proc-lab verify pool-join
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
  pool.close();
  // TODO: the program ends here, and the pool is torn down with it: the tasks still queued or
  // running are lost. Something is missing.
  console.log('end');
}
