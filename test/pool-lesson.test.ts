/** The `pool` lesson from its --json events, and the process table after it. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { hasChinese } from '../src/i18n/index.js';
import { findPython } from '../src/runtime/python.js';
import { busyCores } from './helpers/busy-cores.js';
import { type Event, interruptAt, run, settle, unwrap } from './helpers/cli.js';

const hasPython = findPython() !== undefined;
const noPython = 'python3 is not installed here: CPython cannot run beside Node';

const named = (events: Event[], name: string) => events.filter((e) => e.event === name);
/** "923 ms" or "1.67 s" as printed, in ms. */
const toMs = (s: string) =>
  s.endsWith(' ms') ? Number.parseFloat(s) : Number.parseFloat(s) * 1000;

/** The events of each pool run, from its pool-start to its pool-end. */
function poolRuns(events: Event[]): Event[][] {
  const runs: Event[][] = [];
  let current: Event[] | undefined;
  for (const e of events) {
    if (e.event === 'pool-start') current = [];
    current?.push(e);
    if (e.event === 'pool-end' && current) {
      runs.push(current);
      current = undefined;
    }
  }
  return runs;
}

/** The most tasks between task-start and task-end at any moment of one run. */
function mostAtOnce(events: Event[]): number {
  let running = 0;
  let most = 0;
  const started = new Set<unknown>();
  for (const e of events) {
    if (e.event === 'task-start') {
      started.add(e.task);
      most = Math.max(most, ++running);
    }
    if (e.event === 'task-end' && started.delete(e.task)) running--;
  }
  return most;
}

const N = 3;
const M = 7;
const T = 150; // --task-ms 1500 with --fast

const verdictOf = (events: Event[], name: string) => {
  const v = named(events, 'verdict').filter((e) => e.name === name);
  assert.equal(v.length, 1, `one ${name} verdict`);
  return v[0]!;
};

/** The verdicts of `apply` and `why` follow from the values they carry, and those are this run's. */
function checkVerdicts(ev: Event[]): void {
  const start = ev.findIndex((e) => e.event === 'section' && e.id === 'apply');
  const end = ev.findIndex((e, i) => i > start && e.event === 'section');
  const [sync, async] = named(ev.slice(start, end < 0 ? undefined : end), 'pool-end');
  assert.deepEqual([sync!.mode, async!.mode], ['sync', 'async']);
  const af = verdictOf(ev, 'async-faster');
  assert.equal(af.syncMs, sync!.ms);
  assert.equal(af.asyncMs, async!.ms);
  assert.equal(af.syncExpectedMs, sync!.expectedMs);
  const gap = Number(af.syncExpectedMs) - Number(af.asyncExpectedMs);
  assert.equal(af.holds, gap > 0 && Number(af.asyncMs) < Number(af.syncMs) - gap / 2);
  const fp = verdictOf(ev, 'pool-fewer-processes');
  const peak = (name: string) => named(ev, 'measure').find((e) => e.name === name)!.peak;
  assert.equal(fp.perTaskPeak, peak('process-per-task'));
  assert.equal(fp.poolPeak, peak('pool'));
  assert.equal(
    fp.holds,
    Number(fp.poolPeak) <= Number(fp.workers) && Number(fp.perTaskPeak) > Number(fp.workers),
  );
  for (const v of [af, fp]) assert.ok(typeof v.load === 'number' && Number(v.cores) >= 1);
}

