/**
 * The material's Pool workload end to end: Pool(3), ten tasks of 2 s by apply_async with a
 * callback, close(), join(). The program as a learner writes it with proc-lab (bench/material.mjs,
 * importing the package by its name) against CPython running the material's own program
 * (bench/material.py), runs alternated so all see the same load; the
 * ideal is 8.00 s (four waves of 2 s). What separates them is start-up: CPython forks its
 * workers, Node starts an interpreter per worker. Target: ≤ 1.01× CPython (ratio of medians).
 *
 * Node 20 reads the file NODE_EXTRA_CA_CERTS names at every start, whether or not the program
 * uses TLS (nodejs/node#40524; Node 24 defers it). Where that variable is set (sandboxes and
 * corporate proxies set it), every worker pays for it, so the bench also runs without it and on
 * Node 24 when installed, and prints what the variable costs one `node -e 0` here.
 */
import { join } from 'node:path';
import {
  median,
  nodeVariants,
  ROOT,
  realPython,
  report,
  timeCommand,
  withoutExtraCa,
} from './lib.js';

export default function material(runs = Number(process.env.BENCH_MATERIAL_RUNS ?? 3)): void {
  const python = realPython();
  const program = join(ROOT, 'bench', 'material.mjs');
  const variants = nodeVariants().map((v) => ({ ...v, times: [] as number[] }));
  const plain = withoutExtraCa();
  const cpy: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const v of variants) v.times.push(timeCommand(v.node, [program], ROOT, v.env));
    if (python) cpy.push(timeCommand(python, [join(ROOT, 'bench', 'material.py')]));
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
  console.log(`Pool(3), 10 tasks of 2 s, medians of ${runs} runs:`);
  for (const v of variants) report(`proc-lab, ${v.label}`, s(median(v.times)));
  if (plain) {
    const start = (env: NodeJS.ProcessEnv) =>
      median(
        Array.from({ length: 15 }, () => timeCommand(process.execPath, ['-e', '0'], ROOT, env)),
      );
    const cost = start(process.env) - start(plain);
    report('  NODE_EXTRA_CA_CERTS: one node -e 0 pays', `${cost.toFixed(0)} ms more`);
  }
  if (!python) {
    console.log('python3 not found: CPython side skipped (set PROC_LAB_PYTHON to choose one)');
    return;
  }
  report('CPython, the material program', s(median(cpy)));
  for (const v of variants) {
    const ratio = median(v.times) / median(cpy);
    report(`ratio, ${v.label}`, `${ratio.toFixed(4)}×`, '≤ 1.01×', ratio <= 1.01);
  }
}
