/**
 * What only happens in a terminal (tmux): watch's single keys (h hint, n next, l list, q quit,
 * the terminal restored afterwards) and the confirmation prompts of solution and reset.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT, run } from './helpers/cli.js';
import { hasTmux, Terminal } from './helpers/tty.js';

const skip = hasTmux ? false : 'tmux is not installed';
const work = mkdtempSync(join(tmpdir(), 'proc-lab-exercise-tty-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('exercises in a terminal', { skip }, () => {
  it('watch: h shows a hint, n goes to the next exercise, l lists, q quits', async () => {
    const dir = join(work, 'watch');
    assert.equal((await run(['exercises', 'init', dir])).code, 0);
    const env = { PROC_LAB_PROGRESS: join(work, 'watch.json') };
    const term = new Terminal(
      ['watch', 'three-children', '--dir', dir, '--code', 'py', '--lang', 'en'],
      { env },
    );
    try {
      await term.waitFor(/h hint · n next · l list · q quit/, 30_000);
      term.keys('h');
      await term.waitFor(/Hint for three-children \(level 1 of 2\)/);
      term.keys('n');
      await term.waitFor(/Checking memory-isolated/, 30_000);
      await term.waitFor(/not yet: .*memory-isolated/, 30_000);
      term.keys('l');
      await term.waitFor(/· executor-timeout/);
      term.keys('q');
      assert.equal(await term.exitCode(), 0);
      assert.match(term.stty(), /\bicanon\b/, 'raw mode undone');
    } finally {
      term.close();
    }
  });

  it('solution asks first when the exercise has not passed; reset asks before overwriting', async () => {
    const env = { PROC_LAB_PROGRESS: join(work, 'prompt.json') };
    const term = new Terminal(['solution', 'pipe', '--code', 'py', '--lang', 'en'], { env });
    try {
      await term.waitFor(/pipe has not passed yet\. See the solution anyway\?/);
      term.keys('y', 'Enter');
      await term.waitFor(/os\.pipe\(\)/);
      assert.equal(await term.exitCode(), 0);
    } finally {
      term.close();
    }
    const dir = join(work, 'reset');
    assert.equal((await run(['exercises', 'init', dir])).code, 0);
    const mine = join(dir, 'orphan', 'main.py');
    writeFileSync(mine, '# my work\n');
    const no = new Terminal(['reset', 'orphan', '--dir', dir, '--code', 'py', '--lang', 'en'], {
      env,
    });
    try {
      await no.waitFor(/Overwrite .*main\.py with the starter\?/);
      no.keys('Enter'); // the default is no: Enter alone keeps the learner's file
      await no.waitFor(/nothing changed/);
      assert.equal(await no.exitCode(), 0);
    } finally {
      no.close();
    }
    assert.equal(readFileSync(mine, 'utf8'), '# my work\n');
    const yes = new Terminal(['reset', 'orphan', '--dir', dir, '--code', 'py', '--lang', 'en'], {
      env,
    });
    try {
      await yes.waitFor(/Overwrite .*main\.py with the starter\?/);
      yes.keys('y', 'Enter');
      await yes.waitFor(/restored the starter/);
      assert.equal(await yes.exitCode(), 0);
    } finally {
      yes.close();
    }
    assert.equal(
      readFileSync(mine, 'utf8'),
      readFileSync(join(ROOT, 'src', 'exercises', 'orphan', 'starter.py'), 'utf8'),
    );
  });
});
