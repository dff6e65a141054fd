// The material's Pool program (section 1.3) as a learner writes it with proc-lab: Pool(3), ten
// tasks of foo (2 s each) by applyAsync with a callback, close(), join(). The package is imported
// by its name, as in a learner's project (Node resolves a package's own name from inside it).
// bench/material.bench.ts times it beside CPython running bench/material.py.
import { Pool } from 'proc-lab';

const pool = new Pool({ processes: 3, module: new URL('./material-tasks.mjs', import.meta.url) });
console.log('main pid:', process.pid);
for (let i = 0; i < 10; i++) {
  // the callback runs in the main process once foo has finished
  pool.applyAsync('foo', [i], { callback: (v) => console.log('-->exec done:', v, process.pid) });
}
console.log('end');
pool.close();
await pool.join(); // wait for the pool's processes to finish
