/**
 * The `ipc mpqueue` part: one queue (one pipe) shared by producer and consumer processes, CPython's
 * multiprocessing.Queue beside it (its feeder thread, join() before get() with a timeout), and the
 * same deadlock in Node. CPython runs when python3 is installed (CI installs it), else it skips
 * and says why; the no-Python path is taken on purpose with PROC_LAB_PYTHON.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { type Event, interruptAt, run, settle, unwrap } from './helpers/cli.js';

const named = (events: readonly Event[], name: string) => events.filter((e) => e.event === name);
const env = { REDIS_URL: undefined };
const hasPython = spawnSync('python3', ['--version']).status === 0;
const noPython = { ...env, PROC_LAB_PYTHON: 'no-such-python3' };

describe('lesson: ipc mpqueue', () => {
  it('--json: every message taken exactly once by one of two consumers; a blocked writer', async () => {
    const r = await run(['ipc', 'mpqueue', '--json', '--fast', '--producers', '3'], {
      env: noPython,
    });
    assert.equal(r.code, 0, r.stderr);
    const lesson = r.events[0]!.pid!;
    const spawns = named(r.events, 'spawn');
    const producers = spawns.filter((e) => e.name === 'ipc-mpqueue-producer');
    const consumers = spawns.filter((e) => e.name === 'ipc-mpqueue-consumer');
    assert.equal(producers.length, 3 + 1, 'three sharing one queue, one blocked');
    assert.equal(consumers.length, 2 + 1, 'two sharing one queue, one draining');
    for (const e of [...producers, ...consumers]) assert.equal(e.ppid, lesson, 'siblings');

    const taken = named(r.events, 'mpqueue');
    assert.deepEqual(
      taken.map((e) => e.pid).sort(),
      consumers
        .slice(0, 2)
        .map((e) => e.pid)
        .sort(),
    );
    let total = 0;
    for (const p of producers.slice(0, 3)) {
      const from = taken.map(
        (t) => (t.from as Record<string, { took: number; seqSum: number }>)[String(p.pid)],
      );
      const took = from.reduce((s, f) => s + (f?.took ?? 0), 0);
      const sum = from.reduce((s, f) => s + (f?.seqSum ?? 0), 0);
      assert.equal(took, 200, `all of PID ${p.pid}'s messages`);
      assert.equal(sum, (200 * 199) / 2, 'each sequence number once');
      total += took;
    }
    for (const t of taken) assert.equal(t.partial, 0, 'every read was one whole message');
    const measures = new Map(named(r.events, 'measure').map((e) => [e.name, e.value]));
    assert.equal(measures.get('mpqueue-taken'), total);
    assert.equal(measures.get('mpqueue-partial-reads'), 0);

    const [blocked] = named(r.events, 'mpqueue-blocked');
    assert.equal(blocked?.pid, producers[3]!.pid);
    assert.equal(blocked?.endedBeforeDrain, false, 'it could not end before someone read');
    assert.equal(blocked?.state, 'S', 'asleep in the kernel, waiting for room');
    assert.equal(blocked?.drained, 1024 * 1024);
    assert.equal(blocked?.code, 0, 'and ended once drained');
    assert.deepEqual(named(r.events, 'cpython'), [], 'PROC_LAB_PYTHON named no interpreter');
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('CPython: one Queue, its QueueFeederThread, and join() before get() timing out', {
    skip: hasPython ? false : 'python3 is not installed here',
  }, async () => {
    const r = await run(['ipc', 'mpqueue', '--json', '--fast'], { env, timeoutMs: 180_000 });
    assert.equal(r.code, 0, r.stderr);
    const [py] = named(r.events, 'cpython').filter((e) => e.topic === 'mpqueue');
    assert.ok(py, 'one cpython event');
    const consumers = py.consumers as { pid: number; took: number }[];
    assert.equal(consumers.length, 2);
    assert.equal(
      consumers.reduce((s, c) => s + c.took, 0),
      py.expected,
    );
    assert.ok((py.producerThreads as string[]).includes('QueueFeederThread'));
    const small = py.small as Record<string, unknown>;
    const large = py.large as Record<string, unknown>;
    assert.equal(small.aliveAfterJoin, false, 'a 1 KiB item fits into the pipe: the child ends');
    assert.equal(large.aliveAfterJoin, true, 'a 1 MiB item does not: join() times out');
    assert.equal(large.exitcodeAfterJoin, null);
    assert.equal(large.exitcodeAfterGet, 0, 'it ends once the parent get()s');
    const [v] = named(r.events, 'verdict').filter((e) => e.name === 'mpqueue-join-before-get');
    assert.equal(v?.holds, true);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('without python3 the screen says what CPython does and how to see it', async () => {
    const r = await run(['ipc', 'mpqueue', '--fast', '--lang', 'en'], { env: noPython });
    assert.equal(r.code, 0, r.stderr);
    r.stdout = unwrap(r.stdout); // prose is wrapped to the width
    assert.match(r.stdout, /There is no python3 here/);
    assert.match(r.stdout, /python3 \S+ipc-mpqueue\.py 3 200 1\.0/);
    assert.match(r.stdout, /has not ended: state S/);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('SIGINT while the 1 MiB writer is blocked: exit 130, nothing of ours left', async () => {
    let n = 0;
    const fourth = (e: Event) =>
      e.event === 'spawn' && e.name === 'ipc-mpqueue-producer' && ++n === 4;
    const r = await interruptAt(['ipc', 'mpqueue', '--json'], fourth, { env: noPython });
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('SIGINT while CPython runs its queues: exit 130, no Python process left', {
    skip: hasPython ? false : 'python3 is not installed here',
  }, async () => {
    const r = await interruptAt(
      ['ipc', 'mpqueue', '--json', '--messages', '20000'],
      (e) => e.event === 'spawn' && String(e.name).startsWith('cpython-'),
      { env },
    );
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });
});
