/**
 * Pool throughput: tasks per second of applyAsync and of imap(chunksize=1) with 2 worker
 * processes and a no-op task, next to CPython's multiprocessing.Pool doing the same
 * (bench/pool_bench.py) in the same run, when python3 is present. Target: ≥ 1.0× for both.
 * Rounds alternate between the two so both see the same machine load; medians are compared.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from '../src/pool/index.js';
import { median, ROOT, report } from './lib.js';

const N = Number(process.env.BENCH_POOL_TASKS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const module = new URL('../src/demos/pool-tasks.js', import.meta.url);

async function applyAsync(pool: Pool, n: number): Promise<number> {
  const t0 = performance.now();
  const results = Array.from({ length: n }, () => pool.applyAsync('noop'));
  for (const r of results) await r.get();
  return n / ((performance.now() - t0) / 1000);
}

async function imap(pool: Pool, n: number): Promise<number> {
  const t0 = performance.now();
  for await (const _ of pool.imap(
    'noop',
    Array.from({ length: n }, (_, i) => i),
    {
      chunksize: 1,
    },
  ));
  return n / ((performance.now() - t0) / 1000);
}

/** One CPython round (its own warm-up included); undefined when python3 is missing. */
function python(): { apply_async: number[]; imap: number[]; python: string } | undefined {
  const py = process.env.PROC_LAB_PYTHON ?? 'python3';
  const r = spawnSync(py, [join(ROOT, 'bench', 'pool_bench.py'), String(N), '1'], {
    encoding: 'utf8',
  });
  if (r.error || r.status !== 0) return undefined;
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

export default async function poolBench(): Promise<void> {
  const node = { apply: [] as number[], imap: [] as number[] };
  const cpy = { apply: [] as number[], imap: [] as number[] };
  let version: string | undefined;
  const pool = new Pool({ processes: 2, module });
  await applyAsync(pool, N / 10); // warm up, as the Python side does
  await imap(pool, N / 10);
  for (let round = 0; round < ROUNDS; round++) {
    node.apply.push(await applyAsync(pool, N));
    node.imap.push(await imap(pool, N));
    const py = python();
    if (py) {
      version = py.python;
      cpy.apply.push(...py.apply_async);
      cpy.imap.push(...py.imap);
    }
  }
  pool.close();
  await pool.join();
  const fmt = (x: number) => `${Math.round(x).toLocaleString('en')} tasks/s`;
  report('Pool.applyAsync, 2 workers, no-op (median)', fmt(median(node.apply)));
  report('Pool.imap chunksize=1 (median)', fmt(median(node.imap)));
  if (!version) {
    console.log('python3 not found: CPython side skipped (set PROC_LAB_PYTHON to choose one)');
    return;
  }
  report(`CPython ${version} apply_async (median)`, fmt(median(cpy.apply)));
  report(`CPython ${version} imap chunksize=1 (median)`, fmt(median(cpy.imap)));
  const ra = median(node.apply) / median(cpy.apply);
  const ri = median(node.imap) / median(cpy.imap);
  report('ratio applyAsync / apply_async', `${ra.toFixed(2)}×`, '≥ 1.00×', ra >= 1);
  report('ratio imap / imap (chunksize=1)', `${ri.toFixed(2)}×`, '≥ 1.00×', ri >= 1);
}
