/**
 * The processes lesson tells only what this run shows: CPython beside Node (when python3 is
 * installed), and conclusions that agree with the numbers beside them, checked while two busy
 * loops keep both cores of a small machine occupied.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import type { StartCost } from '../src/lessons/processes/cost.js';
import type { ForkMemory } from '../src/lessons/processes/memory.js';
import { MIN_SPEEDUP } from '../src/lessons/processes/multicore.js';
import type { ThreadException } from '../src/lessons/processes/stability.js';
import { COSTLIER } from '../src/lessons/processes/switch.js';
import { findPython } from '../src/runtime/python.js';
import { type Event, run, settle, unwrap } from './helpers/cli.js';

const named = (events: Event[], name: string) => events.filter((e) => e.event === name);
const noPython = findPython() === undefined && 'no python3: the CPython side is not run';
const verdictOf = (ev: Event[], name: string) => named(ev, 'verdict').find((e) => e.name === name);

describe('processes: CPython beside Node', { skip: noPython }, () => {
  it('cow, thread-exception and start-cost: CPython’s own results, as measured', async () => {
    const r = await run(['processes', 'memory', 'stability', 'cost', '--json', '--fast'], {
      timeoutMs: 120_000,
    });
    assert.equal(r.code, 0, r.stderr);
    const py = new Map(named(r.events, 'cpython').map((e) => [e.topic, e] as const));

    // The child changed its copy of the parent's very variable; copy-on-write shows in its
    // private memory, not in its RSS.
    const cow = py.get('cow') as unknown as ForkMemory;
    assert.ok(cow, 'a cow event');
    assert.deepEqual(cow.counter, { child: 999, parent: 100 });
    assert.deepEqual(cow.byte, { child: 2, parent: 1 });
    assert.equal(cow.sameAddress, true);
    if (process.platform === 'linux') {
      const grew = cow.after!.private - cow.before!.private;
      assert.ok(grew >= 0.8 * cow.bytes, `private memory grew by ${grew} of ${cow.bytes}`);
      assert.ok(cow.after!.rss - cow.before!.rss < 0.5 * cow.bytes, 'RSS counts shared pages too');
    }

    // An uncaught exception ends only its thread; os._exit, a fatal signal and a native crash
    // end the whole program.
    const te = py.get('thread-exception') as unknown as ThreadException;
    assert.ok(te, 'a thread-exception event');
    assert.deepEqual(te.cases.raise!.code, 0);
    assert.equal(te.cases.raise!.mainFinished, true);
    assert.match(te.cases.raise!.error, /ValueError/);
    assert.deepEqual(
      ['os-exit', 'signal', 'segfault'].map((k) => [te.cases[k]!.code, te.cases[k]!.mainFinished]),
      [
        [3, false],
        [-15, false],
        [-11, false],
      ],
    );

    // Start costs: a CPython thread is far cheaper than a spawned interpreter, and the verdict on
    // their order agrees with the figures it names.
    const sc = py.get('start-cost') as unknown as StartCost;
    assert.ok(sc.threadMs > 0 && sc.forkMs > 0 && sc.spawnMs > 0);
    assert.ok(sc.threadMs < sc.spawnMs);
    const order = verdictOf(r.events, 'cpython-start-order')!;
    assert.equal(order.holds, sc.threadMs < sc.forkMs && sc.forkMs < sc.spawnMs);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('prose: CPython’s rows are on screen in both languages', async () => {
    const r = await run(['processes', 'stability', '--fast'], { timeoutMs: 60_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /CPython 3\.\d+/);
    assert.match(r.stdout, /os\._exit\(3\): the whole program ended \(exit code 3\)/);
    assert.match(r.stdout, /线程调用 os\._exit\(3\)：整个程序结束了（退出码 3）/);
    assert.match(r.stdout, /SIGSEGV/);
  });
});

describe('processes without python3', () => {
  it('says what CPython does and how to see it', async () => {
    const env = { PROC_LAB_PYTHON: 'proc-lab-no-such-python' };
    const r = await run(['processes', 'memory', 'stability', '--fast', '--lang', 'en'], { env });
    assert.equal(r.code, 0, r.stderr);
    // The prose wraps at 80 columns, and a long clone path moves where the lines break.
    const prose = unwrap(r.stdout);
    assert.match(prose, /In CPython an uncaught exception ends only its own thread/);
    assert.match(prose, /python3 \S+thread-exception\.py/);
    assert.match(prose, /python3 \S+fork-memory\.py/);
    assert.match(prose, /forkserver/);
    const j = await run(['processes', 'memory', 'stability', '--fast', '--json'], { env });
    assert.equal(named(j.events, 'cpython').length, 0);
  });
});

describe('processes under load: conclusions follow the numbers', () => {
  const loops: ChildProcess[] = [];
  before(() => {
    // Two busy loops keep both cores of a 2-core machine occupied while the lesson measures.
    for (let i = 0; i < 2; i++) {
      loops.push(spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
    }
  });
  after(async () => {
    for (const l of loops) l.kill('SIGKILL');
    await Promise.all(
      loops.map((l) =>
        l.exitCode !== null || l.signalCode !== null ? null : new Promise((r) => l.once('exit', r)),
      ),
    );
  });

  it('--json: each verdict agrees with the values it compared and the measure events', async () => {
    const r = await run(['processes', 'multicore', 'cost', 'switch', '--json', '--fast'], {
      timeoutMs: 180_000,
    });
    assert.equal(r.code, 0, r.stderr);
    const ev = r.events;
    const measure = (name: string) => named(ev, 'measure').find((e) => e.name === name)!;

    const mc = verdictOf(ev, 'multicore-speedup')!;
    assert.equal(mc.speedup, measure('speedup').value);
    assert.equal(mc.oneMs, measure('primes-1-process').ms);
    assert.equal(mc.holds, Number(mc.processes) > 1 && Number(mc.speedup) >= MIN_SPEEDUP);
    assert.equal(typeof mc.load, 'number');

    const start = verdictOf(ev, 'start-process-costlier')!;
    assert.equal(start.holds, Number(start.processMs) > Number(start.threadMs));
    assert.ok(Math.abs(Number(start.processMs) - Number(measure('start-process').ms)) < 0.01);

    const sw = verdictOf(ev, 'switch-process-costlier')!;
    assert.equal(sw.processUs, measure('switch-process-rtt').us);
    assert.equal(sw.threadUs, measure('switch-thread-rtt').us);
    assert.equal(sw.holds, Number(sw.ratio) >= COSTLIER);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('prose: the conclusion printed is the one the printed numbers support', async () => {
    const r = await run(['processes', 'multicore', 'switch', '--fast', '--lang', 'en'], {
      timeoutMs: 180_000,
    });
    assert.equal(r.code, 0, r.stderr);
    r.stdout = unwrap(r.stdout); // prose is wrapped to the width
    const speedup = Number(/speed-up ([\d.]+)× \(ideal/.exec(r.stdout)![1]);
    const cores = Number(/ideal (\d+)×/.exec(r.stdout)![1]);
    const shows = /This run’s numbers show it/.test(r.stdout);
    const notShown = /This run’s numbers do not show it|This machine has 1 core/.test(r.stdout);
    assert.notEqual(shows, notShown, 'exactly one of the two conclusions');
    assert.equal(shows, cores > 1 && speedup >= MIN_SPEEDUP, `speed-up ${speedup}`);
    if (!shows) {
      // The reason is named with measured figures, and a rerun suggested.
      assert.match(r.stdout, /load average of [\d.]+ on \d+ cores/);
      assert.match(r.stdout, /Run it again/);
    }
    assert.doesNotMatch(r.stdout, /finishes sooner/);

    const rtt = [...r.stdout.matchAll(/: ([\d.]+) (µs|ms) per round trip/g)].map(
      (m) => Number(m[1]) * (m[2] === 'ms' ? 1000 : 1),
    );
    assert.equal(rtt.length, 2);
    const [p, t] = rtt as [number, number];
    const slower = /between processes was slower than between threads/.test(r.stdout);
    const same = /did not clearly differ/.test(r.stdout);
    assert.notEqual(slower, same);
    // The printed figures are rounded: allow for that at the boundary.
    if (Math.abs(p / t - COSTLIER) > 0.02) assert.equal(slower, p / t >= COSTLIER);
  });
});
