/**
 * Where a polling observer reads the process table: the kernel's /proc entries on Linux, read on
 * demand for the few PIDs it follows, or `ps` (every other Unix, or --observer ps), one whole
 * snapshot per poll. Both answer the same questions, so the poller is written once.
 */
import { execFile, execFileSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { parseStat } from '../proctable/index.js';

export interface SourceEntry {
  ppid: number;
  /** One letter, as ps and /proc/<pid>/stat have it: R, S, D, Z, T, ... */
  state: string;
  /** What changes on exec: /proc's comm, or ps's whole command line. */
  comm: string;
  /** A zombie's exit status, where the source can tell (/proc can, ps cannot). */
  exitCode?: number;
  exitSignal?: number;
}

export interface TableSource {
  /** How often to poll, ms: also the observer's time resolution. */
  readonly intervalMs: number;
  /** Take a new look; the answers below describe that moment. */
  refresh(): Promise<void> | void;
  /** The same, at once (for the one look that cannot wait: when the program ends). */
  refreshNow(): void;
  /** Let go of what it holds open (the end of the trace). */
  close?(): void;
  /**
   * True when the source can tell that no process (and no thread) was created anywhere between
   * the previous look and this one, so no list of children can hold a PID it has not seen.
   */
  nothingCreated?(): boolean;
  stat(pid: number): SourceEntry | undefined;
  children(pid: number): number[];
  argv(pid: number): string[] | undefined;
}

export function procArgv(pid: number): string[] | undefined {
  try {
    const raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return raw ? raw.replace(/\0$/, '').split('\0') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Linux: the entries of the PIDs asked about, and children from /proc/<pid>/task/<tid>/children.
 * Each file is opened once and read again from offset 0 at every poll (procfs makes its text anew
 * on each read): one system call a file instead of open, fstat, read and close, which is most of
 * what a poll every 10 ms costs. A read fails once its process is gone (even if the PID is reused),
 * and its file is closed then.
 */
export class ProcSource implements TableSource {
  readonly intervalMs = PROC_POLL_MS;
  private readonly fds = new Map<string, number>();
  private readonly buf = Buffer.alloc(4096);
  private readonly threadCount = new Map<number, number>();
  private readonly tids = new Map<number, { count: number; tids: string[] }>();

  /** The last PID handed out at this look and at the one before (/proc/loadavg's last field). */
  private lastPid: string | undefined;
  private lastPidBefore: string | undefined;

  refresh(): void {
    this.lastPidBefore = this.lastPid;
    this.lastPid = this.read('/proc/loadavg')?.trimEnd().split(' ').pop();
  }

  /**
   * The kernel hands out PIDs in turn (threads take one too), so an unchanged last PID means no
   * fork or clone at all since the previous look: the children lists, most of the reads a poll
   * makes, can wait. Any process on the machine moves it, so on a busy one this saves less.
   */
  nothingCreated(): boolean {
    return this.lastPid !== undefined && this.lastPid === this.lastPidBefore;
  }

  refreshNow(): void {
    this.refresh();
  }

  stat(pid: number): SourceEntry | undefined {
    const text = this.read(`/proc/${pid}/stat`);
    if (text === undefined) {
      this.threadCount.delete(pid);
      this.tids.delete(pid);
      return undefined;
    }
    // The poller needs no ages: 0 for uptime spares a read of /proc/uptime at every look.
    const e = parseStat(text, 0);
    if (e.threads !== undefined) this.threadCount.set(pid, e.threads);
    return e;
  }

  argv(pid: number): string[] | undefined {
    return procArgv(pid);
  }

  children(pid: number): number[] {
    const found: number[] = [];
    const tids = this.tidsOf(pid);
    for (const tid of tids) {
      const list = this.read(`/proc/${pid}/task/${tid}/children`);
      // A thread gone: the list of threads is read again next time.
      if (list === undefined) this.tids.delete(pid);
      for (const c of (list ?? '').split(' ')) if (c) found.push(Number(c));
    }
    return found;
  }

  /**
   * The process's threads (each keeps its own list of children). The directory is read again only
   * when stat() saw the thread count change, or a thread's list could not be read.
   */
  private tidsOf(pid: number): string[] {
    const known = this.tids.get(pid);
    const count = this.threadCount.get(pid);
    if (known && count === known.count) return known.tids;
    try {
      const tids = readdirSync(`/proc/${pid}/task`);
      if (count !== undefined) this.tids.set(pid, { count, tids });
      return tids;
    } catch {
      this.tids.delete(pid);
      return [];
    }
  }

  close(): void {
    for (const fd of this.fds.values()) closeQuietly(fd);
    this.fds.clear();
  }

  private read(path: string): string | undefined {
    let fd = this.fds.get(path);
    try {
      if (fd === undefined) {
        fd = openSync(path, 'r');
        this.fds.set(path, fd);
      }
      const n = readSync(fd, this.buf, 0, this.buf.length, 0);
      // A longer file (a children list of hundreds) is read whole the ordinary way.
      return n < this.buf.length ? this.buf.toString('utf8', 0, n) : readFileSync(path, 'utf8');
    } catch {
      if (fd !== undefined) closeQuietly(fd);
      this.fds.delete(path);
      return undefined;
    }
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // closed already
  }
}

export const PROC_POLL_MS = 10;
export const PS_POLL_MS = 50;
const PS_ARGS = ['-A', '-o', 'pid=,ppid=,stat=,args='];

/**
 * `ps -A` once per poll. Slower than /proc (a process per look, so every 50 ms), and it cannot
 * tell an exit status or where one argument ends and the next begins: the screen says so.
 */
export class PsSource implements TableSource {
  readonly intervalMs = PS_POLL_MS;
  private rows = new Map<number, SourceEntry & { args: string }>();

  refresh(): Promise<void> {
    return new Promise((resolve) => {
      execFile('ps', PS_ARGS, (err, stdout) => {
        // A failed look leaves the last one standing; the next poll tries again.
        if (!err) this.rows = parsePs(stdout, process.pid);
        resolve();
      });
    });
  }

  refreshNow(): void {
    try {
      this.rows = parsePs(execFileSync('ps', PS_ARGS, { encoding: 'utf8' }), process.pid);
    } catch {
      // keep the last look
    }
  }

  stat(pid: number): SourceEntry | undefined {
    return this.rows.get(pid);
  }

  children(pid: number): number[] {
    return [...this.rows].filter(([, r]) => r.ppid === pid).map(([p]) => p);
  }

  argv(pid: number): string[] | undefined {
    const args = this.rows.get(pid)?.args;
    return args ? args.split(' ') : undefined;
  }
}

/** ps's lines, less the ps that printed them (a child of `self`). */
export function parsePs(stdout: string, self: number): Map<number, SourceEntry & { args: string }> {
  const rows = new Map<number, SourceEntry & { args: string }>();
  for (const line of stdout.split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(\S+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, pid, ppid, stat] = m;
    const args = m[4]!.trim();
    if (Number(ppid) === self && /^ps -A -o /.test(args)) continue;
    rows.set(Number(pid), { ppid: Number(ppid), state: stat![0]!, comm: args, args });
  }
  return rows;
}
