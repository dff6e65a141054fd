/** The `executor` lesson from its --json events, its error paths, and the process table after. */
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
const measure = (events: Event[], name: string) =>
  named(events, 'measure').filter((e) => e.name === name);
/** The events between `section {id}` and the next section. */
function section(events: Event[], id: string): Event[] {
  const start = events.findIndex((e) => e.event === 'section' && e.id === id);
  assert.ok(start >= 0, `section ${id} ran`);
  const end = events.findIndex((e, i) => i > start && e.event === 'section');
  return events.slice(start, end < 0 ? undefined : end);
}

/** The one cpython event of a topic. */
function cpythonEvent(events: Event[], topic: string): Event {
  const found = named(events, 'cpython').filter((e) => e.topic === topic);
  assert.equal(found.length, 1, `one cpython ${topic} event`);
  return found[0]!;
}

/**
 * threads-vs-processes follows from its values, and they are this run's measures: speed-up =
 * 4 × one job alone / the batch of 4, on each pool; it holds when a speed-up is possible (2 cores
 * and 2 workers) and each pool reached 1.25.
 */
function checkParallel(ev: Event[]): Event {
  const v = named(ev, 'verdict').filter((e) => e.name === 'threads-vs-processes');
  assert.equal(v.length, 1);
  const verdict = v[0]!;
  const speedups: number[] = [];
  for (const kind of ['thread', 'process']) {
    const alone = Number(measure(ev, `cpu-alone-${kind}`)[0]!.ms);
    const batch = Number(measure(ev, `cpu-${kind}`)[0]!.ms);
    assert.equal(verdict[`${kind}AloneMs`], alone);
    assert.equal(verdict[`${kind}Ms`], batch);
    const s = Number(verdict[`${kind}Speedup`]);
    assert.ok(Math.abs(s - (4 * alone) / batch) < 0.05, `${kind}: ${s}`);
    speedups.push(s);
  }
  const possible = Math.min(Number(verdict.cpus), Number(verdict.workers), 4) >= 2;
  assert.equal(verdict.holds, possible && Math.min(...speedups) >= 1.25);
  return verdict;
}

/** Each future's states in order, by id, with the PID it reported when running. */
function histories(events: Event[]) {
  const kind = new Map(named(events, 'submit').map((e) => [e.id as number, e.kind as string]));
  const states = new Map<number, { kind: string; states: string[]; pid?: number }>();
  for (const e of named(events, 'future-state')) {
    const id = e.id as number;
    const h = states.get(id) ?? { kind: kind.get(id)!, states: [] };
    h.states.push(e.state as string);
    if (e.state === 'running') h.pid = e.pid as number;
    states.set(id, h);
  }
  return states;
}

/**
 * fetch-waited appears exactly when a page started (future-state running) only after another
 * page had finished, and says "behind /hang" exactly when that page started after /hang ended.
 */
function checkWaited(events: Event[]): Event | undefined {
  const pages = named(events, 'submit').filter((e) => e.fn === 'fetchPage');
  const at = (id: unknown, state: string) =>
    named(events, 'future-state').find((e) => e.id === id && e.state === state)!.t;
  const paths = named(events, 'fetch').map((e) => new URL(String(e.url)).pathname);
  // Pages are submitted in the order /fast, /hang, /slow; fetch events come in arrival order.
  const order = ['/fast', '/hang', '/slow'];
  assert.deepEqual([...paths].sort(), [...order].sort());
  const times = pages.map((p, i) => ({
    path: order[i]!,
    start: at(p.id, 'running'),
    end: at(p.id, 'finished'),
  }));
  const hang = times.find((p) => p.path === '/hang')!;
  const waited = times.filter((p) => times.some((q) => q !== p && q.end <= p.start));
  const said = named(events, 'fetch-waited');
  if (waited.length === 0) {
    assert.deepEqual(said, [], 'no page waited, so nothing is said about waiting');
    return undefined;
  }
  assert.equal(said.length, 1);
  const behind = waited.filter((p) => hang.end <= p.start);
  assert.equal(said[0]!.behindHang, behind.length > 0);
  assert.deepEqual(
    said[0]!.pages,
    (behind.length > 0 ? behind : waited).map((p) => p.path),
  );
  return said[0];
}

