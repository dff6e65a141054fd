/** The `ipc` lesson's local parts (queue, pipe, manager, shm, choose) from their --json events. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, it } from 'node:test';
import { hasChinese } from '../src/i18n/index.js';
import { type Event, interruptAt, type RunResult, run, settle } from './helpers/cli.js';

const named = (events: readonly Event[], name: string) => events.filter((e) => e.event === name);
const measure = (events: readonly Event[], name: string) =>
  Number(named(events, 'measure').find((e) => e.name === name)?.value);
/** Never let a REDIS_URL of the environment turn these runs into Redis runs. */
const env = { REDIS_URL: undefined };

/** Temporary directories a run left (the lesson names them proc-lab-<what>-<its PID>-...). */
const tempLeft = (r: RunResult) =>
  readdirSync(tmpdir()).filter(
    (f) => f.startsWith('proc-lab-') && f.includes(`-${r.events[0]!.pid}-`),
  );

/** PIDs of this run: the lesson process and every child it spawned, by name. */
function ours(r: RunResult) {
  const lesson = r.events[0]!.pid!;
  const byPid = new Map<number, string>([[lesson, 'proc-lab']]);
  for (const e of named(r.events, 'spawn')) byPid.set(e.pid!, String(e.name));
  return { lesson, byPid };
}

