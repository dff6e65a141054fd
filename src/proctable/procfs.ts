/**
 * The process table read straight from /proc (Linux), without starting `ps`. ps-list runs `ps`
 * twice per snapshot, which costs about 15 ms of CPU in those children plus the spawning in ours:
 * fine for one evidence table, too much for a view refreshed every second (see
 * bench/zombie-watch.bench.ts). Here a snapshot is a few small file reads per process.
 */
import { readFileSync } from 'node:fs';
import { type ProcRow, snapshot } from './list.js';
import { allPids, hasProcfs, readStat } from './stat.js';

function uptimeMs(): number {
  return Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]) * 1000;
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0+$/, '').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** One process as `ps` would show it; a zombie's command line is gone, as in `ps`. */
export function procfsRow(pid: number, now = uptimeMs()): ProcRow | undefined {
  const e = readStat(pid, now);
  if (!e) return undefined;
  const cmd = e.state === 'Z' ? '' : cmdline(pid);
  return {
    pid,
    ppid: e.ppid,
    name: e.comm,
    cmd: cmd || (e.state === 'Z' ? `[${e.comm}] <defunct>` : `[${e.comm}]`),
    state: e.state,
    ...(e.ageMs === undefined ? {} : { ageMs: e.ageMs }),
  };
}

/** The whole table, cheaply: from /proc on Linux; elsewhere ps-list's snapshot. */
export async function quickSnapshot(): Promise<ProcRow[]> {
  if (!hasProcfs) return snapshot();
  const now = uptimeMs();
  const rows: ProcRow[] = [];
  for (const pid of allPids()) {
    const row = procfsRow(pid, now);
    if (row) rows.push(row);
  }
  return rows;
}
