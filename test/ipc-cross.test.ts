/**
 * The `ipc cross` part: two separate programs over HTTP (Python client, or Node without python3),
 * and through a real Redis server; bad Redis URLs fail fast. Redis comes from
 * PROC_LAB_TEST_REDIS_URL or REDIS_URL (.ci/run starts one), else one of our own (helpers/redis.ts),
 * else those tests are skipped with the reason, unless PROC_LAB_REQUIRE_REDIS=1 (CI).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { createClient } from '@redis/client';
import { hasChinese } from '../src/i18n/index.js';
import { type Event, type RunResult, run, settle } from './helpers/cli.js';
import { sharedRedis, type TestRedis } from './helpers/redis.js';

const named = (events: readonly Event[], name: string) => events.filter((e) => e.event === name);
const noRedis = { REDIS_URL: undefined };
const hasPython = spawnSync('python3', ['--version']).status === 0;

/** Check a finished cross run: a client and a server, siblings, talking over `channel`. */
function checkExchange(r: RunResult, channel: string, count: number, clientLang: RegExp) {
  assert.equal(r.code, 0, r.stderr);
  const lesson = r.events[0]!.pid!;
  const programs = named(r.events, 'program').filter((e) => e.transport === channel);
  const server = programs.find((e) => e.role === 'server')!;
  const client = programs.find((e) => e.role === 'client')!;
  assert.match(String(client.lang), clientLang);
  assert.notEqual(client.pid, server.pid);
  const spawns = new Map(named(r.events, 'spawn').map((e) => [e.pid, e]));
  for (const p of [server, client]) {
    assert.equal(spawns.get(p.pid)?.ppid, lesson, 'both are proc-lab children, not each other’s');
  }
  const messages = named(r.events, 'message').filter((e) => e.channel === channel);
  assert.ok(messages.length > 0 && messages.length <= 3, 'a sample of the messages');
  for (const m of messages) {
    assert.equal(m.from, client.pid);
    assert.equal(m.to, server.pid, 'the answer came from the server program');
    assert.ok(Number(m.ms) > 0);
  }
  const requests = named(r.events, 'measure').find((e) => e.name === `cross-${channel}-requests`);
  assert.equal(requests?.value, count);
}

describe('lesson: ipc cross over HTTP', () => {
  it('a Node server and a Python client, separate programs on 127.0.0.1', {
    skip: hasPython ? false : 'python3 is not installed here',
  }, async () => {
    const r = await run(['ipc', 'cross', '--json', '--fast', '--messages', '40'], { env: noRedis });
    checkExchange(r, 'http', 40, /^Python 3/);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('without python3, a second Node program is the client', async () => {
    const env = { ...noRedis, PROC_LAB_PYTHON: '/nonexistent/python3' };
    const r = await run(['ipc', 'cross', '--json', '--fast', '--messages', '25'], { env });
    checkExchange(r, 'http', 25, /^Node v\d+/);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });
});

describe('lesson: ipc cross through Redis', () => {
  let url = '';
  let why = '';
  let redis: TestRedis | undefined;

  before(async () => {
    redis = await sharedRedis();
    ({ url, why } = redis);
  });

  after(async () => {
    await redis?.stop();
  });

  /** Keys this run left under its own prefix (proc-lab:<lesson pid>:...). */
  async function keysLeft(r: RunResult): Promise<string[]> {
    const redis = createClient({ url });
    redis.on('error', () => {});
    await redis.connect();
    const keys = await redis.keys(`proc-lab:${r.events[0]!.pid}:*`);
    redis.destroy();
    return keys;
  }

  for (const [who, env, lang] of [
    ['the Python client (RESP by hand)', {}, hasPython ? /^Python 3/ : /^Node/],
    ['the Node client (@redis/client)', { PROC_LAB_PYTHON: '/nonexistent/python3' }, /^Node/],
  ] as const) {
    it(`a list as the work queue and pub/sub for answers: ${who}`, async (t) => {
      if (!url) return t.skip(why);
      const args = ['ipc', 'cross', '--json', '--fast', '--messages', '30', '--redis', url];
      const r = await run(args, { env: { ...noRedis, ...env } });
      checkExchange(r, 'redis', 30, lang);
      const [broker] = named(r.events, 'broker');
      assert.match(String(broker?.version), /^\d+\./);
      assert.ok(Number(broker?.brokerPid) > 0);
      assert.deepEqual(await keysLeft(r), [], 'the job list is gone');
      assert.deepEqual(await settle(r.tag, r.pids), []);
    });
  }

  it('REDIS_URL in the environment works like --redis', async (t) => {
    if (!url) return t.skip(why);
    const r = await run(['ipc', 'cross', '--json', '--fast', '--messages', '5'], {
      env: { REDIS_URL: url },
    });
    checkExchange(r, 'redis', 5, /./);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });
});

describe('lesson: ipc with a bad Redis URL', () => {
  const cases: [string, string[], Record<string, string | undefined>][] = [
    ['unreachable', ['--redis', 'redis://127.0.0.1:1'], noRedis],
    ['malformed', ['--redis', 'not a url'], noRedis],
    ['not redis://', ['--redis', 'http://127.0.0.1:6379'], noRedis],
    ['unreachable, from REDIS_URL', [], { REDIS_URL: 'redis://127.0.0.1:1' }],
  ];
  for (const [what, args, env] of cases) {
    it(`${what}: exit 1 within seconds, one bilingual line, no process started`, async () => {
      const r = await run(['ipc', 'cross', '--json', '--fast', ...args], {
        env,
        timeoutMs: 15_000,
      });
      assert.equal(r.code, 1, r.stderr);
      // The failure itself must be quick; proc-lab's own start-up is measured beside it, since
      // on a machine this busy (tests run under load) starting Node alone can take seconds.
      const start = await run(['ipc', 'queue', '--producers', '0'], { env: noRedis });
      assert.equal(start.code, 2);
      assert.ok(
        r.ms < start.ms + 5000,
        `took ${Math.round(r.ms)} ms, start-up ${Math.round(start.ms)}`,
      );
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0]!, /Redis/);
      assert.ok(hasChinese(lines[0]!));
      assert.equal(named(r.events, 'spawn').length, 0);
      assert.deepEqual(await settle(r.tag, r.pids), []);
    });
  }

  it('the whole lesson fails before its first part, too', async () => {
    const r = await run(['ipc', '--json', '--fast', '--redis', 'redis://127.0.0.1:1'], {
      env: noRedis,
    });
    assert.equal(r.code, 1);
    assert.equal(named(r.events, 'section').length, 0);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });
});
