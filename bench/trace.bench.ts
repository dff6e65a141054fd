/**
 * What tracing costs the material's Pool program (Pool(3), 10 tasks of 2 s): its wall time
 * untraced (python3 -u pool.py) against traced with strace and with the /proc poller, runs
 * alternated so all three see the same machine load. The traced program's time is its own, from
 * its first event to its exit as the trace saw them (not proc-lab's start-up); the command's whole
 * wall time is shown beside it. And the poller's own CPU: proc-lab's CPU time (this process runs
 * the trace) over the traced run's wall time.
 * Targets: ≤ 1.10× with strace, ≤ 1.03× polling, the polling observer < 5 % of one core.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findPython } from '../src/runtime/python.js';
import { trace } from '../src/trace/index.js';
import { findStrace } from '../src/trace/strace.js';
import { median, ROOT, report } from './lib.js';

const POOL = join(ROOT, 'src', 'material', 'pool.py');

function untraced(python: string): number {
  const t0 = performance.now();
  const r = spawnSync(python, ['-u', POOL], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`pool.py exited ${r.status}`);
  return performance.now() - t0;
}

async function traced(python: string, observer: 'strace' | 'proc') {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await trace([python, '-u', POOL], { observer });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const root = r.processes.find((p) => p.pid === r.root);
  if (r.summary.exitCode !== 0 || !root?.end)
    throw new Error(`traced pool.py: ${r.summary.exitCode}`);
  return { program: root.end - root.start, wall, cpuShare: (cpu.user + cpu.system) / 1000 / wall };
}

export default async function traceBench(rounds = Number(process.env.BENCH_ROUNDS ?? 3)) {
  const shim = findPython();
  const python = shim
    ? spawnSync(shim, ['-c', 'import sys; print(sys.executable)'], {
        encoding: 'utf8',
      }).stdout.trim()
    : '';
  if (process.platform !== 'linux' || !python) {
    console.log('skipped: needs Linux and python3');
    return;
  }
  const strace = findStrace(process.env) !== undefined;
  const base: number[] = [];
  const withStrace: { program: number; wall: number }[] = [];
  const polled: { program: number; wall: number; cpuShare: number }[] = [];
  for (let i = 0; i < rounds; i++) {
    base.push(untraced(python));
    if (strace) withStrace.push(await traced(python, 'strace'));
    polled.push(await traced(python, 'proc'));
  }
  const b = median(base);
  report(`pool.py untraced (median of ${rounds})`, `${(b / 1000).toFixed(2)} s`);
  if (strace) {
    const p = median(withStrace.map((x) => x.program));
    report(
      '  traced, strace: the program',
      `${(p / 1000).toFixed(2)} s = ${(p / b).toFixed(3)}×`,
      '≤ 1.10×',
      p / b <= 1.1,
    );
    report(
      '  traced, strace: the whole command',
      `${(median(withStrace.map((x) => x.wall)) / 1000).toFixed(2)} s`,
    );
  } else console.log('  strace: skipped (not installed)');
  const q = median(polled.map((x) => x.program));
  report(
    '  traced, /proc every 10 ms: the program',
    `${(q / 1000).toFixed(2)} s = ${(q / b).toFixed(3)}×`,
    '≤ 1.03×',
    q / b <= 1.03,
  );
  report(
    '  traced, /proc: the whole command',
    `${(median(polled.map((x) => x.wall)) / 1000).toFixed(2)} s`,
  );
  const share = median(polled.map((x) => x.cpuShare)) * 100;
  report(
    '  the polling observer (proc-lab CPU / wall)',
    `${share.toFixed(2)} % of a core`,
    '< 5 %',
    share < 5,
  );
}
