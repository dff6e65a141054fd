/**
 * The `ipc` lesson beside CPython: the Manager's lost updates (issue 10, item 1). Runs CPython when
 * python3 is installed (CI installs it) and says why it skips otherwise; the no-Python path is
 * taken on purpose with PROC_LAB_PYTHON naming an interpreter that does not exist.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { type Event, run, settle, unwrap } from './helpers/cli.js';

const named = (events: readonly Event[], name: string) => events.filter((e) => e.event === name);
const env = { REDIS_URL: undefined };
const hasPython = spawnSync('python3', ['--version']).status === 0;
const skip = hasPython ? false : 'python3 is not installed here';

describe('lesson: ipc manager beside CPython', () => {
  it("CPython's Manager loses d['c'] += 1 updates without m.Lock() and is exact with it", {
    skip,
  }, async () => {
    const r = await run(['ipc', 'manager', '--json', '--fast', '--producers', '3'], {
      env,
      timeoutMs: 180_000,
    });
    assert.equal(r.code, 0, r.stderr);
    const runs = named(r.events, 'cpython').filter((e) => e.topic === 'manager');
    assert.deepEqual(
      runs.map((e) => e.lock),
      [false, true],
      'one event per run',
    );
    const [free, locked] = runs as [Event, Event];
    for (const e of runs) {
      assert.equal(e.expected, 3 * 200);
      assert.equal(e.lost, Number(e.expected) - Number(e.actual));
      assert.equal((e.pids as number[]).length, 3, 'three worker processes');
      assert.ok(Number(e.serverThreads) >= 3, `a thread per connection: ${e.serverThreads}`);
      assert.ok(Number(e.managerPid) > 0 && e.managerPid !== e.pid);
    }
    assert.equal(locked.actual, locked.expected, 'exact with m.Lock()');
    assert.ok(Number(free.actual) < Number(free.expected), `lost none: ${free.actual}`);
    // proc-lab's own manager, whose increment is one request, is exact in the same run.
    const [state] = named(r.events, 'manager-state');
    assert.equal(state?.counter, state?.expected);
    const [v] = named(r.events, 'verdict').filter((e) => e.name === 'manager-lost-updates');
    assert.equal(v?.holds, true);
    assert.equal(v?.actual, free.actual);
    assert.equal(v?.locked, locked.actual);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('prose agrees with the counts, in both languages', { skip }, async () => {
    const r = await run(['ipc', 'manager', '--fast', '--producers', '1', '--lang', 'en'], { env });
    assert.equal(r.code, 0, r.stderr);
    // One process cannot race itself: the lesson must not claim lost updates.
    assert.match(unwrap(r.stdout), /CPython, no lock: d\["c"\] = 200 \(expected 200, 0 lost\)/);
    assert.match(unwrap(r.stdout), /This run does not show it/);
    assert.match(unwrap(r.stdout), /With one process \(--producers 1\)/);
    assert.doesNotMatch(r.stdout, /updates were lost/);
    const zh = await run(['ipc', 'manager', '--fast', '--lang', 'zh'], { env });
    assert.equal(zh.code, 0, zh.stderr);
    assert.match(unwrap(zh.stdout), /CPython，不加锁：d\["c"\] = \d+（应为 600，丢了 [1-9]\d*）/);
    assert.match(unwrap(zh.stdout), /不加锁时丢了 [1-9]\d* 次更新/);
    assert.deepEqual(await settle(r.tag, r.pids), []);
    assert.deepEqual(await settle(zh.tag, zh.pids), []);
  });

  it('without python3: no cpython event, and the screen says what CPython does', async () => {
    const r = await run(['ipc', 'manager', '--fast', '--lang', 'en'], {
      env: { ...env, PROC_LAB_PYTHON: 'no-such-python3' },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(unwrap(r.stdout), /There is no python3 here/);
    assert.match(unwrap(r.stdout), /python3 \S+ipc-manager\.py nolock 3 2000/);
    const j = await run(['ipc', 'manager', '--fast', '--json'], {
      env: { ...env, PROC_LAB_PYTHON: 'no-such-python3' },
    });
    assert.equal(j.code, 0, j.stderr);
    assert.deepEqual(named(j.events, 'cpython'), []);
    assert.deepEqual(named(j.events, 'verdict'), []);
    assert.deepEqual(await settle(j.tag, j.pids), []);
  });

  it('SIGINT while CPython counts: exit 130, no Python process of ours left', {
    skip,
  }, async () => {
    const r = await run(['ipc', 'manager', '--json', '--messages', '20000'], {
      env,
      onEvent: (e, child) => {
        // The Node clients are done once manager-state arrives; CPython runs next.
        if (e.event === 'spawn' && String(e.name).startsWith('cpython-')) {
          setTimeout(() => child.kill('SIGINT'), 800);
        }
      },
    });
    assert.equal(r.code, 130, r.stderr);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });
});