describe('lesson: executor', () => {
  it('--json: futures, the offline fetch, threads vs processes, collecting, shutdown', async () => {
    const r = await run(['executor', '--json', '--fast'], { timeoutMs: 120_000 });
    assert.equal(r.code, 0, r.stderr);
    const ev = r.events;
    const main = ev[0]!.pid;
    assert.deepEqual(
      named(ev, 'section').map((e) => e.id),
      ['future', 'fetch', 'compare', 'collect', 'shutdown', 'broken'],
    );

    // Every future: pending first, then running → finished, or cancelled without ever running;
    // in the broken part a future still pending when the executor broke fails (finished) unrun.
    const all = histories(ev);
    assert.ok(all.size > 20);
    const inBroken = new Set(named(section(ev, 'broken'), 'submit').map((e) => e.id as number));
    for (const [id, h] of all) {
      const ok = h.states.join(' ');
      const allowed = ['pending running finished', 'pending cancelled'];
      if (inBroken.has(id)) allowed.push('pending finished');
      assert.ok(allowed.includes(ok), `future ${id}: ${ok}`);
    }
    // 1 and 3: the thread executor runs in the main PID, the process executor in others.
    for (const part of ['future', 'compare']) {
      const ids = new Set(named(section(ev, part), 'submit').map((e) => e.id as number));
      const ran = [...all].filter(([id]) => ids.has(id)).map(([, h]) => h);
      const threads = ran.filter((h) => h.kind === 'thread');
      const processes = ran.filter((h) => h.kind === 'process');
      assert.ok(threads.length > 0 && processes.length > 0, part);
      for (const h of threads) assert.equal(h.pid, main, `${part}: thread in the main PID`);
      for (const h of processes) assert.notEqual(h.pid, main, `${part}: process elsewhere`);
      const spawned = new Set(named(section(ev, part), 'spawn').map((e) => e.pid));
      for (const h of processes) assert.ok(spawned.has(h.pid), 'a registered child ran it');
    }

    // 2: the hung page does not delay the others; each page in its own worker.
    const fetches = named(section(ev, 'fetch'), 'fetch');
    const page = (p: string) => fetches.find((e) => String(e.url).endsWith(p))!;
    assert.equal(page('/fast').status, 200);
    assert.equal(page('/slow').status, 200);
    assert.equal(page('/hang').status, 'timeout');
    assert.ok(page('/fast').t < page('/hang').t && page('/slow').t < page('/hang').t);
    assert.equal(new Set(fetches.map((e) => e.pid)).size, 3);
    for (const e of fetches) assert.notEqual(e.pid, main);
    const fetchShutdown = named(section(ev, 'fetch'), 'shutdown')[0]!;
    assert.ok(fetchShutdown.t > page('/hang').t, 'shutdown(wait=True) returned after the hang');
    checkWaited(section(ev, 'fetch'));

    // 1: waiting for futures costs the main process little CPU.
    for (const kind of ['thread', 'process']) {
      const w = measure(ev, `wait-cpu-${kind}`)[0]!;
      assert.ok(
        Number(w.cpuMs) >= 0 && Number(w.cpuMs) < Number(w.ms),
        `${kind}: ${w.cpuMs} ms CPU`,
      );
    }

    // 3: the yardstick is measured on each warm pool, like the batch; the verdict follows from them.
    for (const kind of ['thread', 'process']) {
      for (const what of ['start', 'cpu-alone', 'cpu', 'wait']) {
        assert.ok(Number(measure(ev, `${what}-${kind}`)[0]?.ms) > 0, `${what}-${kind}`);
      }
    }
    checkParallel(ev);

    // 4: map in input order, asCompleted in completion order (durations 1200, 400, 800, 200).
    assert.deepEqual(
      measure(ev, 'map-yield').map((e) => e.item),
      [1, 2, 3, 4],
    );
    assert.deepEqual(
      measure(ev, 'as-completed-yield').map((e) => e.item),
      [4, 2, 3, 1],
    );
    assert.deepEqual(measure(ev, 'wait-first-completed')[0]!.done, [4]);
    assert.deepEqual(measure(ev, 'wait-all-completed')[0]!.notDone, []);

    // 5: wait=false returns before wait=true; cancelFutures cancels exactly the queued ones.
    const [waited, notWaited, cancelling] = named(section(ev, 'shutdown'), 'shutdown');
    assert.deepEqual(
      [waited!.wait, notWaited!.wait, cancelling!.cancelFutures],
      [true, false, true],
    );
    assert.ok(Number(notWaited!.ms) < Number(waited!.ms));
    const cancelled = cancelling!.cancelled as number[];
    // shutdown is called once the first 3 (the workers) run: what it cancels is the queue behind.
    assert.ok(cancelled.length >= 1 && cancelled.length <= 2, `cancelled ${cancelled}`);
    for (const id of cancelled) assert.deepEqual(all.get(id)!.states, ['pending', 'cancelled']);
    assert.deepEqual(waited!.cancelled, []);

    // 6: one killed worker breaks proc-lab's executor, and costs its Pool only that task.
    const [onExecutor, onPool] = named(section(ev, 'broken'), 'broken');
    assert.deepEqual([onExecutor!.api, onPool!.api], ['executor', 'pool']);
    const outcomes = onExecutor!.outcomes as string[];
    assert.equal(outcomes[1], 'BrokenProcessPool', 'the killed task');
    for (const o of outcomes) assert.ok(['ok', 'BrokenProcessPool'].includes(o), o);
    assert.equal(onExecutor!.submitAfter, 'BrokenProcessPool');
    assert.deepEqual(onPool!.outcomes, ['ok', 'WorkerLostError', 'ok', 'ok', 'ok']);
    assert.equal((onPool!.replaced as unknown[]).length, 1);

    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('CPython beside Node: what cancel_futures cancels, a broken executor and Pool, a deadlock', {
    skip: !hasPython && noPython,
  }, async () => {
    const r = await run(['executor', 'shutdown', 'broken', '--json', '--fast'], {
      timeoutMs: 120_000,
    });
    assert.equal(r.code, 0, r.stderr);
    const cancel = cpythonEvent(r.events, 'cancel');
    const [workers, tasks] = [Number(cancel.workers), Number(cancel.tasks)];
    const proc = cancel.process as { running: number[]; cancelled: number[] };
    const thread = cancel.thread as { running: number[]; cancelled: number[] };
    const after = (k: number) => Array.from({ length: tasks - k }, (_, i) => k + i + 1);
    // Threads: every task no worker thread had taken. Processes: every task not yet marked RUNNING,
    // and up to one more than the workers is (in the call queue, not started).
    assert.deepEqual(thread.cancelled, after(workers));
    assert.ok(proc.running.length >= workers && proc.running.length <= workers + 1);
    assert.deepEqual(proc.cancelled, after(proc.running.length));
    const broken = cpythonEvent(r.events, 'broken');
    const outcomes = broken.executor as string[];
    assert.equal(outcomes[1], 'BrokenProcessPool', 'the killed task');
    for (const o of outcomes) assert.ok(['ok', 'BrokenProcessPool'].includes(o), o);
    assert.equal(broken.submitAfter, 'BrokenProcessPool');
    assert.deepEqual(broken.pool, ['ok', 'timeout', 'ok', 'ok', 'ok']);
    const dead = cpythonEvent(r.events, 'deadlock');
    assert.deepEqual(
      [dead.outcome, dead.bState, dead.bAfter],
      ['TimeoutError', 'PENDING', 'FINISHED'],
    );
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('without python3 the CPython parts say what CPython does and how to see it', async () => {
    const r = await run(['executor', 'shutdown', 'broken', '--fast', '--lang', 'en'], {
      env: { PROC_LAB_PYTHON: '/nonexistent/python3' },
      timeoutMs: 60_000,
    });
    assert.equal(r.code, 0, r.stderr);
    r.stdout = unwrap(r.stdout); // prose is wrapped to the terminal's width
    assert.match(r.stdout, /python3 is not installed here.*executor-cancel\.py/s);
    assert.match(r.stdout, /executor-broken\.py/);
    assert.match(r.stdout, /executor-deadlock\.py/);
    assert.match(r.stdout, /\(no python3\)/);
    assert.match(r.stdout, /In CPython, ThreadPoolExecutor cancels every task/);
    assert.match(r.stdout, /In CPython, a’s wait ends with TimeoutError/);
    assert.match(r.stdout, /maintain a Queue and worry about deadlocks/);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('on busy cores the threads-vs-processes verdict follows this run’s numbers, in events and prose', async () => {
    const tag = randomUUID();
    const load = await busyCores(tag);
    try {
      const j = await run(['executor', 'compare', '--json', '--fast'], { timeoutMs: 120_000 });
      assert.equal(j.code, 0, j.stderr);
      checkParallel(j.events);
      assert.deepEqual(await settle(j.tag, j.pids), []);
      const p = await run(['executor', 'compare', '--fast', '--lang', 'en'], {
        timeoutMs: 120_000,
      });
      assert.equal(p.code, 0, p.stderr);
      p.stdout = unwrap(p.stdout); // prose is wrapped to the terminal's width
      const said = /every pool was at least ([\d.]+)× faster/.exec(p.stdout);
      const denied =
        /This run does not show the CPU jobs running in parallel: .* only ([\d.]+)×/.exec(p.stdout);
      assert.ok(Boolean(said) !== Boolean(denied), 'exactly one of the two conclusions');
      if (said) assert.ok(Number(said[1]) >= 1.2, said[0]);
      else {
        assert.ok(Number(denied![1]) < 1.3, denied![0]);
        assert.match(p.stdout, /The machine was not idle/);
      }
      assert.deepEqual(await settle(p.tag, p.pids), []);
    } finally {
      await load.stop();
    }
    assert.deepEqual(await settle(tag), []);
  });

  it('with one worker the hung page does hold up the pages queued behind it', async () => {
    const r = await run(['executor', 'fetch', '--json', '--fast', '--workers', '1']);
    assert.equal(r.code, 0, r.stderr);
    const fetches = named(r.events, 'fetch');
    const at = (p: string) => fetches.find((e) => String(e.url).endsWith(p))!.t;
    assert.ok(at('/slow') > at('/hang'), 'submitted after /hang, /slow waited for its timeout');
    assert.equal(new Set(fetches.map((e) => e.pid)).size, 1);
    const waited = checkWaited(r.events);
    assert.equal(waited?.behindHang, true);
    assert.ok((waited!.pages as string[]).includes('/slow'));
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('--url offline: exit 1 with one line, quickly; a bad --url or option: exit 2', async () => {
    const r = await run(['executor', 'fetch', '--url', 'http://proc-lab.invalid/'], {
      timeoutMs: 20_000,
    });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /proc-lab\.invalid/);
    assert.match(r.stderr, /无法访问/);
    assert.ok(r.ms < 15_000, `took ${r.ms} ms`);
    assert.deepEqual(await settle(r.tag, r.pids), []);
    for (const args of [
      ['--url', 'ftp://example.com/'],
      ['--url', 'not a url'],
      ['--workers', '0'],
      ['--workers', '65'],
      ['--kind', 'fiber'],
    ]) {
      const bad = await run(['executor', 'fetch', ...args, '--lang', 'en']);
      assert.equal(bad.code, 2, `${args.join(' ')}: ${bad.stderr}`);
      assert.equal(bad.stderr.trim().split('\n').length, 1);
      assert.deepEqual(await settle(bad.tag, bad.pids), []);
    }
  });

  it('--lang en prints no Chinese; --lang zh prints no English sentences', async () => {
    const en = await run(['executor', '--fast', '--lang', 'en', '--kind', 'both']);
    assert.equal(en.code, 0, en.stderr);
    assert.ok(!hasChinese(en.stdout));
    assert.match(unwrap(en.stdout), /create a thread pool/);
    const zh = await run(['executor', '--fast', '--lang', 'zh']);
    assert.equal(zh.code, 0, zh.stderr);
    assert.doesNotMatch(zh.stdout, /\b[A-Za-z][a-z]+(?: [a-z]+){3,}/);
    assert.match(unwrap(zh.stdout), /创建线程池/);
    assert.deepEqual(await settle(zh.tag, zh.pids), []);
  });

  it('SIGINT while CPython’s worker processes run: exit 130, none of them remains', {
    skip: !hasPython && noPython,
  }, async () => {
    // A moment after the Python program starts, when its multiprocessing workers exist.
    const started = (e: Event) => e.event === 'spawn' && e.name === 'cpython-executor-broken';
    const r = await interruptAt(['executor', 'broken', '--json', '--fast'], started, {
      timeoutMs: 60_000,
      afterMs: 400,
    });
    // The Python program's workers carry the run's tag too: settle() finds any that is left.
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  const moments: [string, (e: Event) => boolean][] = [
    ['a future running in a process', (e) => e.event === 'future-state' && e.state === 'running'],
    ['the first fetch', (e) => e.event === 'fetch'],
    ['a thread pool measure', (e) => e.event === 'measure' && e.name === 'cpu-thread'],
    ['shutdown(wait=false)', (e) => e.event === 'shutdown' && e.wait === false],
  ];
  for (const [moment, when] of moments) {
    it(`SIGINT at ${moment}: exit 130, nothing of ours remains`, async () => {
      const r = await interruptAt(['executor', '--json', '--fast'], when, { timeoutMs: 120_000 });
      assert.deepEqual(await settle(r.tag, r.pids), []);
    });
  }
});
