/**
 * `proc-lab zombie --watch`: one snapshot per stage without a terminal, and in a real
 * pseudo-terminal (tmux) a live view that pauses on space and quits on q or Ctrl-C, leaving
 * nothing behind and the terminal as it was.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Event, leftovers, type RunResult, run } from './helpers/cli.js';
import { hasTmux, Terminal } from './helpers/tty.js';

const named = (events: Event[], name: string) => events.filter((e) => e.event === name);
const nothingLeft = (r: RunResult) => assert.deepEqual(leftovers(r.tag, r.pids), []);

describe('zombie --watch without a terminal', { skip: process.platform !== 'linux' }, () => {
  it('--json: one round, the child goes running → Z → gone, reaped by its parent', async () => {
    const r = await run(['zombie', '--watch', '--fast', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const zombies = named(r.events, 'zombie');
    assert.equal(zombies.length, 1, 'exactly one round');
    const child = zombies[0]!.pid;
    const states = named(r.events, 'state')
      .filter((e) => e.pid === child)
      .map((e) => e.state);
    assert.ok(['R', 'S'].includes(String(states[0])), `starts running: ${states}`);
    assert.deepEqual(states.slice(-2), ['Z', 'gone']);
    assert.equal(named(r.events, 'reaped')[0]!.by, zombies[0]!.ppid);
    nothingLeft(r);
  });

  it('prose: a snapshot for each of the five stages, in order, the zombie shown as Z', async () => {
    const r = await run(['zombie', '--watch', '--fast', '--lang', 'en', '--all']);
    assert.equal(r.code, 0, r.stderr);
    const order = ['started', 'running', 'zombie', 'reaped', 'gone'].map((s, i) =>
      r.stdout.indexOf(`Stage ${i + 1}/5 · ${s}`),
    );
    assert.ok(
      order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!)),
      `stages in order: ${order}`,
    );
    const zombieShot = r.stdout.slice(order[2], order[3]);
    assert.match(zombieShot, /\d+\s+\d+\s+Z\s.*<defunct>/);
    // After the reaping no zombie of ours is left; `--all` may still list other programs' zombies
    // (a shared machine has some), so only our tree's rows count here.
    const ours = r.stdout
      .slice(order[3])
      .split(/other zombies on this machine:[\s\S]*?\n\n/)
      .join('\n');
    assert.doesNotMatch(ours, /<defunct>/);
    assert.match(r.stdout, /zombies on this machine/);
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no cursor movement outside a terminal');
    nothingLeft(r);
  });
});

describe('zombie --watch in a terminal (tmux)', {
  skip: (!hasTmux && 'tmux is not installed') || (process.platform !== 'linux' && 'linux'),
}, () => {
  /** Every PID shown in a table row, so zombies among them can be looked for afterwards. */
  const pidsOn = (s: string) =>
    [...s.matchAll(/^\s+(\d+)\s+(\d+)\s+[A-Z]\s/gm)].map((m) => Number(m[1]));

  it('redraws in place, pauses on space, quits on q; nothing remains', async () => {
    const term = new Terminal(['zombie', '--watch', '--fast', '--lang', 'en', '--hold', '3'], {
      env: { NO_COLOR: '1' },
    });
    try {
      const shots = [await term.waitFor(/Stage 3\/5 · zombie/)];
      assert.match(shots[0]!, /Z\s+[\d.]+s\s+.*<defunct>/);
      assert.equal(shots[0]!.match(/Stage \d\/5/g)?.length, 1, 'one picture, redrawn in place');
      term.keys('Space');
      shots.push(await term.waitFor(/PAUSED/));
      term.keys('Space');
      shots.push(await term.waitFor(/round \d+$/m));
      term.keys('q');
      assert.equal(await term.exitCode(), 0);
      const last = term.screen();
      assert.doesNotMatch(last.slice(last.lastIndexOf('round')), /<defunct>|zombie-parent/);
      assert.match(term.stty(), /(^|\s)icanon/, 'raw mode undone');
      assert.deepEqual(leftovers(term.tag, [...shots, last].flatMap(pidsOn)), []);
    } finally {
      term.close();
    }
  });

  for (const stage of ['running', 'zombie']) {
    it(`Ctrl-C during '${stage}': exit 130, nothing remains, terminal restored`, async () => {
      const args = ['zombie', '--watch', '--hold', '2', '--lang', 'en', '--interval', '200'];
      const term = new Terminal(args, { env: { NO_COLOR: '1' } });
      try {
        const shot = await term.waitFor(new RegExp(`· ${stage}:`));
        term.keys('C-c');
        assert.equal(await term.exitCode(), 130);
        assert.match(term.stty(), /(^|\s)icanon/);
        assert.deepEqual(leftovers(term.tag, [shot, term.screen()].flatMap(pidsOn)), []);
      } finally {
        term.close();
      }
    });
  }
});
