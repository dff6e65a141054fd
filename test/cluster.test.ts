/**
 * `pool cluster` and `proc-lab worker` against a real redis-server (CI's, or one of our own; see
 * helpers/redis.ts): the producer with three worker programs, a worker SIGKILLed mid-task and its
 * task finished exactly once elsewhere, a worker joining late, Ctrl-C and --reset. Each test uses
 * a queue of its own and checks the queue's keys and the process table afterwards.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Event, interruptAt, type RunResult, run, settle } from './helpers/cli.js';
import {
  queueState,
  startWorker,
  uniqueQueue,
  type WorkerProgram,
  workerLeftovers,
} from './helpers/cluster.js';
import { sharedRedis, type TestRedis } from './helpers/redis.js';

const named = (events: readonly Event[], name: string) => events.filter((e) => e.event === name);
const cluster = (queue: string, ...more: string[]) => [
  'pool',
  'cluster',
  '--json',
  '--fast',
  '--queue',
  queue,
  ...more,
];

/** Every task 0..m-1 has exactly one counted task-end, with the material's result i + 100. */
function checkCountedOnce(r: RunResult, m: number) {
  const ends = named(r.events, 'task-end');
  assert.deepEqual(
    ends.map((e) => e.task).sort((a, b) => Number(a) - Number(b)),
    Array.from({ length: m }, (_, i) => i),
  );
  for (const e of ends) assert.equal(e.result, Number(e.task) + 100);
  const [result] = named(r.events, 'cluster-result');
  assert.equal(result?.counted, m);
}

async function checkQueueEmpty(url: string, queue: string) {
  const s = await queueState(url, queue);
  assert.equal(s.tasks, 0, 'no task left in the stream');
  assert.equal(s.pending, 0, 'no pending entry');
  assert.deepEqual(s.runs, [], 'no run key');
  assert.equal(s.done, 0, 'no completion count');
  return s;
}

