/**
 * Reading `strace -f -ttt -q -e trace=process,write,writev` line by line into what happened to
 * processes (not threads): started by whom, exec'd into what, ended how, reaped by whom, and what
 * each wrote to fds 1 and 2. Pure: no processes here, so it is tested on recorded lines too.
 *
 * The lines look like `4312 1796140050.640810 clone(…) = 4313`. Three things need care:
 * - With -f, a syscall interrupted by another process's line is printed in two halves,
 *   `wait4(-1,  <unfinished ...>` and later `<... wait4 resumed>…) = 4313`: the halves are joined.
 * - A thread is a clone with CLONE_THREAD: its TID is not a process. Its calls (a Pool's handler
 *   thread calling wait4) belong to its process (the thread group, tgid); its exit is not one.
 * - A new process may print its first lines before its parent's clone() has returned: those lines
 *   wait until the clone says whose child (or thread) it is.
 */

export interface StraceSink {
  start(pid: number, ppid: number, t: number): void;
  exec(pid: number, argv: string[], t: number): void;
  exit(pid: number, code: number | null, signal: string | null, t: number): void;
  reaped(pid: number, by: number, t: number): void;
  /**
   * A write of `n` bytes to fd 1 or 2; `data` is strace's copy, cut at -s bytes. `target` is the
   * file the fd named (strace -y: `socket:[123]`, `/tmp/log`), when strace printed one.
   */
  write(pid: number, fd: 1 | 2, data: Buffer, t: number, n: number, target?: string): void;
}

const LINE = /^(\d+)\s+(\d+\.\d+)\s(.*)$/;
const RESUMED = /^<\.\.\. (\w+) resumed>(.*)$/;
const UNFINISHED = ' <unfinished ...>';
const CALL = /^(\w+)\((.*)\)\s+=\s+(-?\d+|\?)/s;

/** Bytes of a C string literal as strace prints it (the text between the quotes). */
export function cString(s: string): Buffer {
  const out: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, v: 11, f: 12, a: 7, b: 8 };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) out.push(b);
      continue;
    }
    const next = s[++i] ?? '';
    if (next in simple) out.push(simple[next]!);
    else if (next === 'x') {
      out.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (/[0-7]/.test(next)) {
      let j = i;
      while (j < i + 3 && /[0-7]/.test(s[j] ?? '')) j++;
      out.push(Number.parseInt(s.slice(i, j), 8) & 0xff);
      i = j - 1;
    } else out.push(next.charCodeAt(0));
  }
  return Buffer.from(out);
}

