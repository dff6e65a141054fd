/** src/proctable on real processes: kernel entries, the ps-list snapshot, trees, state watching. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  closeQueries,
  entries,
  GONE,
  type Observed,
  parseStat,
  pid1,
  StateWatch,
  snapshot,
  subtree,
} from '../src/proctable/index.js';
import { shortCmd } from '../src/proctable/view.js';
import { ROOT, stateOf } from './helpers/cli.js';

const linux = process.platform === 'linux';

/** The lesson's own demo parent: its child becomes a zombie until we write to its stdin. */
async function zombieParent() {
  const parent = spawn(process.execPath, [join(ROOT, 'dist', 'demos', 'zombie-parent.js')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: Record<string, unknown>[] = [];
  let buf = '';
  parent.stdout.setEncoding('utf8').on('data', (d: string) => {
    buf += d;
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      lines.push(JSON.parse(buf.slice(0, i)));
      buf = buf.slice(i + 1);
    }
  });
  while (lines.length === 0) await new Promise((r) => setTimeout(r, 10));
  return { parent, child: Number(lines[0]!.pid), lines };
}

describe('proctable', () => {
  it('parseStat splits at the last parenthesis (comm may hold spaces and parentheses)', () => {
    const e = parseStat('42 (a) (b c) Z 7 42 42 0 -1 4 0 0 0 0 0 0 0 0 20 0 1 0 500 0 0', 10_000);
    assert.equal(e.pid, 42);
    assert.equal(e.comm, 'a) (b c');
    assert.equal(e.state, 'Z');
    assert.equal(e.ppid, 7);
    assert.equal(e.ageMs, 5000, 'started at tick 500 (5 s after boot), now 10 s');
  });

  it('subtree draws a tree below the root and drops what keep() refuses', () => {
    const row = (pid: number, ppid: number) => ({
      pid,
      ppid,
      name: 'x',
      cmd: `c${pid}`,
      state: 'S',
    });
    const rows = [row(1, 0), row(10, 1), row(11, 10), row(12, 10), row(13, 12), row(20, 1)];
    const t = subtree(rows, 10);
    assert.deepEqual(
      t.map((r) => `${r.prefix}${r.cmd}`),
      ['c10', '├─ c11', '└─ c12', '   └─ c13'],
    );
    assert.deepEqual(
      subtree(rows, 10, (r) => r.pid !== 12).map((r) => r.pid),
      [10, 11],
    );
    assert.deepEqual(subtree(rows, 99), []);
  });

  it('shortCmd keeps a command short: the program and its arguments, no long paths', () => {
    assert.equal(
      shortCmd('/usr/bin/node /a/b/dist/demos/zombie-parent.js 0'),
      'node zombie-parent.js 0',
    );
    assert.equal(shortCmd('[node] <defunct>'), '[node] <defunct>');
  });

  it('a real zombie: Z in its kernel entry and in the snapshot, watched until it is gone', {
    skip: process.platform === 'win32',
  }, async () => {
    const { parent, child, lines } = await zombieParent();
    const seen: Observed[] = [];
    const watch = new StateWatch((o) => seen.push(o), 10);
    watch.add(child);
    const z = await watch.until(child, (o) => o.state === 'Z');
    assert.equal(z.ppid, parent.pid);
    const e = (await entries([child])).get(child)!;
    assert.equal(e.state, 'Z');
    if (linux) assert.equal(e.exitCode, 0, 'the exit status kept for wait()');
    const row = (await snapshot()).find((r) => r.pid === child)!;
    assert.equal(row.state, 'Z');
    assert.equal(row.ppid, parent.pid);
    assert.match(row.cmd, /<defunct>/);

    parent.stdin.write('r');
    await watch.until(child, (o) => o.state === GONE);
    watch.stop();
    assert.deepEqual(seen.map((o) => o.state).slice(-2), ['Z', GONE]);
    assert.equal(stateOf(child), undefined);
    parent.stdin.end();
    await new Promise((r) => parent.once('exit', r));
    assert.equal(lines.find((l) => l.type === 'reaped')?.by, parent.pid);
  });

  it('pid1() names PID 1 as the kernel does', { skip: !linux }, async () => {
    const p = await pid1();
    assert.equal(p.name, readFileSync('/proc/1/comm', 'utf8').trim());
  });

  // Last: closing is for good in this process.
  it('closeQueries(): waits for a running snapshot, then starts no more `ps`', async () => {
    const running = snapshot();
    await closeQueries();
    assert.ok((await running).length > 0, 'the running one finished');
    assert.deepEqual(await snapshot(), [], 'a new one spawns nothing');
  });
});