describe('lesson: pool', () => {
  it('--json: waves of N, callbacks in the main process, apply vs apply_async, close/join/terminate, a dead worker', async () => {
    const r = await run(
      ['pool', '--json', '--fast', '--workers', `${N}`, '--tasks', `${M}`, '--task-ms', '1500'],
      { timeoutMs: 120_000 },
    );
    assert.equal(r.code, 0, r.stderr);
    const ev = r.events;
    const main = ev[0]!.pid;
    assert.deepEqual(
      named(ev, 'section').map((e) => e.id),
      ['material', 'apply', 'timeline', 'why', 'lifecycle', 'crash', 'cluster'],
    );
    const runs = poolRuns(ev);
    // material (async), apply (sync, async), timeline (async), terminate (async), crash (async)
    assert.deepEqual(
      runs.map((x) => x[0]!.mode),
      ['async', 'sync', 'async', 'async', 'async', 'async'],
    );
    for (const events of runs) {
      const start = events[0]!;
      assert.equal(start.workers, N);
      assert.equal((start.pids as number[]).length, N);
      assert.ok(mostAtOnce(events) <= N, 'never more than --workers tasks at once');
      for (const e of named(events, 'task-end'))
        if (e.error === undefined) assert.equal(e.result, (e.task as number) + 100);
      for (const e of named(events, 'callback')) assert.equal(e.pid, main);
      for (const e of named(events, 'task-start')) {
        assert.ok(
          (start.pids as number[]).includes(e.pid as number) ||
            named(events, 'worker-replace').some((w) => w.new === e.pid),
        );
        assert.equal(e.ppid, main);
      }
    }
    // 1. The material's program: "end" before any result; N distinct workers; ⌈M/N⌉ × T.
    const [material, sync, async] = runs;
    const end = named(material!, 'output').find((e) => e.line === 'end')!;
    assert.equal(end.pid, main);
    assert.ok(end.t < named(material!, 'callback')[0]!.t, '"end" comes before any result');
    assert.equal(named(material!, 'callback').length, M);
    for (const x of [material!, async!]) {
      assert.equal(new Set(named(x, 'task-start').map((e) => e.pid)).size, N);
      const pe = named(x, 'pool-end')[0]!;
      assert.equal(pe.expectedMs, Math.ceil(M / N) * T);
      assert.ok(Number(pe.ms) >= 0.95 * Number(pe.expectedMs), `async ${pe.ms} ms`);
      assert.ok(Number(pe.ms) < Number(pe.expectedMs) + 3000, `async ${pe.ms} ms`);
    }
    // 2. apply: one at a time, M × T.
    assert.equal(mostAtOnce(sync!), 1);
    const se = named(sync!, 'pool-end')[0]!;
    assert.equal(se.expectedMs, M * T);
    assert.ok(Number(se.ms) >= 0.95 * M * T && Number(se.ms) < M * T + 4000, `sync ${se.ms} ms`);
    // Whether apply_async was faster in this run is the async-faster verdict's call (checkVerdicts).

    // 4. Why a pool: the pool never has more than N processes; a process per task has more.
    const measure = (name: string) => named(ev, 'measure').find((e) => e.name === name)!;
    assert.ok(Number(measure('pool').peak) <= N && Number(measure('pool').peak) >= 1);
    assert.ok(Number(measure('process-per-task').peak) > N);
    checkVerdicts(ev);
    const limits = measure('process-limits');
    assert.ok(Number(limits.pidMax) > 300, 'pid_max read from /proc');
    assert.ok(limits.perUser === 'unlimited' || Number(limits.perUser) > 0);

    // 5. close/join/terminate.
    assert.deepEqual(
      named(ev, 'refused').map((e) => [e.call, e.error]),
      [
        ['join', 'PoolStateError'],
        ['applyAsync', 'PoolStateError'],
      ],
    );
    assert.equal(measure('close-join').finished, M);
    assert.equal(measure('close-join').left, 0);
    const term = measure('terminate');
    assert.ok(Number(term.lost) > 0, 'terminate() loses the unfinished tasks');
    assert.equal(Number(term.finished) + Number(term.lost), M);
    assert.equal(term.left, 0, 'no worker is left after terminate()');
    assert.equal(term.signal, 'SIGKILL', 'proc-lab kills its workers: its own choice');
    const lost = named(runs[4]!, 'task-end').filter((e) => e.error === 'PoolTerminatedError');
    assert.equal(lost.length, term.lost);
    assert.equal(measure('join').callbacks, M);
    assert.equal(measure('no-join').callbacks, 0, 'without join() no callback runs');
    assert.equal(measure('no-join').lost, M);

    // 6. A worker dies: WorkerLostError for task 1, a replacement, the others finish.
    const crash = runs[5]!;
    const died = named(crash, 'task-end').find((e) => e.task === 1)!;
    assert.equal(died.error, 'WorkerLostError');
    const replace = named(crash, 'worker-replace');
    assert.equal(replace.length, 1);
    assert.equal(replace[0]!.old, died.pid);
    assert.ok(
      named(crash, 'worker-exit').some((e) => e.pid === died.pid && e.signal === 'SIGKILL'),
    );
    const others = named(crash, 'task-end').filter((e) => e.task !== 1);
    assert.equal(others.length, M - 1);
    assert.ok(others.every((e) => e.result === (e.task as number) + 100));

    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('CPython beside Node: terminate() sends SIGTERM and leaves results unready; callbacks run on the result-handler thread', {
    skip: !hasPython && noPython,
  }, async () => {
    const r = await run(
      ['pool', 'material', 'lifecycle', '--json', '--fast', '--tasks', `${M}`, '--task-ms', '1500'],
      { timeoutMs: 120_000 },
    );
    assert.equal(r.code, 0, r.stderr);
    const py = (topic: string) => {
      const e = named(r.events, 'cpython').filter((x) => x.topic === topic);
      assert.equal(e.length, 1, `one cpython ${topic} event`);
      return e[0]!;
    };
    const term = py('terminate');
    assert.equal(term.signal, 'SIGTERM');
    assert.equal(term.total, M);
    assert.ok(Number(term.ready) >= N && Number(term.ready) < M, `ready ${term.ready}`);
    assert.equal(term.getTimedOut, true, 'an unfinished AsyncResult never became ready');
    const cb = py('callback-thread');
    assert.match(String(cb.thread), /_handle_results/);
    assert.notEqual(cb.thread, cb.mainThread);
    assert.equal(cb.pid, cb.mainPid, 'the callback ran in the main process of the Python program');
    // The second result waited for the first callback: its delay plus how far apart the two tasks
    // ended make up (nearly) the whole slow callback.
    assert.ok(
      Number(cb.secondDelayMs) + Number(cb.tasksApartMs) >= 0.8 * Number(cb.slowMs),
      'a slow callback held up the next result',
    );
    assert.deepEqual(await settle(r.tag, [...r.pids, Number(term.pid), Number(cb.pid)]), []);
  });

  it('without python3 the parts say what CPython does and how to see it', async () => {
    const r = await run(
      ['pool', 'material', 'lifecycle', '--fast', '--tasks', '4', '--lang', 'en'],
      {
        env: { PROC_LAB_PYTHON: '/nonexistent/python3' },
        timeoutMs: 60_000,
      },
    );
    assert.equal(r.code, 0, r.stderr);
    r.stdout = unwrap(r.stdout); // prose is wrapped to the width
    assert.match(r.stdout, /python3 is not installed here/);
    assert.match(r.stdout, /pool-terminate\.py/);
    assert.match(r.stdout, /CPython differs: its terminate\(\) sends the workers SIGTERM/);
    assert.match(
      r.stdout,
      /CPython runs a pool’s callbacks in the main process on its result-handler/,
    );
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('on busy cores the verdicts still follow this run’s numbers, in events and in prose', async () => {
    const tag = randomUUID();
    const load = await busyCores(tag);
    try {
      const args = ['pool', 'apply', 'why', '--fast', '--tasks', `${M}`, '--task-ms', '1500'];
      const j = await run([...args, '--json'], { timeoutMs: 180_000 });
      assert.equal(j.code, 0, j.stderr);
      checkVerdicts(j.events);
      assert.deepEqual(await settle(j.tag, j.pids), []);
      const p = await run([...args, '--lang', 'en'], { timeoutMs: 180_000 });
      assert.equal(p.code, 0, p.stderr);
      p.stdout = unwrap(p.stdout); // prose is wrapped to the width
      const said =
        /This run bears it out: apply_async took ([\d.]+ m?s) and apply ([\d.]+ m?s)/.exec(
          p.stdout,
        );
      const denied = /This run does not show the difference/.test(p.stdout);
      assert.ok(Boolean(said) !== denied, 'exactly one of the two conclusions');
      if (said) assert.ok(toMs(said[1]!) < toMs(said[2]!), said[0]);
      else assert.match(p.stdout, /The machine was not idle/);
      const fewer =
        /The pool never had more than (\d+) processes .* a process per task had up to (\d+)/.exec(
          p.stdout,
        );
      if (fewer) assert.ok(Number(fewer[1]) <= N && Number(fewer[2]) > N, fewer[0]);
      else assert.match(p.stdout, /samples do not show the difference/);
      assert.deepEqual(await settle(p.tag, p.pids), []);
    } finally {
      await load.stop();
    }
    assert.deepEqual(await settle(tag), []);
  });

  it('--mode picks the usage part 2 runs', async () => {
    for (const mode of ['sync', 'async'] as const) {
      const r = await run(['pool', 'apply', '--json', '--fast', '--mode', mode, '--tasks', '4']);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(
        named(r.events, 'pool-start').map((e) => e.mode),
        [mode],
      );
      assert.deepEqual(await settle(r.tag, r.pids), []);
    }
  });

  it('--lang en prints no Chinese; --lang zh prints no English sentences', async () => {
    const args = ['pool', 'material', 'lifecycle', 'crash', '--fast', '--tasks', '4'];
    const en = await run([...args, '--lang', 'en']);
    assert.equal(en.code, 0, en.stderr);
    assert.ok(!hasChinese(en.stdout));
    assert.match(en.stdout, /-->exec done: 100 \d+/);
    const zh = await run([...args, '--lang', 'zh']);
    assert.equal(zh.code, 0, zh.stderr);
    assert.doesNotMatch(zh.stdout, /\b[A-Z][a-z]+(?: [a-z]+){3,}/);
    assert.match(zh.stdout, /主进程pid: \d+/);
    assert.deepEqual(await settle(en.tag, en.pids), []);
    assert.deepEqual(await settle(zh.tag, zh.pids), []);
  });

  for (const [flag, value] of [
    ['--workers', '0'],
    ['--workers', '65'],
    ['--tasks', '1001'],
    ['--task-ms', '-1'],
    ['--mode', 'fast'],
  ]) {
    it(`bad value ${flag} ${value}: one bilingual line, exit 2, nothing started`, async () => {
      const r = await run(['pool', flag!, value!, '--json']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, new RegExp(flag!));
      assert.equal(r.stdout, '');
      assert.deepEqual(await settle(r.tag, r.pids), []);
    });
  }

  it('SIGINT while CPython’s worker processes run: exit 130, none of them remains', {
    skip: !hasPython && noPython,
  }, async () => {
    // A moment after the Python program starts, when its multiprocessing workers exist.
    const started = (e: Event) => e.event === 'spawn' && e.name === 'cpython-pool-terminate';
    const r = await interruptAt(['pool', 'lifecycle', '--json', '--fast'], started, {
      timeoutMs: 60_000,
      afterMs: 400,
    });
    // The Python program's workers carry the run's tag too: settle() finds any that is left.
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  const moments: [string, (e: Event) => boolean][] = [
    ['the first task-start', (e) => e.event === 'task-start'],
    ['the first callback', (e) => e.event === 'callback'],
    ['the spawns of a process per task', (e) => e.event === 'spawn' && e.name === 'pool-tasks'],
    [
      'the material program running alone',
      (e) => e.event === 'spawn' && e.name === 'pool-material',
    ],
    ['a worker replaced', (e) => e.event === 'worker-replace'],
  ];
  for (const [moment, match] of moments) {
    it(`Ctrl-C at ${moment}: exit 130, nothing of ours remains`, async () => {
      const r = await interruptAt(['pool', '--json', '--fast', '--tasks', '5'], match, {
        timeoutMs: 120_000,
      });
      assert.deepEqual(await settle(r.tag, r.pids), []);
    });
  }
});
