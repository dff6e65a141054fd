/**
 * Part `switch` (material §1.1.2, the cost of a context switch): the same ping-pong through two
 * FIFOs, once between two processes and once between two threads of one process, timed per round
 * trip, with each side's voluntary and nonvoluntary context switches read from the kernel.
 * Events: measure `switch-process-rtt`, `switch-thread-rtt` {us, rounds}; `ctxt-switches`
 * {mode, role, pid, tid, voluntary, nonvoluntary, rounds}; verdicts `switch-per-round` and
 * `switch-process-costlier`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PeerJob, PeerReport } from '../../demos/switch-peer.js';
import { watchMachine } from '../../measure/machine.js';
import { verdict } from '../../measure/verdict.js';
import { demo } from '../../runtime/demo.js';
import { LessonFailure } from '../../runtime/errors.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { text } from './switch.text.js';

/** A process round trip must be this much slower than a thread's to call it costlier. */
export const COSTLIER = 1.1;
/** Switches per side per round trip that count as "about one". */
export const PER_ROUND = { min: 0.5, max: 2 };
/** If the ping-pong has not ended by then, something is stuck: fail instead of hanging. */
const LIMIT_MS = 60_000;

type Pair = [PeerReport, PeerReport];

function us(x: number): string {
  return x >= 1000 ? ms(x / 1000) : `${x.toFixed(x >= 100 ? 0 : 1)} µs`;
}

function jobs(dir: string, rounds: number, budgetMs: number): [PeerJob, PeerJob] {
  const there = join(dir, 'there');
  const back = join(dir, 'back');
  return [
    { role: 'pong', there, back, rounds, budgetMs },
    { role: 'ping', there, back, rounds, budgetMs },
  ];
}

async function asProcesses(ctx: LessonContext, pair: [PeerJob, PeerJob]): Promise<Pair> {
  const kids = pair.map((j) =>
    ctx.demo('switch-peer', [j.role, j.there, j.back, String(j.rounds), String(j.budgetMs)]),
  );
  const reports = await Promise.all(kids.map((k) => waitMessage<PeerReport>(k, 'switch')));
  await Promise.all(kids.map(waitExit));
  return reports as Pair;
}

async function asThreads(pair: [PeerJob, PeerJob]): Promise<Pair> {
  const where = demo('switch-peer');
  const workers = pair.map(
    (j) => new Worker(where.path, { execArgv: where.execArgv, workerData: j }),
  );
  try {
    const reports = await Promise.all(
      workers.map(
        (w) =>
          new Promise<PeerReport>((resolve, reject) => {
            w.once('message', resolve);
            w.once('error', reject);
          }),
      ),
    );
    return reports as Pair;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function timeLimit<T>(p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new LessonFailure({ zh: '乒乓测量超时', en: 'the ping-pong timed out' })),
      LIMIT_MS,
    );
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

function showCounts(ctx: LessonContext, mode: 'process' | 'thread', pair: Pair): void {
  const { out } = ctx;
  for (const r of pair) {
    out.event('ctxt-switches', {
      mode,
      role: r.role,
      pid: r.pid,
      tid: r.tid,
      voluntary: r.voluntary,
      nonvoluntary: r.nonvoluntary,
      rounds: r.rounds,
    });
    if (r.voluntary === null) continue;
    out.fact(text.switchesRow, {
      who: mode === 'process' ? text.whoProcess : text.whoThread,
      id: mode === 'process' ? r.pid : (r.tid ?? '?'),
      voluntary: r.voluntary,
      nonvoluntary: r.nonvoluntary ?? '?',
    });
  }
}

export async function switchPart(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const rounds = ctx.fast ? 2000 : 20_000;
  const budgetMs = ctx.fast ? 400 : 3000;
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'proc-lab-switch-'));
    execFileSync('mkfifo', [join(dir, 'there'), join(dir, 'back')], { stdio: 'ignore' });
  } catch {
    out.say(text.noFifo);
    return;
  }
  const undo = ctx.children.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  try {
    out.say(text.intro, { rounds: rounds.toLocaleString('en'), budget: ms(budgetMs) });
    const busy = watchMachine();
    const procs = await timeLimit(asProcesses(ctx, jobs(dir, rounds, budgetMs)));
    const threads = await timeLimit(asThreads(jobs(dir, rounds, budgetMs)));
    const rtt = (pair: Pair) => {
      const ping = pair.find((r) => r.role === 'ping')!;
      return { us: (ping.ms * 1000) / Math.max(1, ping.rounds), rounds: ping.rounds };
    };
    const p = rtt(procs);
    const t = rtt(threads);
    out.event('measure', {
      name: 'switch-process-rtt',
      us: Number(p.us.toFixed(2)),
      rounds: p.rounds,
    });
    out.fact(text.processRow, {
      a: procs[1].pid,
      b: procs[0].pid,
      rtt: us(p.us),
      rounds: p.rounds,
    });
    showCounts(ctx, 'process', procs);
    out.event('measure', {
      name: 'switch-thread-rtt',
      us: Number(t.us.toFixed(2)),
      rounds: t.rounds,
    });
    out.fact(text.threadRow, {
      pid: process.pid,
      a: threads[1].tid ?? '?',
      b: threads[0].tid ?? '?',
      rtt: us(t.us),
      rounds: t.rounds,
    });
    showCounts(ctx, 'thread', threads);
    const seen = busy();

    const all = [...procs, ...threads];
    if (all.every((r) => r.voluntary !== null)) {
      out.say(text.countsExplain);
      // Switches of one side per round trip, the lowest of the four sides.
      const perRound = Math.min(
        ...all.map((r) => (r.voluntary! + (r.nonvoluntary ?? 0)) / Math.max(1, r.rounds)),
      );
      const shown = Number(perRound.toFixed(2));
      verdict(
        out,
        {
          name: 'switch-per-round',
          holds: perRound >= PER_ROUND.min && perRound <= PER_ROUND.max,
          values: { perRound: shown, min: PER_ROUND.min, max: PER_ROUND.max },
          busy: seen,
        },
        { holds: text.perRoundHolds, fails: text.perRoundFails },
      );
    } else out.say(text.noCounts);

    const ratio = Number((p.us / t.us).toFixed(2));
    verdict(
      out,
      {
        name: 'switch-process-costlier',
        holds: ratio >= COSTLIER,
        values: {
          processUs: Number(p.us.toFixed(2)),
          threadUs: Number(t.us.toFixed(2)),
          ratio,
          min: COSTLIER,
        },
        busy: seen,
      },
      { holds: text.compareHolds, fails: text.compareFails },
      { process: us(p.us), thread: us(t.us) },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    undo();
  }
}
