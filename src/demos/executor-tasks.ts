/**
 * The task functions of the `executor` lesson. An executor names one of these and the worker
 * (a process or a thread) calls it: the code does not travel, only its name and the arguments,
 * as Python pickles a function by module and name. Each task returns where it ran (PID, thread
 * id) and how long it took inside the worker, so the lesson can show both beside its result.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { isMainThread, threadId } from 'node:worker_threads';
import { report } from '../runtime/child-side.js';

export interface Ran {
  pid: number;
  tid: number;
  /** ms the task took inside its worker */
  ms: number;
}

const since = (t0: number): Ran => ({
  pid: process.pid,
  tid: threadId,
  ms: Math.round((performance.now() - t0) * 10) / 10,
});

/** A waiting job: stands for I/O (a disk, a database, a web service); the CPU is idle meanwhile. */
export async function waitJob(ms: number): Promise<Ran> {
  const t0 = performance.now();
  await sleep(ms);
  return since(t0);
}

/** A CPU-bound job: count the primes below `limit` by trial division, pure computation. */
export function cpuJob(limit: number): Ran & { primes: number } {
  const t0 = performance.now();
  let primes = 0;
  for (let n = 2; n < limit; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) primes++;
  }
  return { ...since(t0), primes };
}

/**
 * A task that kills its own worker process with SIGKILL, as a crash or `kill -9` would (the
 * `broken` part). Refused on a worker thread: there the process is the whole program.
 */
export function dieJob(): never {
  if (!isMainThread) throw new Error('dieJob ends a process: run it on a process worker');
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL ends the process');
}

export interface Fetched extends Ran {
  url: string;
  /** the HTTP status, or what went wrong before there was one */
  status: number | 'timeout' | 'error';
  bytes?: number;
  error?: string;
}

/**
 * Fetch a page, giving up after `timeoutMs` (the material's requests.get, with the timeout it
 * lacked). Never throws: a timeout or a network error is part of what the lesson shows.
 */
export async function fetchPage(url: string, timeoutMs: number): Promise<Fetched> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = await res.text();
    return { ...since(t0), url, status: res.status, bytes: Buffer.byteLength(body) };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError') return { ...since(t0), url, status: 'timeout' };
    const why = e.cause?.message ?? e.message;
    return { ...since(t0), url, status: 'error', error: why };
  }
}

// Run alone: call one task and print its result, e.g. `cpuJob 200000` or `fetchPage URL 3000`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [name = 'cpuJob', ...raw] = process.argv.slice(2);
  const args = raw.map((a) => (a.trim() !== '' && Number.isFinite(Number(a)) ? Number(a) : a));
  const tasks: Record<string, (...a: never[]) => unknown> = { waitJob, cpuJob, fetchPage };
  const fn = tasks[name];
  if (!fn) throw new Error(`no task '${name}'; choose from: ${Object.keys(tasks).join(', ')}`);
  report({
    type: 'result',
    task: name,
    value: await (fn as (...a: unknown[]) => unknown)(...args),
  });
}

// Run alone: node dist/demos/executor-tasks.js cpuJob 300000   (or: waitJob 500, fetchPage URL 3000)
