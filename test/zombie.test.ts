/**
 * The `zombie` lesson from its --json events, checked against the real process table while it
 * runs (a zombie must really be Z, an orphan really re-parented) and after it (nothing left).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { hasChinese } from '../src/i18n/index.js';
import { LIMIT_MS, PROMPT_MS } from '../src/lessons/zombie/pid1.js';
import { findPython } from '../src/runtime/python.js';
import {
  type Event,
  interruptAt,
  leftovers,
  procInfo,
  type RunResult,
  run,
  settle,
  stateOf,
} from './helpers/cli.js';

const named = (events: Event[], name: string) => events.filter((e) => e.event === name);
const hasPython = findPython() !== undefined;
const linux = process.platform === 'linux';

/** What the kernel said about a PID at the moment an event arrived (read outside proc-lab). */
function sampler(names: string[]) {
  const seen = new Map<string, ReturnType<typeof procInfo> | null>();
  const onEvent = (e: Event) => {
    if (names.includes(e.event) && typeof e.pid === 'number' && !seen.has(e.event)) {
      seen.set(e.event, procInfo(e.pid) ?? null);
    }
  };
  return { seen, onEvent };
}

/**
 * proc-lab waits for every child before it exits, and each zombie or orphan is reaped by a parent
 * of ours, so nothing may be left at the moment it exits: no grace period in which PID 1 could
 * tidy up for us.
 */
function nothingLeft(r: RunResult): void {
  assert.deepEqual(leftovers(r.tag, r.pids), []);
}

