/**
 * The cluster's queue against the local Pool, in the same run: no-op tasks per second through
 * the broker with 1, 2 and 4 `proc-lab worker` programs (each submitted at once, counted when its
 * result is back in the producer), and the latency of one task alone (submit, a worker takes it,
 * its result read back), median and p99; beside them the local Pool with as many processes
 * (applyAsync for the rate, apply for one task). Redis: PROC_LAB_TEST_REDIS_URL or REDIS_URL, else
 * a redis-server of our own on a free port; skipped with a note when there is none.
 * No target: the numbers say what a network hop and a broker cost per task, for the lesson's text.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Broker } from '../src/cluster/broker.js';
import { Producer } from '../src/cluster/producer.js';
import { summarize } from '../src/measure/stats.js';
import { Pool } from '../src/pool/index.js';
import { sharedRedis } from '../test/helpers/redis.js';
import { median, ROOT, report } from './lib.js';

const N = Number(process.env.BENCH_CLUSTER_TASKS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SINGLES = Number(process.env.BENCH_CLUSTER_SINGLES ?? 200);
const WORKERS = [1, 2, 4];
const tasks = new URL('./noop-tasks.js', import.meta.url);
const queue = `bench-${process.pid}`;

/** n worker programs, resolved once each has joined the queue. */
async function startWorkers(url: string, n: number): Promise<ChildProcess[]> {
  const bin = join(ROOT, 'bin', 'proc-lab.js');
  const kids = Array.from({ length: n }, () =>
    spawn(process.execPath, [bin, 'worker', '--queue', queue, '--json'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, REDIS_URL: url },
    }),
  );
  await Promise.all(
    kids.map(
      (k) =>
        new Promise<void>((resolve, reject) => {
          k.once('exit', (code) => reject(new Error(`worker exited ${code}`)));
          k.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
            if (chunk.includes('"worker-join"')) resolve();
          });
        }),
    ),
  );
  return kids;
}

async function stopWorkers(kids: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    kids.map((k) => {
      k.removeAllListeners('exit');
      const done = new Promise((resolve) => k.once('exit', resolve));
      k.kill('SIGTERM');
      return done;
    }),
  );
}

/** One run of `count` no-op tasks through the broker; its wall time in ms. */
async function throughBroker(broker: Broker, count: number): Promise<number> {
  const producer = new Producer(broker, {
    tasks: count,
    fn: 'noop',
    args: () => ({}),
    leaseMs: 5000,
  });
  const t0 = performance.now();
  await producer.submit();
  await producer.follow(() => {});
  const ms = performance.now() - t0;
  await producer.end();
  return ms;
}

async function localPool(n: number): Promise<{ rate: number; single: number[] }> {
  const pool = new Pool({ processes: n, module: tasks });
  const rates: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const t0 = performance.now();
    await Promise.all(Array.from({ length: N }, () => pool.applyAsync('noop').get()));
    if (round > 0) rates.push(N / ((performance.now() - t0) / 1000)); // round 0 warms up
  }
  const single: number[] = [];
  for (let i = 0; i < SINGLES; i++) {
    const t0 = performance.now();
    await pool.apply('noop');
    single.push(performance.now() - t0);
  }
  pool.close();
  await pool.join();
  return { rate: median(rates), single };
}

const perS = (x: number) => `${Math.round(x).toLocaleString('en')} tasks/s`;
const lat = (xs: number[]) => {
  const s = summarize(xs);
  return `median ${s.median.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms`;
};

export default async function clusterBench(): Promise<void> {
  const redis = await sharedRedis();
  if (!redis.url) {
    console.log(`cluster: skipped (${redis.why})`);
    return;
  }
  const broker = await Broker.open(redis.url, queue);
  try {
    for (const n of WORKERS) {
      const kids = await startWorkers(redis.url, n);
      try {
        await throughBroker(broker, N / 10); // warm up
        const rates: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          rates.push(N / ((await throughBroker(broker, N)) / 1000));
        }
        const single: number[] = [];
        if (n === 1) for (let i = 0; i < SINGLES; i++) single.push(await throughBroker(broker, 1));
        const local = await localPool(n);
        report(`through Redis, ${n} worker program(s), no-op`, perS(median(rates)));
        report(`  local Pool, ${n} process(es), applyAsync`, perS(local.rate));
        if (n === 1) {
          report('one task through Redis (1 worker)', lat(single));
          report('  one task on the local Pool (apply)', lat(local.single));
        }
      } finally {
        await stopWorkers(kids);
      }
    }
  } finally {
    await broker.reset();
    broker.close();
    await redis.stop();
  }
}
