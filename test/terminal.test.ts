/** What only happens in a terminal: the menu and --step, driven by keystrokes in tmux. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lessons } from '../src/lessons/index.js';
import { settle } from './helpers/cli.js';
import { hasTmux, Terminal } from './helpers/tty.js';

describe('in a terminal', { skip: hasTmux ? false : 'tmux is not installed' }, () => {
  it('bare proc-lab opens the menu; a lesson runs and returns to it; quit exits 0', async () => {
    const term = new Terminal(['--fast', '--lang', 'en']);
    try {
      await term.waitFor(/Choose a lesson/);
      assert.match(term.screen(), /processes\s+What a process is/);
      term.keys('Enter');
      await term.waitFor(/Lesson finished/, 60_000);
      await term.waitFor(/Choose a lesson[\s\S]*quit/);
      for (const _ of lessons) term.keys('Down');
      term.keys('Enter');
      assert.equal(await term.exitCode(), 0);
      assert.deepEqual(await settle(term.tag), []);
    } finally {
      term.close();
    }
  });

  it('--step pauses after a section until Enter; q quits cleanly', async () => {
    const term = new Terminal([
      'processes',
      'pids',
      'memory',
      'stability',
      '--step',
      '--fast',
      '--lang',
      'en',
    ]);
    try {
      // First the pids part holds its children for the second terminal, until Enter.
      await term.waitFor(/stay alive until you press Enter[\s\S]*Enter ↵ continue/);
      term.keys('Enter');
      await term.waitFor(/Enter ↵ continue, b back/);
      assert.doesNotMatch(term.screen(), /Separate memory/, 'waits before the next section');
      term.keys('Enter');
      // The section is longer than the pane: look for its heading in the scroll-back.
      await term.waitFor(/Separate memory[\s\S]*Enter ↵ continue/, 30_000, true);
      term.keys('q');
      assert.equal(await term.exitCode(), 0);
      assert.doesNotMatch(term.screen(), /Stability/);
      assert.deepEqual(await settle(term.tag), []);
    } finally {
      term.close();
    }
  });

  it('Ctrl-C during a lesson exits 130 and leaves nothing behind', async () => {
    const term = new Terminal(['processes', 'cost']);
    try {
      await term.waitFor(/Cost/);
      await new Promise((r) => setTimeout(r, 500));
      term.keys('C-c');
      assert.equal(await term.exitCode(), 130);
      assert.deepEqual(await settle(term.tag), []);
    } finally {
      term.close();
    }
  });
});
