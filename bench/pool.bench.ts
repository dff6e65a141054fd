/**
 * Pool throughput: tasks per second with 2 worker processes and a no-op task, side by side in one
 * run: proc-lab's Pool (applyAsync, and imap with chunksize 1), CPython's multiprocessing.Pool
 * (bench/pool_bench.py: apply_async, imap(chunksize=1)), workerpool 10 (workerType 'process') and
 * tinypool 2 (runtime 'child_process'). Every pool gets the same shape of load: submit N tasks at
 * once, then wait for each result in order. Rounds alternate between the pools so all see the
 * same machine load; medians are compared. Targets: ≥ 1.0× CPython for both, ≥ 1.2× each of
 * workerpool and tinypool.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Tinypool } from 'tinypool';
import workerpool from 'workerpool';
import { Pool } from '../src/pool/index.js';
import { median, ROOT, realPython, report } from './lib.js';

const N = Number(process.env.BENCH_POOL_TASKS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const tasks = new URL('./noop-tasks.js', import.meta.url);

/** Tasks per second of submitting `n` at once and awaiting each result in order. */
async function rate(n: number, submit: () => PromiseLike<unknown>): Promise<number> {
  const t0 = performance.now();
  const results = Array.from({ length: n }, submit);
  for (const r of results) await r;
  return n / ((performance.now() - t0) / 1000);
}

async function imap(pool: Pool, n: number): Promise<number> {
  const t0 = performance.now();
  const items = Array.from({ length: n }, (_, i) => i);
  for await (const _ of pool.imap('noop', items, { chunksize: 1 }));
  return n / ((performance.now() - t0) / 1000);
}

/** One CPython round (its own warm-up included); undefined when python3 is missing. */
function python(): { apply_async: number[]; imap: number[]; python: string } | undefined {
  const py = realPython();
  if (!py) return undefined;
  const r = spawnSync(py, [join(ROOT, 'bench', 'pool_bench.py'), String(N), '1'], {
    encoding: 'utf8',
  });
  if (r.error || r.status !== 0) return undefined;
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

interface Contender {
  name: string;
  run(n: number): Promise<number>;
  end(): Promise<unknown>;
}

function contenders(): Contender[] {
  const pool = new Pool({ processes: 2, module: tasks });
  const wp = workerpool.pool(new URL('./workerpool-worker.js', import.meta.url).pathname, {
    minWorkers: 2,
    maxWorkers: 2,
    workerType: 'process',
  });
  const tp = new Tinypool({
    filename: tasks.href,
    runtime: 'child_process',
    minThreads: 2,
    maxThreads: 2,
  });
  return [
    {
      name: 'applyAsync',
      run: (n) => rate(n, () => pool.applyAsync('noop').get()),
      end: async () => {
        pool.close();
        await pool.join();
      },
    },
    { name: 'imap', run: (n) => imap(pool, n), end: async () => {} },
    {
      name: 'workerpool',
      run: (n) => rate(n, () => wp.exec('noop', [])),
      end: async () => void (await wp.terminate()),
    },
    {
      name: 'tinypool',
      run: (n) => rate(n, () => tp.run(null, { name: 'noop' })),
      end: () => tp.destroy(),
    },
  ];
}

export default async function poolBench(): Promise<void> {
  const all = contenders();
  const got = new Map<string, number[]>(all.map((c) => [c.name, []]));
  const cpy = { apply: [] as number[], imap: [] as number[] };
  let version: string | undefined;
  for (const c of all) await c.run(N / 10); // warm up, as the Python side does
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of all) got.get(c.name)!.push(await c.run(N));
    const py = python();
    if (py) {
      version = py.python;
      cpy.apply.push(...py.apply_async);
      cpy.imap.push(...py.imap);
    }
  }
  for (const c of all) await c.end();
  const m = (name: string) => median(got.get(name)!);
  const fmt = (x: number) => `${Math.round(x).toLocaleString('en')} tasks/s`;
  report('Pool.applyAsync, 2 workers, no-op (median)', fmt(m('applyAsync')));
  report('Pool.imap chunksize=1 (median)', fmt(m('imap')));
  report("workerpool 10 exec, workerType 'process'", fmt(m('workerpool')));
  report("tinypool 2 run, runtime 'child_process'", fmt(m('tinypool')));
  const vs = (label: string, ours: number, theirs: number, target: number) => {
    const r = ours / theirs;
    report(label, `${r.toFixed(2)}×`, `≥ ${target.toFixed(2)}×`, r >= target);
  };
  vs('ratio applyAsync / workerpool', m('applyAsync'), m('workerpool'), 1.2);
  vs('ratio applyAsync / tinypool', m('applyAsync'), m('tinypool'), 1.2);
  if (!version) {
    console.log('python3 not found: CPython side skipped (set PROC_LAB_PYTHON to choose one)');
    return;
  }
  report(`CPython ${version} apply_async (median)`, fmt(median(cpy.apply)));
  report(`CPython ${version} imap chunksize=1 (median)`, fmt(median(cpy.imap)));
  vs('ratio applyAsync / apply_async', m('applyAsync'), median(cpy.apply), 1);
  vs('ratio imap / imap (chunksize=1)', m('imap'), median(cpy.imap), 1);
}
