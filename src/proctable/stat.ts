/**
 * One process's kernel entry: state letter, parent and start time. On Linux it comes straight
 * from `/proc/<pid>/stat` (a small file read, cheap enough to poll every few ms); elsewhere from
 * `ps -o pid=,ppid=,stat=`. A zombie still has this entry: that is what a zombie is.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { query } from './inflight.js';

const run = promisify(execFile);

export interface KernelEntry {
  pid: number;
  ppid: number;
  /** The state letter: R running, S sleeping, D uninterruptible, Z zombie, T stopped, ... */
  state: string;
  /** The short name the kernel keeps (`comm`, at most 15 characters on Linux). */
  comm: string;
  /** ms since the process started, where the platform tells (Linux). */
  ageMs?: number;
  /** How many threads it has (Linux, field 20). */
  threads?: number;
  /** The exit status kept for wait() (Linux, field 52), meaningful once the process is a zombie. */
  exitCode?: number;
  /** The signal that ended it (same field, bits 0-6), 0 when it exited by itself. */
  exitSignal?: number;
}

export const hasProcfs = process.platform === 'linux';

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every architecture Node runs on). */
const TICKS = 100;

function uptimeMs(): number {
  return Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]) * 1000;
}

/** Parse a `/proc/<pid>/stat` line. comm may hold spaces and parentheses: split at the last ')'. */
export function parseStat(line: string, now = uptimeMs()): KernelEntry {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  // Fields after comm, numbered from 3 (state) as in proc(5).
  const f = line.slice(close + 2).split(' ');
  const field = (n: number) => Number(f[n - 3]);
  const exit = f.length >= 50 ? field(52) : undefined;
  return {
    pid: Number(line.slice(0, open)),
    ppid: field(4),
    state: f[0]!,
    comm: line.slice(open + 1, close),
    ageMs: Math.max(0, Math.round(now - (field(22) * 1000) / TICKS)),
    threads: field(20),
    // wait() status: the exit code sits in bits 8-15, a terminating signal in bits 0-6.
    ...(exit === undefined ? {} : { exitCode: (exit >> 8) & 0xff, exitSignal: exit & 0x7f }),
  };
}

/** Linux only: the entry of one PID, or undefined once it has left the process table. */
export function readStat(pid: number, now?: number): KernelEntry | undefined {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'), now);
  } catch {
    return undefined;
  }
}

/** The entries of these PIDs that still exist, keyed by PID. */
export async function entries(pids: readonly number[]): Promise<Map<number, KernelEntry>> {
  const found = new Map<number, KernelEntry>();
  if (pids.length === 0) return found;
  if (hasProcfs) {
    const now = uptimeMs();
    for (const pid of pids) {
      const e = readStat(pid, now);
      if (e) found.set(pid, e);
    }
    return found;
  }
  if (process.platform === 'win32') return found;
  // macOS and the BSDs: ps exits 1 when none of the PIDs exist, which is an answer, not an error.
  let stdout = '';
  try {
    const args = ['-o', 'pid=,ppid=,stat=,comm=', '-p', pids.join(',')];
    ({ stdout } = await query(() => run('ps', args), { stdout: '', stderr: '' }));
  } catch (err) {
    stdout = (err as { stdout?: string }).stdout ?? '';
  }
  for (const line of stdout.split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line);
    if (m) {
      const pid = Number(m[1]);
      found.set(pid, { pid, ppid: Number(m[2]), state: m[3]![0]!, comm: m[4]!.trim() });
    }
  }
  return found;
}

/** Every PID in the table (Linux): for counting processes and finding zombies cheaply. */
export function allPids(): number[] {
  if (!hasProcfs) return [];
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

/**
 * How many of these PIDs are live processes (a zombie has ended: it does not count). Cheap enough
 * to call many times a second: /proc on Linux, elsewhere `kill(pid, 0)` (which cannot tell a
 * zombie, so counts it).
 */
export function countAlive(pids: readonly number[]): number {
  return pids.filter((pid) => {
    if (hasProcfs) {
      const state = readStat(pid)?.state;
      return state !== undefined && state !== 'Z';
    }
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }).length;
}
