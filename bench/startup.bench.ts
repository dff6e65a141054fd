/**
 * How fast `proc-lab --help` starts next to node running an empty ES module. Runs alternate
 * (empty, proc-lab, empty, ...) so both see the same machine load; the ratio of medians is the
 * number that matters on a shared, noisy machine. Target: ≤ 1.3×.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, ROOT, report, timeCommand } from './lib.js';

export default function startup(runs = Number(process.env.BENCH_RUNS ?? 30)): void {
  const empty = join(tmpdir(), 'proc-lab-empty.mjs');
  writeFileSync(empty, '');
  const bin = join(ROOT, 'bin', 'proc-lab.js');
  const base: number[] = [];
  const cli: number[] = [];
  timeCommand(process.execPath, [bin, '--help']); // warm the file cache
  for (let i = 0; i < runs; i++) {
    base.push(timeCommand(process.execPath, [empty]));
    cli.push(timeCommand(process.execPath, [bin, '--help']));
  }
  const ratio = median(cli) / median(base);
  report('node empty.mjs (median)', `${median(base).toFixed(1)} ms`);
  report('proc-lab --help (median)', `${median(cli).toFixed(1)} ms`);
  report('startup ratio --help / empty', `${ratio.toFixed(2)}×`, '≤ 1.30×', ratio <= 1.3);
}
