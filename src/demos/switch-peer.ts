/**
 * One side of a ping-pong through two FIFOs (named pipes): `ping` writes one byte and blocks in
 * read() until `pong` has read it and written one back, so every round trip puts each side to
 * sleep once and wakes the other: two context switches. The same code runs as a child process
 * (argv) or as a Worker thread (workerData), so the only difference measured is process vs thread.
 *
 * `ping` runs for `budgetMs` or `rounds` round trips, whichever comes first, after a warm-up, then
 * sends `q` to end `pong`. Each side reports its own context switches over the measured rounds,
 * read from /proc/thread-self/status (the kernel's counts for the thread that ran the loop).
 */
import { closeSync, openSync, readFileSync, readlinkSync, readSync, writeSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { report } from '../runtime/child-side.js';

export interface PeerJob {
  role: 'ping' | 'pong';
  /** FIFO ping → pong, and FIFO pong → ping. */
  there: string;
  back: string;
  rounds: number;
  budgetMs: number;
}

export interface PeerReport {
  type: 'switch';
  role: string;
  pid: number;
  /** The kernel's id of the thread that ran the loop. */
  tid: number | null;
  rounds: number;
  ms: number;
  voluntary: number | null;
  nonvoluntary: number | null;
}

const WARMUP = 200;

function switches(): { voluntary: number; nonvoluntary: number } | undefined {
  try {
    const status = readFileSync('/proc/thread-self/status', 'utf8');
    const get = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
    return {
      voluntary: get('voluntary_ctxt_switches'),
      nonvoluntary: get('nonvoluntary_ctxt_switches'),
    };
  } catch {
    return undefined; // no /proc (macOS): the round trips are still timed
  }
}

function ownTid(): number | null {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return null;
  }
}

function run(job: PeerJob): PeerReport {
  const one = Buffer.alloc(1);
  // Opening a FIFO blocks until the other side opens it too: ping opens `there` for writing
  // first, pong opens it for reading first, so the two opens meet instead of deadlocking.
  const ping = job.role === 'ping';
  const out = ping ? openSync(job.there, 'w') : -1;
  const input = openSync(ping ? job.back : job.there, 'r');
  const output = ping ? out : openSync(job.back, 'w');
  let rounds = 0;
  let elapsed = 0;
  let before = switches();
  if (ping) {
    for (let i = 0; i < WARMUP; i++) {
      writeSync(output, 'p');
      readSync(input, one);
    }
    before = switches();
    const t0 = performance.now();
    while (rounds < job.rounds && (rounds % 64 !== 0 || performance.now() - t0 < job.budgetMs)) {
      writeSync(output, 'p');
      readSync(input, one);
      rounds++;
    }
    elapsed = performance.now() - t0;
    writeSync(output, 'q');
  } else {
    for (;;) {
      if (readSync(input, one) === 0 || one[0] === 0x71 /* q */) break;
      if (rounds === WARMUP) before = switches();
      writeSync(output, 'o');
      rounds++;
    }
    rounds = Math.max(0, rounds - WARMUP);
  }
  const after = switches();
  closeSync(input);
  closeSync(output);
  return {
    type: 'switch',
    role: job.role,
    pid: process.pid,
    tid: ownTid(),
    rounds,
    ms: elapsed,
    voluntary: before && after ? after.voluntary - before.voluntary : null,
    nonvoluntary: before && after ? after.nonvoluntary - before.nonvoluntary : null,
  };
}

if (!isMainThread) parentPort!.postMessage(run(workerData as PeerJob));
else {
  const [role, there, back, rounds, budgetMs] = process.argv.slice(2);
  report({
    ...run({
      role: role as 'ping' | 'pong',
      there: there!,
      back: back!,
      rounds: Number(rounds ?? 10_000),
      budgetMs: Number(budgetMs ?? 2000),
    }),
  });
  process.disconnect?.();
}

// Run alone: mkfifo /tmp/a /tmp/b; node dist/demos/switch-peer.js pong /tmp/a /tmp/b &
//            node dist/demos/switch-peer.js ping /tmp/a /tmp/b 10000 2000
