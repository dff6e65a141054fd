/**
 * What limits how many processes can exist: the kernel's pid_max (the largest PID, so the size of
 * the PID space), the per-user limit RLIMIT_NPROC (`ulimit -u`; fork() fails with EAGAIN beyond
 * it) and the cgroup's pids.max (a container's or a systemd unit's ceiling). A lesson that says
 * "a process per task has no limit" must instead name these, read here from /proc and /sys.
 * Each is undefined where it cannot be read (not Linux, or no such file).
 */
import { readFileSync } from 'node:fs';

export interface ProcessLimits {
  /** /proc/sys/kernel/pid_max. */
  pidMax?: number;
  /** The soft RLIMIT_NPROC of this process ("Max processes" in /proc/self/limits); Infinity = unlimited. */
  perUser?: number;
  /** The tightest pids.max of this process's cgroup and its ancestors; Infinity = no limit set. */
  cgroup?: number;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const limitValue = (s: string) => (s === 'unlimited' || s === 'max' ? Infinity : Number(s));

function perUser(): number | undefined {
  const line = read('/proc/self/limits')
    ?.split('\n')
    .find((l) => l.startsWith('Max processes'));
  const soft = line?.slice('Max processes'.length).trim().split(/\s+/)[0];
  return soft === undefined ? undefined : limitValue(soft);
}

/** pids.max along the cgroup path (v2's unified tree, or v1's pids controller), tightest first. */
function cgroup(): number | undefined {
  const lines = read('/proc/self/cgroup')?.split('\n') ?? [];
  const v2 = lines.find((l) => l.startsWith('0::'))?.slice(3);
  const v1 = lines
    .find((l) => /^\d+:([^:]*,)?pids(,[^:]*)?:/.test(l))
    ?.replace(/^[^:]*:[^:]*:/, '');
  const trees = [
    ...(v1 === undefined ? [] : [['/sys/fs/cgroup/pids', v1] as const]),
    ...(v2 === undefined ? [] : [['/sys/fs/cgroup', v2] as const]),
  ];
  if (trees.length === 0) return undefined;
  let tightest = Infinity;
  for (const [root, path] of trees) {
    // The limit of every ancestor applies too: walk from the process's cgroup up to the root.
    const parts = path.split('/').filter(Boolean);
    for (let i = parts.length; i >= 0; i--) {
      const value = read(`${root}/${parts.slice(0, i).join('/')}/pids.max`.replace('//', '/'));
      if (value !== undefined) tightest = Math.min(tightest, limitValue(value.trim()));
    }
  }
  return tightest;
}

export function processLimits(): ProcessLimits {
  const pidMax = Number(read('/proc/sys/kernel/pid_max')?.trim());
  return {
    pidMax: Number.isFinite(pidMax) && pidMax > 0 ? pidMax : undefined,
    perUser: perUser(),
    cgroup: cgroup(),
  };
}
