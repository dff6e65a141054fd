/**
 * `pool cluster` and `proc-lab worker` when things go wrong: no Redis at all, an unreachable one,
 * the broker stopped mid-run, a malformed job, a password in the URL. Every failure is one
 * bilingual line and exit 1 (2 for a usage error) within seconds, with nothing left running.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from '@redis/client';
import { hasChinese } from '../src/i18n/index.js';
import { type Event, type RunResult, run, settle } from './helpers/cli.js';
import { queueState, startWorker, uniqueQueue, workerLeftovers } from './helpers/cluster.js';
import { hasRedisServer, ownRedis, sharedRedis } from './helpers/redis.js';

const named = (events: readonly Event[], name: string) => events.filter((e) => e.event === name);
const noRedis = { REDIS_URL: undefined };
const needServer = hasRedisServer() ? false : 'redis-server is not installed here';

/** One line on stderr, in both languages, naming Redis; nothing else printed there. */
function oneLine(stderr: string, secret?: string) {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0]!, /Redis/);
  assert.ok(hasChinese(lines[0]!), lines[0]);
  if (secret) assert.ok(!stderr.includes(secret), 'the password is not printed');
}

describe('pool cluster and worker: failures', () => {
  it('without --redis or REDIS_URL the part explains itself and the lesson goes on', async () => {
    const r = await run(['pool', 'cluster', '--json', '--fast'], { env: noRedis });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(named(r.events, 'skip')[0]?.part, 'cluster');
    assert.ok(r.ms < 10_000);
    const prose = await run(['pool', 'cluster', '--lang', 'en'], { env: noRedis });
    assert.match(prose.stdout, /proc-lab worker --redis redis:\/\/127\.0\.0\.1:6379/);
  });

  for (const [who, args] of [
    ['pool cluster', ['pool', 'cluster', '--fast']],
    ['worker', ['worker']],
  ] as const) {
    it(`${who}: an unreachable broker is one line and exit 1 within seconds`, async () => {
      const r = await run([...args, '--json', '--redis', 'redis://:hunter2@127.0.0.1:1'], {
        env: noRedis,
        timeoutMs: 15_000,
      });
      assert.equal(r.code, 1, r.stderr);
      assert.ok(r.ms < 8000, `took ${Math.round(r.ms)} ms`);
      oneLine(r.stderr, 'hunter2');
      assert.ok(!r.stdout.includes('hunter2'));
      assert.deepEqual(await settle(r.tag, r.pids), []);
    });
  }

  it('worker: no URL at all, or a bad name or queue, is a usage error (exit 2)', async () => {
    for (const args of [
      [],
      ['--redis', 'redis://127.0.0.1:1', '--name', 'a b'],
      ['--redis', 'redis://127.0.0.1:1', '--queue', 'x/y'],
    ]) {
      const r = await run(['worker', ...args], { env: noRedis });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
    const r = await run([
      'pool',
      'cluster',
      '--redis',
      'redis://127.0.0.1:1',
      '--kill-one',
      '--local',
      '0',
    ]);
    assert.equal(r.code, 2, r.stderr);
  });

  it('the broker stopped mid-run: producer and workers exit 1 with one line, nothing left', {
    skip: needServer,
  }, async () => {
    const secret = 'pa55-word';
    const redis = await ownRedis(secret);
    const queue = uniqueQueue('stop');
    const remote = startWorker(redis.url, ['--queue', queue]);
    try {
      await remote.waitFor((e) => e.event === 'worker-join');
      let stopping: Promise<void> | undefined;
      const r: RunResult = await run(
        [
          'pool',
          'cluster',
          '--json',
          '--fast',
          '--queue',
          queue,
          '--tasks',
          '30',
          '--task-ms',
          '3000',
          '--redis',
          redis.url,
        ],
        {
          timeoutMs: 30_000,
          onEvent: (e) => {
            if (e.event === 'task-end' && !stopping) stopping = redis.stop();
          },
        },
      );
      assert.ok(stopping, 'the broker was stopped mid-run');
      const stoppedAt = named(r.events, 'task-end')[0]!.t;
      assert.equal(r.code, 1, r.stderr);
      oneLine(r.stderr, secret);
      assert.ok(!r.stdout.includes(secret), 'not in any event either');
      assert.match(
        String(named(r.events, 'broker')[0]?.url),
        /^redis:\/\/(:\*\*\*@)?127\.0\.0\.1:\d+/,
      );
      const last = r.events.at(-1)!.t;
      assert.ok(last - stoppedAt < 5000, `ended ${Math.round(last - stoppedAt)} ms after the stop`);
      const { code } = await remote.exited;
      assert.equal(code, 1, remote.stderr());
      oneLine(remote.stderr(), secret);
      assert.deepEqual(await settle(r.tag, r.pids), []);
      assert.deepEqual(workerLeftovers(remote), []);
    } finally {
      await remote.stop('SIGKILL');
      await redis.stop();
    }
  });

  it('a malformed job is rejected with one line and the worker goes on', async (t) => {
    const redis = await sharedRedis();
    if (!redis.url) return t.skip(redis.why);
    const queue = uniqueQueue('bad');
    const w = startWorker(redis.url, ['--queue', queue]);
    const client = createClient({ url: redis.url });
    client.on('error', () => {});
    await client.connect();
    try {
      await w.waitFor((e) => e.event === 'worker-join');
      const prefix = `proc-lab:cluster:${queue}`;
      // A run that is alive, as a producer would mark it.
      await client.set(`${prefix}:run:r1`, '1', { PX: 20_000 });
      const bad = [
        { run: 'r1', task: '1', fn: 'child_process.exec', args: '{"cmd":"rm -rf /"}' },
        { run: 'r1', task: '2', fn: 'foo', args: '{"i": 1, "ms": 99999999}' },
        { run: 'r1', task: '3', fn: 'foo', args: 'not json' },
        { run: 'r1', task: 'x', fn: 'noop', args: '{}' },
      ];
      for (const fields of bad) await client.xAdd(`${prefix}:tasks`, '*', fields);
      await client.xAdd(`${prefix}:tasks`, '*', {
        run: 'r1',
        task: '9',
        fn: 'foo',
        args: '{"i":9,"ms":10}',
      });
      const end = await w.waitFor((e) => e.event === 'task-end');
      assert.equal(end.task, 9);
      assert.equal(end.result, 109);
      assert.equal(named(w.events, 'job-rejected').length, bad.length);
      const lines = w.stderr().trim().split('\n');
      assert.equal(lines.length, bad.length, 'one line per rejected job');
      assert.match(lines[0]!, /child_process\.exec/);
      assert.ok(lines.every((l) => hasChinese(l)));
      assert.equal(w.child.exitCode, null, 'still running');
      assert.equal((await queueState(redis.url, queue)).tasks, 0, 'rejected jobs are removed');
      await client.del(`${prefix}:run:r1`);
    } finally {
      client.destroy();
      await w.stop();
      await redis.stop();
    }
    assert.deepEqual(workerLeftovers(w), []);
  });
});
