/** The `processes` lesson from its --json events, and the process table after it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasChinese } from '../src/i18n/index.js';
import { type Event, interruptAt, run, settle } from './helpers/cli.js';

const named = (events: Event[], name: string) => events.filter((e) => e.event === name);

describe('lesson: processes', () => {
  it('--json: PIDs, separate memory, stability, multi-core, cost and switches, from real children', async () => {
    const r = await run(['processes', '--json', '--fast', '--children', '4'], {
      timeoutMs: 120_000,
    });
    assert.equal(r.code, 0, r.stderr);
    const ev = r.events;
    const cli = ev[0]!;
    assert.equal(cli.event, 'lesson-start');
    assert.equal(cli.lesson, 'processes');
    assert.deepEqual(
      named(ev, 'section').map((e) => e.id),
      ['pids', 'memory', 'stability', 'multicore', 'cost', 'switch'],
    );
    assert.equal(ev.at(-1)!.event, 'lesson-end');
    for (let i = 1; i < ev.length; i++) assert.ok(ev[i]!.t >= ev[i - 1]!.t, 't never goes back');

    // 1. PIDs: four distinct children of the main process, each exited.
    const reports = named(ev, 'report');
    assert.equal(reports.length, 4);
    assert.equal(new Set(reports.map((e) => e.pid)).size, 4);
    for (const e of reports) {
      assert.equal(e.ppid, cli.pid);
      assert.notEqual(e.pid, cli.pid);
    }
    const spawned = new Set(named(ev, 'spawn').map((e) => e.pid));
    const exited = new Set(named(ev, 'exit').map((e) => e.pid));
    for (const e of named(ev, 'spawn')) assert.equal(e.ppid, cli.pid);
    assert.deepEqual(exited, spawned, 'every spawned child exited');

    // 2. Memory: the child's change is not seen by the parent (read after the child's report);
    // the threads share the SharedArrayBuffer but not the ordinary object.
    const memory = named(ev, 'memory');
    const child = memory.find((e) => e.where === 'child')!;
    assert.equal(child.value, 999);
    assert.notEqual(child.pid, cli.pid);
    const parentAfter = memory.find((e) => e.where === 'parent-after')!;
    assert.ok(parentAfter.t >= child.t, 'the parent reads its counter after the child changed');
    assert.equal(parentAfter.value, 100);
    const threads = memory.filter((e) => String(e.where).startsWith('thread'));
    assert.equal(threads.length, 2);
    for (const e of threads) {
      assert.equal(e.pid, cli.pid, 'threads run inside the main process');
      assert.equal(e.value, 42);
    }
    const main = memory.find((e) => e.where === 'main-thread')!;
    assert.equal(main.value, 42, 'the SharedArrayBuffer is shared');
    assert.equal(main.plain, 0, 'the ordinary object was copied into the Worker');

    // 3. Stability: exit 1 (throw), exit 3, SIGKILL; the parent lives on.
    const outcomes = named(ev, 'exit')
      .filter((e) => e.name === 'crash')
      .map((e) => e.signal ?? e.code)
      .sort();
    assert.deepEqual(outcomes, [1, 3, 'SIGKILL']);
    assert.equal(named(ev, 'alive')[0]!.pid, cli.pid);
    // Node Workers: a listened-for throw ends the Worker only, an unlistened one the program;
    // process.exit(3) in a Worker ends the Worker only.
    const endings = new Map(named(ev, 'thread-ending').map((e) => [e.case, e] as const));
    assert.equal(endings.get('throw-listened')?.mainFinished, true);
    assert.equal(endings.get('throw-listened')?.workerCode, 1);
    assert.equal(endings.get('throw-unlistened')?.mainFinished, false);
    assert.equal(endings.get('throw-unlistened')?.code, 1);
    assert.equal(endings.get('exit')?.workerCode, 3);
    assert.equal(endings.get('exit')?.mainFinished, true);

    // 4 and 5. Measurements exist and are plausible (no timing asserted on a shared machine).
    const measure = (name: string) => named(ev, 'measure').find((e) => e.name === name);
    assert.ok(Number(measure('primes-1-process')!.ms) > 0);
    assert.ok(Number(measure('speedup')!.value) > 0);
    assert.ok(Number(measure('start-process')!.ms) > 0);
    assert.ok(Number(measure('start-thread')!.ms) > 0);
    assert.ok(Number(measure('memory-process')!.bytes) > 1024 * 1024);
    assert.equal(named(ev, 'measure').filter((e) => e.name === 'function-call').length, 0);

    // 6. Switches: both round trips timed; on Linux each side's counts from the kernel.
    assert.ok(Number(measure('switch-process-rtt')!.us) > 0);
    assert.ok(Number(measure('switch-thread-rtt')!.us) > 0);
    const counts = named(ev, 'ctxt-switches');
    assert.equal(counts.length, 4);
    const spawnedPids = new Set(named(ev, 'spawn').map((e) => e.pid));
    for (const c of counts.filter((e) => e.mode === 'process')) assert.ok(spawnedPids.has(c.pid));
    for (const c of counts.filter((e) => e.mode === 'thread')) {
      assert.equal(c.pid, cli.pid);
      if (process.platform === 'linux') assert.notEqual(c.tid, cli.pid, 'a thread of its own');
    }
    if (process.platform === 'linux') {
      for (const c of counts) {
        // A blocked read() sleeps: every side is switched out at least once per few rounds.
        const total = Number(c.voluntary) + Number(c.nonvoluntary);
        assert.ok(total >= 0.5 * Number(c.rounds), `switches ${total} for ${c.rounds} rounds`);
        assert.ok(Number(c.voluntary) > 0);
      }
    }

    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('--lang en prints no Chinese; --lang zh prints no English sentences', async () => {
    const en = await run(['processes', 'pids', 'stability', '--fast', '--lang', 'en']);
    assert.equal(en.code, 0, en.stderr);
    assert.ok(!hasChinese(en.stdout));
    assert.match(en.stdout, /PPID/);
    const zh = await run(['processes', 'pids', 'stability', '--fast', '--lang', 'zh']);
    assert.equal(zh.code, 0, zh.stderr);
    // An English sentence: a capital, then several lower-case words. PIDs, "ps" and code may stay.
    assert.doesNotMatch(zh.stdout, /\b[A-Z][a-z]+(?: [a-z]+){3,}/);
    assert.ok(hasChinese(zh.stdout));
  });

  for (const moment of ['spawn', 'report', 'memory', 'alive', 'measure']) {
    it(`SIGINT at the first '${moment}' event: exit 130, nothing of ours remains`, async () => {
      const r = await interruptAt(['processes', '--json', '--fast'], moment);
      assert.deepEqual(await settle(r.tag, r.pids), []);
    });
  }

  it('SIGTERM and SIGHUP also end every child', async () => {
    for (const [signal, code] of [
      ['SIGTERM', 143],
      ['SIGHUP', 129],
    ] as const) {
      const r = await run(['processes', 'pids', '--json'], {
        onEvent: (e, child) => {
          if (e.event === 'report') child.kill(signal);
        },
      });
      assert.equal(r.code, code, signal);
      assert.deepEqual(await settle(r.tag, r.pids), []);
    }
  });
});
