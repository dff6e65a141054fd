/**
 * For the cluster tests: `proc-lab worker` programs started by the test itself (as a student
 * starts one in another terminal), read through their --json events, and the queue's keys read
 * straight from Redis to check what a run left behind.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { BIN, CONFIG_HOME, type Event, leftovers, TAG_VAR } from './cli.js';

export interface WorkerProgram {
  child: ChildProcess;
  tag: string;
  events: Event[];
  stderr: () => string;
  /** Resolves with the first event (already seen or still to come) that matches. */
  waitFor(match: (e: Event) => boolean, timeoutMs?: number): Promise<Event>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startWorker(url: string, args: readonly string[] = []): WorkerProgram {
  const tag = randomUUID();
  const child = spawn(process.execPath, [BIN, 'worker', '--json', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NO_COLOR: '1',
      XDG_CONFIG_HOME: CONFIG_HOME,
      REDIS_URL: url,
      [TAG_VAR]: tag,
    },
  });
  const events: Event[] = [];
  const waiters: { match: (e: Event) => boolean; resolve: (e: Event) => void }[] = [];
  let pending = '';
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
  });
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines.filter((l) => l.trim())) {
      const e = JSON.parse(line) as Event;
      events.push(e);
      for (const w of [...waiters]) {
        if (w.match(e)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(e);
        }
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    tag,
    events,
    stderr: () => stderr,
    exited,
    waitFor(match, timeoutMs = 20_000) {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`worker ${child.pid}: no such event; stderr: ${stderr}`)),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
        });
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** What the queue holds in Redis right now. */
export async function queueState(url: string, queue: string) {
  const prefix = `proc-lab:cluster:${queue}`;
  const redis = createClient({ url });
  redis.on('error', () => {});
  await redis.connect();
  try {
    const tasks = await redis.xLen(`${prefix}:tasks`);
    const pending = await redis
      .xPending(`${prefix}:tasks`, 'workers')
      .then((p) => Number(p.pending))
      .catch(() => 0);
    return {
      tasks,
      pending,
      alive: await redis.zCard(`${prefix}:alive`),
      runs: await redis.keys(`${prefix}:run:*`),
      done: await redis.hLen(`${prefix}:done`),
    };
  } finally {
    redis.destroy();
  }
}

/** Nothing left of a worker program the test started. */
export function workerLeftovers(w: WorkerProgram) {
  return leftovers(w.tag, w.child.pid ? [w.child.pid] : []);
}

export const uniqueQueue = (what: string) => `test-${what}-${process.pid}-${Date.now() % 100000}`;
