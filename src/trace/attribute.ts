/**
 * Whose output is this? strace copies each write's bytes with the PID that made it, which keeps
 * the pieces of concurrent prints apart, but its copy is cut at `-s` bytes; the program's pipes
 * have every byte, in the order the kernel took them. So each write strace saw (`-y` names the
 * file: a write to a file or a redirected fd is not output) takes its length from the pipe: a
 * whole copy is used as it is, a cut one is replaced by those bytes of the pipe.
 */
import { readlinkSync } from 'node:fs';
import type { Stream } from './events.js';

/** The files a process's fds 1 and 2 name, as /proc and strace -y print them (socket:[123]). */
export function pipeTargets(pid: number): Record<Stream, string | undefined> {
  const link = (fd: number) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      return undefined;
    }
  };
  return { stdout: link(1), stderr: link(2) };
}

export interface OutputSink {
  output(pid: number | null, stream: Stream, data: Buffer, t: number): void;
}

interface Write {
  pid: number;
  n: number;
  t: number;
  /** strace's copy: all n bytes, or cut short. */
  data: Buffer;
}

export class Attribution {
  private readonly bytes: Record<Stream, Buffer[]> = { stdout: [], stderr: [] };
  private readonly writes: Record<Stream, Write[]> = { stdout: [], stderr: [] };

  /**
   * `targets`: what strace -y calls each of our pipes (see pipeTargets); unknown, every write to
   * fd 1 or 2 is taken to reach them.
   */
  constructor(
    private readonly sink: OutputSink,
    public targets: Record<Stream, string | undefined>,
  ) {}

  /** Bytes that came through our pipe. */
  pipe(stream: Stream, chunk: Buffer): void {
    this.bytes[stream].push(chunk);
    this.match(stream);
  }

  /** strace saw `pid` write `n` bytes (`data`: its copy) to `target` through fd 1 or 2. */
  write(pid: number, fd: 1 | 2, n: number, target: string | undefined, t: number, data: Buffer) {
    const stream = this.streamOf(fd, target);
    if (!stream || n <= 0) return;
    this.writes[stream].push({ pid, n, t, data });
    this.match(stream);
  }

  /** The end: a write whose bytes never came is its copy; bytes no write claimed are nobody's. */
  end(t: number): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      for (const w of this.writes[stream].splice(0)) this.sink.output(w.pid, stream, w.data, w.t);
      const rest = Buffer.concat(this.bytes[stream].splice(0));
      if (rest.length > 0) this.sink.output(null, stream, rest, t);
    }
  }

  private streamOf(fd: 1 | 2, target: string | undefined): Stream | undefined {
    const { stdout, stderr } = this.targets;
    if (stdout === undefined && stderr === undefined) return fd === 1 ? 'stdout' : 'stderr';
    if (target === undefined) return undefined;
    if (target === stdout) return 'stdout';
    if (target === stderr) return 'stderr';
    return undefined;
  }

  /** Hand out the writes, oldest first, each once the pipe has had its bytes. */
  private match(stream: Stream): void {
    const writes = this.writes[stream];
    while (writes.length > 0) {
      const w = writes[0]!;
      const bytes = this.take(stream, w.n);
      if (!bytes) return;
      writes.shift();
      this.sink.output(w.pid, stream, w.data.length >= w.n ? w.data : bytes, w.t);
    }
  }

  /** The next n bytes of the pipe, or undefined (and nothing taken) until that many have come. */
  private take(stream: Stream, n: number): Buffer | undefined {
    const chunks = this.bytes[stream];
    if (chunks.reduce((sum, c) => sum + c.length, 0) < n) return undefined;
    const all = Buffer.concat(chunks);
    chunks.length = 0;
    if (all.length > n) chunks.push(all.subarray(n));
    return all.subarray(0, n);
  }
}
