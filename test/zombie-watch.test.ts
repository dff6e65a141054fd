/**
 * `proc-lab zombie --watch`: one snapshot per stage without a terminal, and in a real
 * pseudo-terminal (tmux) a live view that pauses on space and quits on q or Ctrl-C, leaving
 * nothing behind and the terminal as it was.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { BIN, type Event, leftovers, type RunResult, run, TAG_VAR } from './helpers/cli.js';

const named = (events: Event[], name: string) => events.filter((e) => e.event === name);
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
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
    assert.doesNotMatch(r.stdout.slice(order[3]), /<defunct>/);
    assert.match(r.stdout, /zombies on this machine/);
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no cursor movement outside a terminal');
    nothingLeft(r);
  });
});

describe('zombie --watch in a terminal (tmux)', {
  skip: (!hasTmux && 'tmux is not installed') || (process.platform !== 'linux' && 'linux'),
}, () => {
  const socket = `proc-lab-test-${process.pid}`;
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  after(() => spawnSync('tmux', ['-L', socket, 'kill-server']));

  /** Start the view in a new 120×40 pane; the shell reports the exit code and the tty mode. */
  function start(name: string, args: string[]): string {
    const tag = randomUUID();
    const cmd =
      `${TAG_VAR}=${tag} NO_COLOR=1 ${process.execPath} ${BIN} zombie --watch ${args.join(' ')}; ` +
      `echo EXIT=$?; stty -a | grep -o -- '-*icanon' | head -1 | sed 's/^/TTY=/'`;
    // remain-on-exit: the pane (and its last screen) stays after the shell has exited and been
    // reaped by the tmux server, so nothing needs killing.
    tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', 'sleep 30');
    tmux('set-option', '-t', name, 'remain-on-exit', 'on');
    tmux('respawn-pane', '-k', '-t', name, cmd);
    return tag;
  }

  const screen = (name: string) => tmux('capture-pane', '-p', '-t', name);

  async function until(name: string, pattern: RegExp, ms = 15_000): Promise<string> {
    const end = Date.now() + ms;
    for (;;) {
      const s = screen(name);
      if (pattern.test(s)) return s;
      if (Date.now() > end) assert.fail(`never saw ${pattern} on screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Every PID shown in a table row, so zombies among them can be looked for afterwards. */
  const pidsOn = (s: string) =>
    [...s.matchAll(/^\s+(\d+)\s+(\d+)\s+[A-Z]\s/gm)].map((m) => Number(m[1]));

  it('redraws in place, pauses on space, quits on q; nothing remains', async () => {
    const tag = start('q', ['--fast', '--lang', 'en', '--hold', '3']);
    const shots = [await until('q', /Stage 3\/5 · zombie/)];
    assert.match(shots[0]!, /Z\s+[\d.]+s\s+.*<defunct>/);
    assert.equal(shots[0]!.match(/Stage \d\/5/g)?.length, 1, 'one picture, redrawn in place');
    tmux('send-keys', '-t', 'q', ' ');
    shots.push(await until('q', /PAUSED/));
    tmux('send-keys', '-t', 'q', ' ');
    shots.push(await until('q', /round \d+$/m));
    tmux('send-keys', '-t', 'q', 'q');
    shots.push(await until('q', /EXIT=\d+/));
    const last = shots.at(-1)!;
    assert.match(last, /EXIT=0/);
    assert.match(last, /TTY=icanon/, 'the terminal is back in canonical mode');
    assert.doesNotMatch(last.slice(last.lastIndexOf('round')), /<defunct>|zombie-parent/);
    assert.deepEqual(leftovers(tag, shots.flatMap(pidsOn)), []);
  });

  for (const stage of ['running', 'zombie']) {
    it(`Ctrl-C during '${stage}': exit 130, nothing remains, terminal restored`, async () => {
      const name = `c-${stage}`;
      const tag = start(name, ['--hold', '2', '--lang', 'en', '--interval', '200']);
      const shots = [await until(name, new RegExp(`· ${stage}:`), 20_000)];
      tmux('send-keys', '-t', name, 'C-c');
      shots.push(await until(name, /EXIT=\d+/));
      assert.match(shots[1]!, /EXIT=130/);
      assert.match(shots[1]!, /TTY=icanon/);
      assert.deepEqual(leftovers(tag, shots.flatMap(pidsOn)), []);
    });
  }
});
