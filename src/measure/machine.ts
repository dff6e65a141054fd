/**
 * How busy the machine was while something was measured: the load average and the CPU time that
 * processes other than proc-lab and its children took. A comparison that fails to show its point
 * on a shared machine is explained with these figures instead of a conclusion the numbers do not
 * support.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

export interface Busy {
  /** 1-minute load average at the end of the window. */
  load: number;
  cores: number;
  /** CPU time (ms) the rest of the machine used during the window; undefined without /proc. */
  othersMs?: number;
  wallMs: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Busy CPU jiffies of the whole machine (every field of /proc/stat's first line but idle, iowait). */
function machineJiffies(): number | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1);
    const n = fields.map(Number);
    return n.reduce((s, v) => s + v, 0) - (n[3] ?? 0) - (n[4] ?? 0);
  } catch {
    return undefined;
  }
}

/** Our own CPU (this process and its reaped children), in jiffies, from /proc/self/stat. */
function ownJiffies(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime stime cutime cstime are fields 14–17, i.e. indexes 11–14 after the command.
    return [11, 12, 13, 14].reduce((s, i) => s + Number(f[i]), 0);
  } catch {
    return undefined;
  }
}

/** Start watching; call the result to learn how busy the machine was since. */
export function watchMachine(): () => Busy {
  const t0 = performance.now();
  const m0 = machineJiffies();
  const o0 = ownJiffies();
  return () => {
    const m1 = machineJiffies();
    const o1 = ownJiffies();
    const busy: Busy = {
      load: Math.round(loadavg()[0]! * 100) / 100,
      cores: availableParallelism(),
      wallMs: Math.round(performance.now() - t0),
    };
    if (m0 !== undefined && m1 !== undefined && o0 !== undefined && o1 !== undefined) {
      busy.othersMs = Math.max(0, (m1 - m0 - (o1 - o0)) * TICK_MS);
    }
    return busy;
  };
}
