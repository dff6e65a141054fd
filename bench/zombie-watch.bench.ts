/**
 * What `proc-lab zombie --watch` costs at its default refresh (1 Hz): the CPU time of the
 * proc-lab process, read from /proc/<pid>/stat (utime + stime) over a window in which the zombie
 * is held and only the view works, divided by the wall time. Beside it, the CPU time of children
 * reaped in that window (cutime + cstime): a view that ran `ps` per refresh (ps-list) would show
 * it there; on Linux the view reads /proc instead, so it should be zero. It runs in a real
 * pseudo-terminal (tmux), since only there does the view refresh.
 * Target: ≤ 2 % of one core, proc-lab and its children together.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, report } from './lib.js';

const TICKS = 100; // USER_HZ: /proc times are in 1/100 s

function cpu(pid: number): { self: number; children: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14-17 of proc(5), counted from field 3 (state) at index 0.
  const t = (n: number) => (Number(f[n - 3]) * 1000) / TICKS;
  return { self: t(14) + t(15), children: t(16) + t(17) };
}

export default async function zombieWatch(
  seconds = Number(process.env.BENCH_SECONDS ?? 20),
): Promise<void> {
  if (process.platform !== 'linux' || spawnSync('tmux', ['-V']).status !== 0) {
    console.log('skipped: needs Linux and tmux');
    return;
  }
  const socket = `proc-lab-bench-${process.pid}`;
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' }).trim();
  const bin = join(ROOT, 'bin', 'proc-lab.js');
  // exec: the pane's process is proc-lab itself. A long hold keeps the zombie on screen.
  tmux(
    'new-session',
    '-d',
    '-x',
    '120',
    '-y',
    '40',
    '-P',
    '-F',
    '#{pane_pid}',
    `exec ${process.execPath} ${bin} zombie --watch --hold 600 --interval 1000`,
  );
  const pid = Number(tmux('list-panes', '-F', '#{pane_pid}'));
  try {
    // Warm up: start-up, the first round's demo processes, a few refreshes.
    for (let i = 0; i < 100 && !/Z\s+[\d.]+s/.test(tmux('capture-pane', '-p')); i++) {
      await sleep(100);
    }
    await sleep(3000);
    const a = cpu(pid);
    const t0 = performance.now();
    await sleep(seconds * 1000);
    const b = cpu(pid);
    const wall = performance.now() - t0;
    const self = ((b.self - a.self) / wall) * 100;
    const ps = ((b.children - a.children) / wall) * 100;
    const total = self + ps;
    report(`--watch at 1 Hz: proc-lab (${seconds} s)`, `${self.toFixed(2)} % of a core`);
    report('  + children reaped meanwhile (ps)', `${ps.toFixed(2)} % of a core`);
    report('  = total', `${total.toFixed(2)} % of a core`, '≤ 2 %', total <= 2);
    tmux('send-keys', 'q');
    for (let i = 0; i < 50 && spawnSync('kill', ['-0', String(pid)]).status === 0; i++) {
      await sleep(100);
    }
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  }
}
