/**
 * Part `pipebuf`: several writers share one pipe, as processes share a shell's stderr or a log
 * pipe. Each writes records with one write() call each: records of PIPE_BUF bytes arrive whole,
 * always; records larger than the pipe's room can be torn, another writer's bytes landing inside
 * them. The lesson reads the pipe and checks every record; the conclusion is printed only when
 * this run's counts show it.
 */
import { closeSync, createReadStream } from 'node:fs';
import { platform } from 'node:os';
import { type Bi, list } from '../../i18n/index.js';
import { watchMachine } from '../../measure/machine.js';
import { verdict } from '../../measure/verdict.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { bytes } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { measure, numbers } from './events.js';
import { osPipe } from './fds.js';
import { producers } from './options.js';
import { text } from './pipebuf.text.js';

/** PIPE_BUF: 4096 bytes on Linux; POSIX promises at least 512 (macOS has exactly that). */
export const PIPE_BUF = platform() === 'linux' ? 4096 : 512;
/** Large records: four times Linux's default pipe buffer (64 KiB), so a write must wait inside. */
const LARGE = 256 * 1024;

interface Round {
  size: number;
  expected: number;
  intact: number;
  torn: number;
  /** How the first torn stretch between two newlines was made up, by writer. */
  example?: { length: number; parts: { pid: number; bytes: number }[] };
}

/** Check each newline-ended stretch: a whole record is `<pid> <seq> ` + its writer's letter. */
class Checker {
  intact = 0;
  example?: Round['example'];
  private rest = Buffer.alloc(0);

  constructor(
    private readonly size: number,
    private readonly letterOf: ReadonlyMap<number, number>,
  ) {}

  push(chunk: Buffer): void {
    let data = this.rest.length ? Buffer.concat([this.rest, chunk]) : chunk;
    for (let nl = data.indexOf(0x0a); nl >= 0; nl = data.indexOf(0x0a)) {
      this.check(data.subarray(0, nl));
      data = data.subarray(nl + 1);
    }
    this.rest = Buffer.from(data);
  }

  private check(line: Buffer): void {
    const head = /^(\d+) (\d+) /.exec(line.subarray(0, 32).toString('latin1'));
    const letter = head ? this.letterOf.get(Number(head[1])) : undefined;
    if (head && letter !== undefined && line.length === this.size - 1) {
      const body = line.subarray(head[0].length);
      if (body.every((b) => b === letter)) {
        this.intact++;
        return;
      }
    }
    this.example ??= { length: line.length + 1, parts: this.parts(line) };
  }

  /** Bytes of each writer's letter in a torn stretch (headers and newlines aside). */
  private parts(line: Buffer) {
    return [...this.letterOf].flatMap(([pid, letter]) => {
      const n = line.reduce((sum, b) => sum + (b === letter ? 1 : 0), 0);
      return n > 0 ? [{ pid, bytes: n }] : [];
    });
  }
}

/** `writers` processes each write `count` records of `size` bytes into one pipe that we read. */
async function round(ctx: LessonContext, writers: number, size: number, count: number) {
  const { read, write } = await osPipe(ctx);
  const letterOf = new Map<number, number>();
  let kids: ReturnType<LessonContext['demo']>[] = [];
  try {
    kids = Array.from({ length: writers }, (_, i) => {
      const letter = String.fromCharCode(65 + i);
      const kid = ctx.demo('ipc-pipebuf-writer', [String(size), String(count), letter], {
        stdio: ['ignore', 'ignore', 'inherit', 'ipc', write],
      });
      letterOf.set(kid.pid!, letter.charCodeAt(0));
      return kid;
    });
  } finally {
    // NOTE: the writers hold their own copies now; ours must go, or the pipe never reaches EOF.
    closeSync(write);
  }
  const checker = new Checker(size, letterOf);
  const stream = createReadStream('', { fd: read, highWaterMark: 64 * 1024 });
  stream.on('data', (c) => checker.push(c as Buffer));
  const ended = new Promise<void>((resolve, reject) => {
    stream.once('end', resolve).once('error', reject);
  });
  await Promise.all(kids.map((k) => waitMessage(k, 'ready')));
  const done = kids.map((k) => waitMessage(k, 'done'));
  for (const k of kids) k.send({ type: 'go' });
  await Promise.all(done);
  for (const k of kids) k.send({ type: 'bye' });
  await Promise.all(kids.map(waitExit));
  await ended;
  const expected = writers * count;
  const r: Round = { size, expected, intact: checker.intact, torn: expected - checker.intact };
  if (checker.example) r.example = checker.example;
  return { round: r, pids: kids.map((k) => k.pid!) };
}

function show(ctx: LessonContext, r: Round, name: string): void {
  ctx.out.event('pipebuf', { ...r });
  measure(ctx.out, name, r.torn, 'records');
  ctx.out.fact(text.result, {
    size: bytes(r.size),
    intact: r.intact,
    expected: r.expected,
    torn: r.torn,
  });
  if (!r.example) return;
  const parts: Bi[] = r.example.parts.map((p) => ({
    zh: `PID ${p.pid} 的 ${p.bytes.toLocaleString('en')} 字节`,
    en: `${p.bytes.toLocaleString('en')} bytes of PID ${p.pid}`,
  }));
  ctx.out.fact(text.example, { length: r.example.length.toLocaleString('en'), parts: list(parts) });
}

export async function pipebuf(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const writers = Math.max(2, producers(ctx));
  const small = ctx.fast ? 200 : 1000;
  const large = ctx.fast ? 8 : 32;
  const busy = watchMachine();
  const a = await round(ctx, writers, PIPE_BUF, small);
  out.say(text.intro, {
    n: writers,
    pids: numbers(a.pids),
    pipeBuf: PIPE_BUF,
    parent: process.pid,
  });
  out.say(text.smallRound, { k: small, size: PIPE_BUF });
  show(ctx, a.round, 'pipebuf-small-torn');
  const b = await round(ctx, writers, LARGE, large);
  out.say(text.largeRound, { k: large, size: bytes(LARGE), pids: numbers(b.pids) });
  show(ctx, b.round, 'pipebuf-large-torn');
  verdict(
    out,
    {
      name: 'pipebuf-atomic',
      holds: a.round.torn === 0 && b.round.torn > 0,
      values: { smallTorn: a.round.torn, largeTorn: b.round.torn, pipeBuf: PIPE_BUF },
      busy: busy(),
    },
    { holds: text.holds, fails: text.fails },
    { large: b.round.expected, small: a.round.expected },
  );
  out.say(text.explain, { pipeBuf: PIPE_BUF });
}
