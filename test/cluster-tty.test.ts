/**
 * `pool cluster` in a real terminal (tmux): `--reset` asks before it deletes anything, and the
 * live picture (timeline rows, Redis's view) fits 80 columns in both languages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient } from '@redis/client';
import { displayWidth } from '../src/ui/format.js';
import { uniqueQueue } from './helpers/cluster.js';
import { sharedRedis, type TestRedis } from './helpers/redis.js';
import { hasTmux, Terminal } from './helpers/tty.js';

describe('pool cluster in a terminal', { skip: hasTmux ? false : 'tmux is not installed' }, () => {
  let redis: TestRedis;
  before(async () => {
    redis = await sharedRedis();
  });
  after(() => redis.stop());

  /** A stale worker entry the reset would delete; true if it is still there. */
  async function seeded(queue: string, write: boolean): Promise<boolean> {
    const client = createClient({ url: redis.url });
    client.on('error', () => {});
    await client.connect();
    try {
      const key = `proc-lab:cluster:${queue}:info`;
      if (write) await client.hSet(key, 'ghost:1', '{}');
      return (await client.hExists(key, 'ghost:1')) === 1;
    } finally {
      client.destroy();
    }
  }

  for (const [answer, kept] of [
    ['n', true],
    ['y', false],
  ] as const) {
    it(`--reset asks first; answering ${answer} ${kept ? 'keeps' : 'clears'} the queue`, async (t) => {
      if (!redis.url) return t.skip(redis.why);
      const queue = uniqueQueue(`tty-${answer}`);
      await seeded(queue, true);
      const term = new Terminal(
        ['pool', 'cluster', '--fast', '--lang', 'en', '--tasks', '2', '--reset', '--queue', queue],
        { width: 80, env: { REDIS_URL: redis.url } },
      );
      try {
        await term.waitFor(/Clear queue [\s\S]*\(y\/N\)/);
        assert.equal(await seeded(queue, false), true, 'nothing deleted before the answer');
        term.keys(answer, 'Enter');
        const screen = await term.waitFor(/__EXIT=\d+/, 30_000);
        assert.equal(await term.exitCode(), 0, screen);
        assert.match(screen, kept ? /left as it was/ : /queue \S+ cleared: \d+ keys deleted/);
        assert.equal(await seeded(queue, false), kept);
      } finally {
        term.close();
      }
    });
  }

  it('the live picture fits 80 columns with --lang both', async (t) => {
    if (!redis.url) return t.skip(redis.why);
    const queue = uniqueQueue('tty-wide');
    const term = new Terminal(
      ['pool', 'cluster', '--fast', '--tasks', '9', '--kill-one', '--queue', queue],
      { width: 80, height: 60, env: { REDIS_URL: redis.url } },
    );
    try {
      const screen = await term.waitFor(/__EXIT=\d+/, 40_000);
      assert.equal(await term.exitCode(), 0, screen);
      const picture = screen
        .split('\n')
        .filter((l) => /[┴━┄]|PEL|Redis 的视图|Redis’s view|生产者已收到|the producer has/.test(l));
      assert.ok(picture.length >= 8, screen);
      for (const line of picture)
        assert.ok(displayWidth(line) <= 80, `${displayWidth(line)}: ${line}`);
      assert.match(screen, /0\.00s/);
      assert.match(screen, /✗/, 'the killed task is marked');
      assert.match(screen, /↻/, 'the task taken over is marked');
    } finally {
      term.close();
    }
  });
});
