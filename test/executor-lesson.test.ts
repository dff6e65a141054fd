/** The `executor` lesson from its --json events, its error paths, and the process table after. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasChinese } from '../src/i18n/index.js';
import { type Event, interruptAt, run, settle } from './helpers/cli.js';

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

describe('lesson: executor', () => {
  it('--json: futures, the offline fetch, threads vs processes, collecting, shutdown', async () => {
    const r = await run(['executor', '--json', '--fast'], { timeoutMs: 120_000 });
    assert.equal(r.code, 0, r.stderr);
    const ev = r.events;
    const main = ev[0]!.pid;
    assert.deepEqual(
      named(ev, 'section').map((e) => e.id),
      ['future', 'fetch', 'compare', 'collect', 'shutdown'],
    );

    // Every future: pending first, then running → finished, or cancelled without ever running.
    const all = histories(ev);
    assert.ok(all.size > 20);
    for (const [id, h] of all) {
      const ok = h.states.join(' ');
      assert.ok(
        ['pending running finished', 'pending cancelled'].includes(ok),
        `future ${id}: ${ok}`,
      );
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

    // 3: measurements exist for both kinds.
    for (const name of ['cpu-alone', 'cpu-thread', 'cpu-process', 'wait-thread', 'wait-process']) {
      assert.ok(Number(measure(ev, name)[0]?.ms) > 0, name);
    }

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
    assert.ok(cancelled.length >= 1);
    for (const id of cancelled) assert.deepEqual(all.get(id)!.states, ['pending', 'cancelled']);
    assert.deepEqual(waited!.cancelled, []);

    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('with one worker the hung page does hold up the pages queued behind it', async () => {
    const r = await run(['executor', 'fetch', '--json', '--fast', '--workers', '1']);
    assert.equal(r.code, 0, r.stderr);
    const fetches = named(r.events, 'fetch');
    const at = (p: string) => fetches.find((e) => String(e.url).endsWith(p))!.t;
    assert.ok(at('/slow') > at('/hang'), 'submitted after /hang, /slow waited for its timeout');
    assert.equal(new Set(fetches.map((e) => e.pid)).size, 1);
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
    assert.match(en.stdout, /create a thread pool/);
    const zh = await run(['executor', '--fast', '--lang', 'zh']);
    assert.equal(zh.code, 0, zh.stderr);
    assert.doesNotMatch(zh.stdout, /\b[A-Za-z][a-z]+(?: [a-z]+){3,}/);
    assert.match(zh.stdout, /创建线程池/);
    assert.deepEqual(await settle(zh.tag, zh.pids), []);
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