describe('lesson: zombie', { skip: !linux && 'reads /proc to check from outside' }, () => {
  it('--json: a real zombie (Z) is reaped by its parent and leaves the table; an orphan is adopted', async () => {
    const s = sampler(['zombie', 'reaped', 'orphan']);
    const r = await run(['zombie', '--json', '--fast'], { onEvent: s.onEvent });
    assert.equal(r.code, 0, r.stderr);
    const ev = r.events;
    const start = ev[0]!;
    assert.deepEqual(
      named(ev, 'section').map((e) => e.id),
      ['zombie', 'orphan', 'pid1'],
    );

    // The zombie: a grandchild, seen as Z by proc-lab and by us, then reaped by its parent. With
    // python3 the material's own os.fork() program comes first, then the Node parent.
    const parent = named(ev, 'spawn').find((e) => e.name === 'zombie-parent')!;
    assert.equal(parent.ppid, start.pid);
    const zombie = named(ev, 'zombie').find((e) => e.ppid === parent.pid)!;
    assert.ok(zombie, 'a zombie of the Node parent');
    if (!hasPython) assert.equal(s.seen.get('zombie')?.state, 'Z', 'the kernel shows Z');
    const states = named(ev, 'state').filter((e) => e.pid === zombie.pid);
    const z = states.findIndex((e) => e.state === 'Z');
    assert.ok(z >= 0, 'a state event with Z');
    assert.equal(states.at(-1)!.state, 'gone');
    const reaped = named(ev, 'reaped').find((e) => e.pid === zombie.pid)!;
    assert.equal(reaped.by, parent.pid, 'reaped by its own parent');
    assert.ok(reaped.t >= zombie.t);
    const parentExit = named(ev, 'exit').find((e) => e.pid === parent.pid)!;
    assert.ok(parentExit.t > reaped.t, 'the parent lived on after reaping');
    assert.equal(parentExit.code, 0);
    if (hasPython) {
      // The material's program ran by default, first, and its child was a real zombie.
      const fork = named(ev, 'spawn').find((e) => e.name === 'zombie-fork.py')!;
      assert.ok(fork && fork.t < parent.t, 'the Python parent first');
      const py = named(ev, 'cpython').find((e) => e.topic === 'zombie-fork')!;
      assert.equal(py.pid, fork.pid);
      assert.equal(py.state, 'Z');
      assert.equal(py.code, 0);
      assert.equal(named(ev, 'zombie')[0]!.ppid, fork.pid);
      assert.equal(s.seen.get('zombie')?.state, 'Z', 'the kernel shows Z at the zombie event');
      assert.equal(named(ev, 'reaped').find((e) => e.pid === py.child)?.by, fork.pid);
    }
    assert.equal(s.seen.get('reaped'), null, 'the PID has left the table when reaped is reported');

    // PID 1, judged by what it does: the probe's orphan was adopted and (here) reaped.
    const pid1 = named(ev, 'pid1')[0]!;
    assert.equal(pid1.name, readFileSync('/proc/1/comm', 'utf8').trim());
    assert.equal(typeof pid1.reaps, 'boolean');
    assert.ok(Number(pid1.adoptedBy) >= 1);
    if (pid1.reaps) {
      assert.ok(Number(pid1.zombieMs) >= 0 && Number(pid1.zombieMs) <= LIMIT_MS);
      assert.equal(stateOf(Number(pid1.orphan)), undefined, 'the probe’s zombie is gone');
    }

    // The orphan: its PPID changes from its exited parent to our subreaper, which reaps it.
    const orphan = named(ev, 'orphan')[0];
    if (hasPython) {
      assert.ok(orphan, 'an orphan event');
      const sub = named(ev, 'spawn').find((e) => e.name === 'orphan-subreaper.py')!;
      assert.notEqual(orphan.ppidBefore, orphan.ppidAfter);
      assert.equal(orphan.ppidAfter, sub.pid);
      assert.equal(s.seen.get('orphan')?.ppid, sub.pid, 'the kernel agrees on the new parent');
      const before = named(ev, 'state').find((e) => e.pid === orphan.ppidBefore);
      assert.ok(before, 'the original parent was watched');
      assert.equal(named(ev, 'reaped').find((e) => e.pid === orphan.pid)?.by, sub.pid);
      assert.equal(stateOf(orphan.pid!), undefined);
    }
    assert.equal(stateOf(zombie.pid!), undefined);
    nothingLeft(r);
  });

  it('--python runs the material’s os.fork() program; its child is a zombie, then reaped', {
    skip: !hasPython && 'no python3',
  }, async () => {
    const s = sampler(['zombie']);
    const r = await run(['zombie', 'zombie', '--python', '--json', '--fast'], {
      onEvent: s.onEvent,
    });
    assert.equal(r.code, 0, r.stderr);
    const parent = named(r.events, 'spawn')[0]!;
    assert.equal(parent.name, 'zombie-fork.py');
    const zombie = named(r.events, 'zombie')[0]!;
    assert.equal(zombie.ppid, parent.pid);
    assert.equal(s.seen.get('zombie')?.state, 'Z');
    assert.match(String(s.seen.get('zombie')?.comm), /^python/);
    assert.equal(named(r.events, 'reaped')[0]!.by, parent.pid);
    assert.equal(named(r.events, 'spawn').length, 1, '--python: no Node half');
    nothingLeft(r);
  });

  it('pid1: the sentence printed is the one the probe’s timing supports', async () => {
    const r = await run(['zombie', 'pid1', '--lang', 'en']);
    assert.equal(r.code, 0, r.stderr);
    const m = /orphan PID (\d+) was adopted by PID (\d+)/.exec(r.stdout);
    assert.ok(m, r.stdout);
    const late = /reaped the orphan’s zombie, but only ([\d.]+) (ms|s) after/.exec(r.stdout);
    const prompt = /reaped the orphan’s zombie within ([\d.]+) (ms|s) of its appearing/.exec(
      r.stdout,
    );
    const never = /had not reaped the orphan’s zombie \(PID (\d+)\)/.exec(r.stdout);
    assert.equal([late, prompt, never].filter(Boolean).length, 1, 'exactly one verdict on PID 1');
    const msOf = (x: RegExpExecArray) => Number(x[1]) * (x[2] === 's' ? 1000 : 1);
    if (late) assert.ok(msOf(late) > PROMPT_MS);
    if (prompt) assert.ok(msOf(prompt) <= PROMPT_MS);
    assert.doesNotMatch(r.stdout, /is not a real init|is a real init/);
    if (!never) assert.equal(stateOf(Number(m[1])), undefined);
  });

  it('without python3: --python fails with one line; the orphan part explains instead', async () => {
    const env = { PROC_LAB_PYTHON: 'proc-lab-no-such-python' };
    const bad = await run(['zombie', '--python', '--lang', 'en'], { env });
    assert.equal(bad.code, 1);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
    // What is missing is the Python PROC_LAB_PYTHON names, and the line says so.
    assert.match(bad.stderr, /PROC_LAB_PYTHON names proc-lab-no-such-python/);
    assert.ok(bad.ms < 10_000);
    const r = await run(['zombie', 'orphan', '--json', '--fast'], { env });
    assert.equal(r.code, 0, r.stderr);
    const pid1 = named(r.events, 'pid1')[0]!;
    // Without a subreaper the orphan runs only when the probe saw PID 1 reap.
    assert.equal(named(r.events, 'orphan').length, pid1.reaps ? 1 : 0);
    const others = named(r.events, 'spawn').filter((e) => e.name !== 'pid1-probe');
    if (!pid1.reaps) assert.equal(others.length, 0);
    // The zombie part: the Node half only, and how to run the material's program.
    const z = await run(['zombie', 'zombie', '--fast', '--hold', '0', '--lang', 'en'], { env });
    assert.equal(z.code, 0, z.stderr);
    assert.match(z.stdout, /needs python3, which is not installed here/);
    assert.match(z.stdout, /python3 \S+zombie-fork\.py 30/);
    assert.match(z.stdout, /\(Node, event loop blocked\)/);
    assert.doesNotMatch(z.stdout, /Python, sleeping after os\.fork\(\)/);
    nothingLeft(r);
    nothingLeft(bad);
    nothingLeft(z);
  });

  for (const args of [
    ['--hold', '-1'],
    ['--hold', 'ten'],
    ['--hold', '601'],
    ['--interval', '50'],
  ]) {
    it(`bad value ${args.join(' ')}: exit 2, one bilingual line, nothing started`, async () => {
      const r = await run(['zombie', ...args, '--json']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.match(r.stderr, new RegExp(args[0]!));
      assert.ok(hasChinese(r.stderr));
      nothingLeft(r);
    });
  }

  it('--lang en prints no Chinese; --lang zh prints no English sentences', async () => {
    const en = await run(['zombie', '--fast', '--hold', '0', '--lang', 'en']);
    assert.equal(en.code, 0, en.stderr);
    assert.ok(!hasChinese(en.stdout));
    assert.match(en.stdout, /<defunct>/);
    assert.match(en.stdout, /ps -o pid,ppid,stat,\S*cmd -p \d+,\d+,\d+/);
    const zh = await run(['zombie', '--fast', '--hold', '0', '--lang', 'zh']);
    assert.equal(zh.code, 0, zh.stderr);
    assert.ok(hasChinese(zh.stdout));
    assert.doesNotMatch(zh.stdout, /\b[A-Z][a-z]+(?: [a-z]+){3,}/);
    nothingLeft(en);
    nothingLeft(zh);
  });

  const moments: [string, string[], (e: Event) => boolean][] = [
    ...['spawn', 'state', 'zombie', 'reaped', 'orphan'].map(
      (m): [string, string[], (e: Event) => boolean] => [
        `the first '${m}' event`,
        [],
        (e) => e.event === m,
      ],
    ),
    // python3 may be a wrapper script (pyenv's shim): signalled while it starts, it must not
    // leave its helpers to PID 1.
    [
      'the start of the Python subreaper',
      [],
      (e) => e.event === 'spawn' && e.name === 'orphan-subreaper.py',
    ],
    // The probe's orphan is ours to end and to see reaped, even when PID 1 is slow.
    ['the start of the PID 1 probe', [], (e) => e.event === 'spawn' && e.name === 'pid1-probe'],
    [
      'the start of the Python parent',
      ['--python'],
      (e) => e.event === 'spawn' && e.name === 'zombie-fork.py',
    ],
  ];
  for (const [label, extra, match] of moments) {
    it(`SIGINT at ${label}: exit 130, no zombie or process of ours remains`, async (t) => {
      if (!hasPython && /Python|orphan/.test(label)) return t.skip('no python3');
      const r = await interruptAt(['zombie', '--json', '--fast', ...extra], match);
      nothingLeft(r);
    });
  }

  it('SIGKILL of proc-lab while it holds a zombie: its parent still reaps it, not PID 1', async () => {
    let zombie: number | undefined;
    const ppids = new Set<number>();
    const r = await run(['zombie', '--json', '--fast', '--hold', '30'], {
      onEvent: (e, child) => {
        if (e.event === 'zombie') {
          zombie = e.pid;
          child.kill('SIGKILL');
        }
      },
    });
    assert.equal(r.signal, 'SIGKILL');
    assert.ok(zombie);
    // Until it is gone, the zombie's parent must stay the demo parent: had the parent died
    // without reaping, the zombie would have been handed to PID 1.
    for (let i = 0; i < 300 && stateOf(zombie) !== undefined; i++) {
      ppids.add(procInfo(zombie)?.ppid ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.equal(stateOf(zombie), undefined, 'the zombie was reaped');
    assert.ok(!ppids.has(1), 'never handed to PID 1');
    // proc-lab's own children are re-parented when it is killed: that one wait is PID 1's.
    assert.deepEqual(await settle(r.tag, r.pids, 8000), []);
  });
});
