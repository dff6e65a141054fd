/**
 * The state of a process as the kernel sees it, for evidence such as "no worker is left": from
 * /proc on Linux (R, S, Z, ...), else whether `kill(pid, 0)` finds it at all.
 */
import { readFileSync } from 'node:fs';

/** 'R', 'S', 'Z', ... (or '?' where /proc is missing); undefined when no such process exists. */
export function processState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm may hold spaces and parentheses: the state follows the last ')'.
    return stat.charAt(stat.lastIndexOf(')') + 2);
  } catch {
    if (process.platform === 'linux') return undefined;
    try {
      process.kill(pid, 0);
      return '?';
    } catch {
      return undefined;
    }
  }
}

/** How many of these PIDs are live processes (a zombie has ended: it does not count). */
export function countAlive(pids: readonly number[]): number {
  return pids.filter((pid) => {
    const s = processState(pid);
    return s !== undefined && s !== 'Z';
  }).length;
}
