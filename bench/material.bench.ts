/**
 * The material's Pool workload end to end: Pool(3), ten tasks of 2 s by apply_async with a
 * callback, close(), join(). proc-lab's dist/demos/pool-material.js against CPython running the
 * material's own program (bench/material.py), runs alternated so both see the same load; the
 * ideal is 8.00 s (four waves of 2 s). What separates them is start-up: CPython forks its
 * workers, Node starts an interpreter per worker. Target: ≤ 1.01× CPython (ratio of medians).
 */
import { join } from 'node:path';
import { median, ROOT, realPython, report, timeCommand } from './lib.js';

export default function material(runs = Number(process.env.BENCH_MATERIAL_RUNS ?? 3)): void {
  const python = realPython();
  const node: number[] = [];
  const cpy: number[] = [];
  const demo = join(ROOT, 'dist', 'demos', 'pool-material.js');
  for (let i = 0; i < runs; i++) {
    node.push(timeCommand(process.execPath, [demo, '3', '10', '2000']));
    if (python) cpy.push(timeCommand(python, [join(ROOT, 'bench', 'material.py')]));
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
  report('material Pool(3), 10 × 2 s: proc-lab (median)', s(median(node)));
  if (!python) {
    console.log('python3 not found: CPython side skipped (set PROC_LAB_PYTHON to choose one)');
    return;
  }
  report('material program on CPython (median)', s(median(cpy)));
  const ratio = median(node) / median(cpy);
  report('ratio proc-lab / CPython', `${ratio.toFixed(4)}×`, '≤ 1.01×', ratio <= 1.01);
}
