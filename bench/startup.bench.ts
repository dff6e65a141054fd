/**
 * How fast `proc-lab --help` starts next to node running an empty ES module. Runs alternate
 * (empty, proc-lab, empty, ...) so both see the same machine load; the ratio of medians is the
 * number that matters on a shared, noisy machine. Target: ≤ 1.3× on every Node version tested:
 * this node, and Node 24 when `npm ci --prefix .ci/node24` has installed it (as .ci/run does).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, nodeVariants, ROOT, report, timeCommand } from './lib.js';

export default function startup(runs = Number(process.env.BENCH_RUNS ?? 30)): void {
  const empty = join(tmpdir(), 'proc-lab-empty.mjs');
  writeFileSync(empty, '');
  const bin = join(ROOT, 'bin', 'proc-lab.js');
  for (const { label: v, node, env } of nodeVariants()) {
    const base: number[] = [];
    const cli: number[] = [];
    timeCommand(node, [bin, '--help'], ROOT, env); // warm the file cache
    for (let i = 0; i < runs; i++) {
      base.push(timeCommand(node, [empty], ROOT, env));
      cli.push(timeCommand(node, [bin, '--help'], ROOT, env));
    }
    const ratio = median(cli) / median(base);
    report(`${v}: node empty.mjs (median)`, `${median(base).toFixed(1)} ms`);
    report(`${v}: proc-lab --help (median)`, `${median(cli).toFixed(1)} ms`);
    report(`${v}: startup ratio --help / empty`, `${ratio.toFixed(2)}×`, '≤ 1.30×', ratio <= 1.3);
  }
}