describe('lesson: ipc (local parts)', () => {
  it('--json: queue, pipe, manager and shm cross real process boundaries', async () => {
    const args = ['ipc', 'queue', 'pipe', 'manager', 'shm', 'choose', '--json', '--fast'];
    const r = await run([...args, '--producers', '3', '--messages', '150'], { env });
    assert.equal(r.code, 0, r.stderr);
    const ev = r.events;
    const { lesson, byPid } = ours(r);
    assert.deepEqual(
      named(ev, 'section').map((e) => e.id),
      ['queue', 'pipe', 'manager', 'shm', 'choose'],
    );

    // Every message names two different processes of this run.
    const messages = named(ev, 'message');
    for (const m of messages) {
      assert.notEqual(m.from, m.to, JSON.stringify(m));
      assert.ok(byPid.has(m.from as number) && byPid.has(m.to as number), JSON.stringify(m));
      assert.ok(Number(m.bytes) > 0 && Number(m.ms) >= 0);
    }

    // queue: 3 × 150 messages, each producer's order kept; only a sample became events.
    const queued = messages.filter((m) => m.channel === 'ipc-queue');
    assert.equal(new Set(queued.map((m) => m.from)).size, 3);
    assert.ok(queued.length <= 9, 'a sample, not a flood');
    for (const m of queued) {
      assert.equal(m.to, lesson);
      assert.equal(byPid.get(m.from as number), 'ipc-producer');
    }
    assert.equal(measure(ev, 'queue-messages'), 450);
    assert.equal(measure(ev, 'queue-out-of-order'), 0);
    assert.ok(measure(ev, 'queue-throughput') > 0);
    assert.ok(measure(ev, 'queue-rtt-median') > 0);
    assert.ok(measure(ev, 'queue-rtt-p99') >= measure(ev, 'queue-rtt-median'));

    // pipe: records go writer → reader, siblings; the slow reader held the writer back; EPIPE.
    const piped = messages.filter((m) => m.channel === 'pipe');
    assert.ok(piped.length > 0);
    for (const m of piped) {
      assert.equal(byPid.get(m.from as number), 'ipc-pipe-writer');
      assert.equal(byPid.get(m.to as number), 'ipc-pipe-reader');
    }
    for (const e of named(ev, 'spawn').filter((s) => String(s.name).startsWith('ipc-pipe'))) {
      assert.equal(e.ppid, lesson, 'writer and reader are siblings, children of proc-lab');
    }
    assert.ok(measure(ev, 'pipe-throughput') > 0);
    assert.ok(measure(ev, 'pipe-writer-waited') > 0, 'the writer waited for the slow reader');
    assert.ok(measure(ev, 'pipe-first-wait-after') > 0);
    const [epipe] = named(ev, 'epipe');
    assert.equal(epipe?.code, 'EPIPE');
    assert.equal(byPid.get(epipe!.pid!), 'ipc-pipe-writer');
    const readerExit = named(ev, 'exit').find((e) => e.pid === epipe!.reader);
    assert.equal(readerExit?.signal, 'SIGKILL', 'the reader died first');

    // manager: the final state is exact; each client's own copy is not the total.
    const [state] = named(ev, 'manager-state');
    assert.equal(state?.expected, 450);
    assert.equal(state?.counter, 450);
    assert.equal(state?.listLength, 450);
    assert.equal(state?.ordered, true);
    assert.equal(byPid.get(state!.pid!), 'ipc-manager');
    const copies = state!.copies as { pid: number; counter: number }[];
    assert.deepEqual(
      copies.map((c) => c.counter),
      [150, 150, 150],
    );
    for (const m of messages.filter((x) => x.channel === 'manager')) {
      assert.equal(m.to, state!.pid);
      assert.equal(byPid.get(m.from as number), 'ipc-manager-client');
    }

    // shm: processes cannot share a SharedArrayBuffer; threads can, and lose updates unlocked.
    const [refused] = named(ev, 'shared-memory');
    assert.equal(refused?.shared, false);
    assert.match(String(refused?.error), /could not be cloned/);
    const lost = new Map(named(ev, 'lost-updates').map((e) => [e.mode, e]));
    const none = lost.get('none')!;
    assert.ok(Number(none.actual) <= Number(none.expected));
    assert.ok(Number(none.actual) > 0);
    for (const mode of ['semaphore', 'atomics-add']) {
      assert.equal(lost.get(mode)!.actual, lost.get(mode)!.expected, mode);
    }
    for (const e of lost.values()) assert.deepEqual(e.pids, [lesson], 'threads of one process');
    const [race] = named(ev, 'verdict').filter((e) => e.name === 'shm-race');
    assert.equal(race?.holds, Number(none.lost) > 0, 'the conclusion follows the count');
    assert.equal(race?.lost, none.lost);

    // choose: a row per mechanism; what ran has numbers, the network rows do not.
    const rows = new Map(named(ev, 'comparison').map((e) => [e.mechanism, e]));
    assert.deepEqual([...rows.keys()], ['queue', 'pipe', 'manager', 'shm', 'http', 'redis']);
    assert.ok(Number(rows.get('queue')!.latencyMs) > 0);
    assert.ok(Number(rows.get('pipe')!.mbPerSecond) > 0);
    assert.equal(rows.get('http')!.latencyMs, undefined);

    const spawned = named(ev, 'spawn').map((e) => e.pid);
    assert.deepEqual(
      new Set(named(ev, 'exit').map((e) => e.pid)),
      new Set(spawned),
      'every child exited',
    );
    assert.deepEqual(await settle(r.tag, r.pids), []);
    assert.deepEqual(tempLeft(r), []);
  });

  it('the unlocked counter loses updates, and the prose says what this run showed', async () => {
    const r = await run(['ipc', 'shm', '--json', '--fast', '--producers', '2'], { env });
    assert.equal(r.code, 0, r.stderr);
    const none = named(r.events, 'lost-updates').find((e) => e.mode === 'none')!;
    const [race] = named(r.events, 'verdict').filter((e) => e.name === 'shm-race');
    assert.equal(race?.holds, Number(none.lost) > 0);
    // On a machine with a core to spare the two threads overlap and lose updates; under heavy
    // load they may take turns, which the lesson then says instead of claiming a loss.
    if (Number(race?.load) < Number(race?.cores)) {
      assert.ok(Number(none.lost) > 0, `lost ${none.lost} of ${none.expected}`);
    }
    const en = await run(['ipc', 'shm', '--fast', '--producers', '2', '--lang', 'en'], { env });
    const row = /no lock\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)/.exec(en.stdout);
    assert.ok(row, en.stdout);
    if (row[3] === '0') assert.match(en.stdout, /This run lost no update without a lock/);
    else assert.match(en.stdout, new RegExp(`Without a lock ${row[3]} updates were lost`));
    assert.deepEqual(await settle(r.tag, r.pids), []);
    assert.deepEqual(await settle(en.tag, en.pids), []);
  });

  it('--lang en prints no Chinese; --lang zh prints no English sentences', async () => {
    const parts = ['ipc', 'queue', 'pipe', 'manager', 'shm', 'choose', '--fast'];
    const en = await run([...parts, '--messages', '40', '--lang', 'en'], { env });
    assert.equal(en.code, 0, en.stderr);
    assert.ok(!hasChinese(en.stdout), en.stdout.split('\n').find(hasChinese));
    assert.match(en.stdout, /EPIPE/);
    const zh = await run([...parts, '--messages', '40', '--lang', 'zh'], { env });
    assert.equal(zh.code, 0, zh.stderr);
    assert.doesNotMatch(zh.stdout, /\b[A-Z][a-z]+(?: [a-z]+){3,}/);
    assert.ok(hasChinese(zh.stdout));
    assert.deepEqual(await settle(en.tag, en.pids), []);
    assert.deepEqual(await settle(zh.tag, zh.pids), []);
  });

  it('bad option values: exit 2 with one bilingual line', async () => {
    for (const bad of [
      ['--producers', '0'],
      ['--producers', '17'],
      ['--messages', '1000001'],
      ['--messages', 'many'],
    ]) {
      const r = await run(['ipc', 'queue', ...bad], { env });
      assert.equal(r.code, 2, bad.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.ok(hasChinese(r.stderr) && /[a-z]{3}/.test(r.stderr));
      assert.equal(r.events.length, 0);
    }
  });

  // Each moment with parts that still have work to do after it.
  const moments: [string[], string][] = [
    [['queue'], 'message'],
    [['pipe'], 'message'],
    [['pipe', 'manager'], 'epipe'],
    [['manager'], 'spawn'],
    [['pipe'], 'spawn'],
    [['shm'], 'lost-updates'],
  ];
  for (const [parts, moment] of moments) {
    it(`SIGINT at the first '${moment}' of ${parts[0]}: exit 130, nothing of ours remains`, async () => {
      const r = await interruptAt(['ipc', ...parts, '--json', '--fast'], moment, { env });
      assert.deepEqual(await settle(r.tag, r.pids), []);
      assert.deepEqual(tempLeft(r), [], 'no FIFO or socket directory left');
    });
  }

  it('SIGTERM while the slow reader holds the writer back ends both', async () => {
    let readers = 0;
    const r = await run(['ipc', 'pipe', '--json'], {
      env,
      onEvent: (e, child) => {
        // The second reader is the slow one; give the writer time to be held back first.
        if (e.event === 'spawn' && e.name === 'ipc-pipe-reader' && ++readers === 2) {
          setTimeout(() => child.kill('SIGTERM'), 150);
        }
      },
    });
    assert.equal(readers, 2);
    assert.equal(r.code, 143, r.stderr);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });
});