/** Every quoted string in `s`, in order, as strace wrote them ("…" with \" inside). */
export function quoted(s: string): string[] {
  return [...s.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
}

export class StraceParser {
  /** TID → its process (tgid), for threads only. */
  private readonly threads = new Map<number, number>();
  /** Processes seen (started, or the root). */
  private readonly known = new Set<number>();
  private readonly parentOf = new Map<number, number>();
  /** The first half of a syscall split by another line, per TID. */
  private readonly pending = new Map<number, string>();
  /** Lines of TIDs whose clone() has not returned yet. */
  private readonly early = new Map<number, [number, string][]>();
  root: number | undefined;

  /** `tracer`: strace's PID, the root program's parent. */
  constructor(
    private readonly sink: StraceSink,
    private readonly tracer: number,
  ) {}

  private tgid(tid: number): number {
    return this.threads.get(tid) ?? tid;
  }

  /** One line of strace's output (without the newline). */
  line(raw: string): void {
    const m = LINE.exec(raw);
    if (!m) return; // strace's own messages ("strace: …") carry no PID
    const tid = Number(m[1]);
    const t = Number(m[2]) * 1000;
    if (this.root === undefined) {
      this.root = tid;
      this.known.add(tid);
      this.parentOf.set(tid, this.tracer);
      this.sink.start(tid, this.tracer, t);
    }
    if (!this.known.has(tid) && !this.threads.has(tid)) {
      const list = this.early.get(tid) ?? [];
      list.push([t, m[3]!]);
      this.early.set(tid, list);
      return;
    }
    this.handle(tid, t, m[3]!);
  }

  /** The end of the trace: lines still waiting for their clone() are taken as they are. */
  end(): void {
    for (const [tid, lines] of this.early) {
      this.early.delete(tid);
      this.known.add(tid);
      this.sink.start(tid, 0, lines[0]![0]);
      for (const [t, text] of lines) this.handle(tid, t, text);
    }
  }

  private handle(tid: number, t: number, text: string): void {
    if (text.startsWith('+++ ')) {
      this.ended(tid, t, text);
      return;
    }
    if (text.startsWith('--- ')) return; // a signal delivered
    let call = text;
    const resumed = RESUMED.exec(text);
    if (resumed) {
      call = (this.pending.get(tid) ?? `${resumed[1]}(`) + resumed[2];
      this.pending.delete(tid);
    } else if (text.endsWith(UNFINISHED)) {
      this.pending.set(tid, text.slice(0, -UNFINISHED.length));
      return;
    }
    const c = CALL.exec(call);
    if (!c || c[3] === '?') return;
    const [, name, args, ret] = c as unknown as [string, string, string, string];
    const value = Number(ret);
    if (value < 0) return; // failed: an execve tried along PATH, a wait4 with nothing to reap
    const pid = this.tgid(tid);
    switch (name) {
      case 'clone':
      case 'clone3':
      case 'fork':
      case 'vfork':
        if (value > 0) this.born(pid, value, args, t);
        return;
      case 'execve':
      case 'execveat':
        this.sink.exec(pid, this.argv(args), t);
        return;
      case 'wait4':
        if (value > 0) this.sink.reaped(value, pid, t);
        return;
      case 'waitid': {
        const who = /si_pid=(\d+)/.exec(args);
        if (who && Number(who[1]) > 0 && !args.includes('WNOWAIT')) {
          this.sink.reaped(Number(who[1]), pid, t);
        }
        return;
      }
      case 'write':
      case 'writev': {
        const f = /^(\d+)(?:<([^>]*)>)?,/.exec(args);
        const fd = Number(f?.[1]);
        if (fd !== 1 && fd !== 2) return;
        const data = Buffer.concat(quoted(args).map(cString)).subarray(0, value);
        if (value > 0) this.sink.write(pid, fd, data, t, value, f?.[2]);
        return;
      }
    }
  }

  /** argv is the first [...] of execve's arguments (execveat: after the dirfd and path). */
  private argv(args: string): string[] {
    const open = args.indexOf('[');
    const close = args.indexOf('], ', open);
    return quoted(args.slice(open, close < 0 ? undefined : close + 1)).map((s) =>
      cString(s).toString('utf8'),
    );
  }

  private born(parent: number, child: number, args: string, t: number): void {
    if (args.includes('CLONE_THREAD')) {
      this.threads.set(child, parent);
    } else {
      // CLONE_PARENT: the new process is a sibling of its creator, not its child.
      const ppid = /CLONE_PARENT(?!_)/.test(args) ? (this.parentOf.get(parent) ?? parent) : parent;
      this.known.add(child);
      this.parentOf.set(child, ppid);
      this.sink.start(child, ppid, t);
    }
    const waiting = this.early.get(child);
    this.early.delete(child);
    for (const [lt, text] of waiting ?? []) this.handle(child, lt, text);
  }

  private ended(tid: number, t: number, text: string): void {
    if (this.threads.has(tid)) {
      this.threads.delete(tid); // a thread ending; its TID may be reused by a new process
      return;
    }
    const exited = /^\+\+\+ exited with (\d+) \+\+\+/.exec(text);
    const killed = /^\+\+\+ killed by (SIG\w+)/.exec(text);
    if (exited) this.sink.exit(tid, Number(exited[1]), null, t);
    else if (killed) this.sink.exit(tid, null, killed[1]!, t);
  }
}
