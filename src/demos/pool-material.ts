/**
 * The material's pool program as a program of its own: Pool(N), M tasks of `foo` submitted with
 * apply_async and a callback, "end", close(), and join() unless `nojoin` is given. Its output is
 * the material's, line by line, on stdout. Without join() the main program reaches its end and,
 * as in Python, the pool is torn down with it: the lesson counts the callbacks that never ran.
 */
import { pathToFileURL } from 'node:url';
import { Pool } from '../pool/index.js';
import { exitWithParent } from '../runtime/child-side.js';
import { locate } from '../runtime/demo.js';

const arg = (i: number, fallback: number) => {
  const n = Number(process.argv[i]);
  return process.argv[i] !== undefined && Number.isInteger(n) && n >= 0 ? n : fallback;
};
const [workers, tasks, taskMs] = [arg(2, 3), arg(3, 10), arg(4, 2000)];
const join = process.argv[5] !== 'nojoin';

const pool = new Pool({
  processes: workers,
  module: pathToFileURL(locate('./pool-tasks', import.meta.url).path),
});
// Ended by proc-lab (SIGTERM): stop the workers and reap them before leaving.
exitWithParent(() => pool.terminate());

console.log('main pid:', process.pid);
for (let i = 0; i < tasks; i++) {
  pool.applyAsync('foo', [i, taskMs], {
    callback: (value) => console.log('-->exec done:', value, process.pid),
  });
}
console.log('end');
pool.close();
if (join) await pool.join();

// Run alone: node dist/demos/pool-material.js 3 10 2000 join   (or nojoin)