describe('pool cluster through Redis', () => {
  let redis: TestRedis;
  const programs: WorkerProgram[] = [];

  before(async () => {
    redis = await sharedRedis();
  });
  after(async () => {
    await Promise.all(programs.map((w) => w.stop('SIGKILL')));
    await redis.stop();
  });

  it('the producer and three worker programs: each task once, one timeline row per host:pid', async (t) => {
    if (!redis.url) return t.skip(redis.why);
    const queue = uniqueQueue('three');
    const workers = [0, 1, 2].map((i) =>
      startWorker(redis.url, ['--queue', queue, '--name', `laptop-${i}`]),
    );
    programs.push(...workers);
    await Promise.all(workers.map((w) => w.waitFor((e) => e.event === 'worker-join')));
    const r = await run(cluster(queue, '--local', '0', '--tasks', '9', '--redis', redis.url));
    assert.equal(r.code, 0, r.stderr);
    const [broker] = named(r.events, 'broker');
    assert.match(String(broker?.version), /^\d+\.\d+/);
    const joined = named(r.events, 'worker-join');
    const names = workers.map((w, i) => `laptop-${i}:${w.child.pid}`);
    assert.deepEqual(joined.map((e) => e.worker).sort(), [...names].sort());
    assert.ok(joined.every((e) => e.already === true));
    checkCountedOnce(r, 9);
    const starts = named(r.events, 'task-start');
    assert.deepEqual(new Set(starts.map((e) => e.worker)), new Set(names), 'all three took tasks');
    for (const e of starts)
      assert.equal(
        names.indexOf(String(e.worker)),
        workers.findIndex((w) => w.child.pid === e.pid),
      );
    // The broker's own view was followed: at some point tasks waited, at the end all were done.
    const views = named(r.events, 'broker-view');
    assert.ok(views.some((v) => Number(v.waiting) > 0 || Number(v.active) > 0));
    assert.equal(views.at(-1)?.done, 9);
    // Each worker printed its own tasks too.
    const seenByWorkers = workers.flatMap((w) => named(w.events, 'task-end').map((e) => e.task));
    assert.equal(seenByWorkers.length, 9);
    await checkQueueEmpty(redis.url, queue);
    for (const w of workers) {
      const { code } = await w.stop('SIGTERM');
      assert.equal(code, 143);
      assert.deepEqual(await settle(w.tag, [w.child.pid!]), []);
    }
    assert.equal((await queueState(redis.url, queue)).alive, 0, 'workers left the alive set');
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('--kill-one: a worker SIGKILLed mid-task, its task taken over after the lease, counted once', async (t) => {
    if (!redis.url) return t.skip(redis.why);
    const queue = uniqueQueue('kill');
    const r = await run(
      cluster(
        queue,
        '--local',
        '3',
        '--tasks',
        '8',
        '--task-ms',
        '3000',
        '--kill-one',
        '--redis',
        redis.url,
      ),
      { timeoutMs: 60_000 },
    );
    assert.equal(r.code, 0, r.stderr);
    const [kill] = named(r.events, 'kill');
    assert.ok(kill, 'a worker was killed');
    assert.equal(kill.signal, 'SIGKILL');
    const [queued] = named(r.events, 'queue');
    const lease = Number(queued!.leaseMs);
    const exit = named(r.events, 'exit').find((e) => e.pid === kill.pid);
    assert.equal(exit?.signal, 'SIGKILL', 'the kernel reports the worker killed');
    const again = named(r.events, 'redelivered').filter((e) => e.task === kill.task);
    assert.equal(again.length, 1, 'redelivered once');
    assert.equal(again[0]!.from, kill.worker);
    assert.notEqual(again[0]!.to, kill.worker);
    assert.ok(Number(again[0]!.afterMs) >= lease, `idle ${again[0]!.afterMs} ms ≥ lease ${lease}`);
    assert.ok(again[0]!.t > kill.t, 'taken over after the kill');
    const end = named(r.events, 'task-end').filter((e) => e.task === kill.task);
    assert.equal(end.length, 1);
    assert.equal(end[0]!.worker, again[0]!.to, 'finished by the worker that took it over');
    assert.ok(named(r.events, 'worker-lost').some((e) => e.worker === kill.worker));
    assert.equal(named(r.events, 'duplicate-result').length, 0);
    checkCountedOnce(r, 8);
    await checkQueueEmpty(redis.url, queue);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('a worker joining late takes tasks too, two at a time with --concurrency 2', async (t) => {
    if (!redis.url) return t.skip(redis.why);
    const queue = uniqueQueue('late');
    let late: WorkerProgram | undefined;
    const r = await run(
      cluster(queue, '--local', '1', '--tasks', '8', '--task-ms', '3000', '--redis', redis.url),
      {
        onEvent: (e) => {
          if (e.event === 'task-end' && !late) {
            late = startWorker(redis.url, [
              '--queue',
              queue,
              '--name',
              'latecomer',
              '--concurrency',
              '2',
            ]);
            programs.push(late);
          }
        },
      },
    );
    assert.equal(r.code, 0, r.stderr);
    assert.ok(late);
    const name = `latecomer:${late.child.pid}`;
    const join = named(r.events, 'worker-join').find((e) => e.worker === name);
    assert.equal(join?.already, false, 'seen joining during the run');
    assert.ok(
      named(r.events, 'task-end').some((e) => e.worker === name),
      'it finished tasks',
    );
    checkCountedOnce(r, 8);
    await late.stop();
    assert.deepEqual(workerLeftovers(late), []);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('Ctrl-C mid-run leaves the queue consistent; the next run starts clean', async (t) => {
    if (!redis.url) return t.skip(redis.why);
    const queue = uniqueQueue('ctrlc');
    const args = cluster(
      queue,
      '--local',
      '2',
      '--tasks',
      '20',
      '--task-ms',
      '3000',
      '--redis',
      redis.url,
    );
    const r = await interruptAt(args, 'task-end');
    assert.deepEqual(await settle(r.tag, r.pids), []);
    const s = await checkQueueEmpty(redis.url, queue);
    assert.equal(s.alive, 0, 'the local workers left on SIGTERM');
    const again = await run(cluster(queue, '--local', '2', '--tasks', '4', '--redis', redis.url));
    assert.equal(again.code, 0, again.stderr);
    assert.equal(named(again.events, 'queue')[0]?.purged, 0);
    checkCountedOnce(again, 4);
    assert.deepEqual(await settle(again.tag, again.pids), []);
  });

  it('--reset without a terminal clears the queue without asking', async (t) => {
    if (!redis.url) return t.skip(redis.why);
    const queue = uniqueQueue('reset');
    const r = await run(
      cluster(queue, '--local', '1', '--tasks', '2', '--reset', '--redis', redis.url),
    );
    assert.equal(r.code, 0, r.stderr);
    assert.equal(named(r.events, 'queue-reset').length, 1);
    checkCountedOnce(r, 2);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });
});
